/**
 * The complaints mailbox on the step-1 page: the mails waiting as draft complaints, and "not a complaint".
 * Registering a draft is the staff registration with the mail's id (steps/intake/controller.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { adminActor } from '../services/actor';
import { getService } from '../services/registry';
import { idParam } from '../controllers/respond';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  drafts: async (ctx: Context) => {
    const scope = await getService(strapi, 'access').scopeOf(ctx);
    ctx.body = { data: await getService(strapi, 'mailIntake').drafts(scope) };
  },

  notAComplaint: async (ctx: Context) => {
    const scope = await getService(strapi, 'access').scopeOf(ctx);
    await getService(strapi, 'mailIntake').notAComplaint(idParam(ctx, 'mailId'), scope, adminActor(ctx.state.user));
    ctx.body = { data: await getService(strapi, 'mailIntake').drafts(scope) };
  },
});
