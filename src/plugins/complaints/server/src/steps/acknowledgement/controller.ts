/** The admin routes of this step: parse, call the step's service, answer with the dossier (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import { getService } from '../../services/registry';
import * as schemas from '../../validation/actions';
import { procedureAction, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }): StepController<(typeof ACTIONS)[number]> => {
  const action = procedureAction(strapi);
  const service = () => getService(strapi, 'acknowledgement');
  return {
    acknowledge: action(schemas.acknowledgeSchema, (id, input, { actor, scope }) => service().acknowledge(id, input, actor, scope)),
    resolveAtAcknowledgement: action(schemas.resolveSchema, (id, input, { actor, scope }) => service().resolveAtAcknowledgement(id, input, actor, scope)),
    declareNotAdmissible: action(schemas.notAdmissibleSchema, (id, input, { actor, scope }) => service().declareNotAdmissible(id, input, actor, scope)),
  };
};
