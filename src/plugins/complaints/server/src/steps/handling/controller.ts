/** The admin routes of this step: parse, call the step's service, answer with the dossier (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import { getService } from '../../services/registry';
import * as schemas from '../../validation/actions';
import { procedureAction, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }): StepController<(typeof ACTIONS)[number]> => {
  const action = procedureAction(strapi);
  const service = () => getService(strapi, 'handling');
  return {
    extendHandlingTerm: action(schemas.extendSchema, (id, input, { actor, scope }) => service().extendHandlingTerm(id, input, actor, scope)),
    recordDelayConsent: action(schemas.delayConsentSchema, (id, input, { actor, scope }) => service().recordDelayConsent(id, input, actor, scope)),
    assignHandler: action(schemas.assignSchema, (id, input, { actor, scope }) => service().assignHandler(id, input.handlerId, actor, scope)),
    transferDepartment: action(schemas.transferSchema, (id, input, { actor, scope }) => service().transferDepartment(id, input.departmentId, input.reason, actor, scope)),
    withdraw: action(schemas.withdrawSchema, (id, input, { actor, scope }) => service().withdraw(id, input.reason, actor, scope)),
    forward: action(schemas.forwardSchema, (id, input, { actor, scope }) => service().forward(id, input.organisation, input.reason, actor, scope)),
    reopen: action(schemas.reopenSchema, (id, input, { actor, scope }) => service().reopen(id, input.reason, actor, scope)),
  };
};
