/** The admin routes of this step: parse, call the step's service, answer with the dossier (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import { idParam } from '../../controllers/respond';
import { getService } from '../../services/registry';
import * as schemas from '../../validation/actions';
import { procedureAction, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }): StepController<(typeof ACTIONS)[number]> => {
  const action = procedureAction(strapi);
  const service = () => getService(strapi, 'agreements');
  return {
    startMonitoring: action(schemas.noteSchema, (id, _input, { actor, scope }) => service().startMonitoring(id, actor, scope)),
    recordAgreementResult: action(schemas.agreementResultSchema, (id, input, { actor, scope }, ctx) =>
      service().recordAgreementResult(id, idParam(ctx, 'agreementId'), input, actor, scope),
    ),
    close: action(schemas.noteSchema, (id, input, { actor, scope }) => service().close(id, input.note, actor, scope)),
  };
};
