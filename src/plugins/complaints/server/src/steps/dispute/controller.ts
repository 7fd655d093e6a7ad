/** The admin routes of this step: parse, call the step's service, answer with the dossier (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import { getService } from '../../services/registry';
import * as schemas from '../../validation/actions';
import { procedureAction, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }): StepController<(typeof ACTIONS)[number]> => {
  const action = procedureAction(strapi);
  const service = () => getService(strapi, 'dispute');
  return {
    declareDissatisfaction: action(schemas.noteSchema, (id, input, { actor, scope }) => service().declareDissatisfaction(id, input.note, actor, scope)),
    markDisputeEligible: action(schemas.eligibleSchema, (id, input, { actor, scope }) => service().markDisputeEligible(id, input.reason, actor, scope)),
    recordCommitteeOutcome: action(schemas.committeeOutcomeSchema, (id, input, { actor, scope }) => service().recordCommitteeOutcome(id, input, actor, scope)),
  };
};
