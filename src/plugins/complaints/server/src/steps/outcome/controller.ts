/** The admin routes of this step: parse, call the step's service, answer (../procedure-action.ts). */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { idParam } from '../../controllers/respond';
import { adminActor } from '../../services/actor';
import { getService } from '../../services/registry';
import { parseInput } from '../../validation';
import * as schemas from '../../validation/actions';
import { procedureAction, staffOf, type StepController } from '../procedure-action';
import type { ACTIONS } from './routes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const action = procedureAction(strapi);
  const service = () => getService(strapi, 'outcome');
  const actions: StepController<(typeof ACTIONS)[number]> = {
    sendOutcome: action(schemas.sendOutcomeSchema, (id, input, { actor, scope }) => service().sendOutcome(id, input, actor, scope)),
    acceptOutcome: action(schemas.noteSchema, (id, _input, { actor, scope }) => service().acceptOutcome(id, actor, scope)),
  };
  return {
    ...actions,

    /** The agreements letter as the outcome being composed would send it (handlers, no settings right needed). */
    async previewOutcome(ctx: Context) {
      const complaint = await getService(strapi, 'complaints').requireById(idParam(ctx));
      getService(strapi, 'access').assertCanSee((await staffOf(strapi, ctx)).scope, complaint);
      const draft = parseInput(schemas.sendOutcomeSchema, ctx.request.body ?? {});
      ctx.body = { data: await getService(strapi, 'letters').previewOutcome(complaint, draft) };
    },

    /** The outcome being written, or null when nobody started one. */
    async draft(ctx: Context) {
      const { complaint } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
      ctx.body = { data: await getService(strapi, 'outcomeDrafts').get(complaint.id) };
    },

    /** Saves the outcome being written: { values, basedOn }; 409 when a colleague saved in between. */
    async saveDraft(ctx: Context) {
      const { complaint } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
      const input = parseInput(schemas.outcomeDraftSchema, ctx.request.body);
      ctx.body = { data: await getService(strapi, 'outcomeDrafts').save(complaint, input, adminActor(ctx.state.user)) };
    },

    async discardDraft(ctx: Context) {
      const { complaint } = await getService(strapi, 'access').visibleComplaint(ctx, idParam(ctx));
      await getService(strapi, 'outcomeDrafts').discard(complaint.id);
      ctx.body = { data: null };
    },
  };
};
