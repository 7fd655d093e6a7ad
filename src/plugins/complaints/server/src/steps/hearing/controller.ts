/** The admin routes of this step: parse, call the step's service, answer with the dossier (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import { getService } from '../../services/registry';
import * as schemas from '../../validation/actions';
import { procedureAction, procedureActionWithDocuments, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }): StepController<(typeof ACTIONS)[number]> => {
  const action = procedureAction(strapi);
  const withDocuments = procedureActionWithDocuments(strapi);
  const service = () => getService(strapi, 'hearing');
  return {
    planHearing: action(schemas.planHearingSchema, (id, input, { actor, scope }) => service().planHearing(id, input, actor, scope)),
    recordHearing: withDocuments(schemas.recordHearingSchema, (id, input, { actor, scope }, documents) => service().recordHearing(id, input, actor, scope, documents)),
    skipHearing: action(schemas.skipHearingSchema, (id, input, { actor, scope }) => service().skipHearing(id, input, actor, scope)),
  };
};
