/**
 * Staff routes (admin panel): parse the request, call one service, shape the answer. Every route sits
 * behind the admin session and a plugin permission (routes/admin.ts); services narrow by department.
 */
import type { Core } from '@strapi/strapi';
import { parseInput } from '../validation';
import * as schemas from '../validation/actions';
import { staffRegistrationSchema } from '../validation/complaint-details';
import { adminActor } from '../services/actor';
import { getService } from '../services/registry';
import { handle, idParam } from './respond';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scopeOf = (ctx: any) => getService(strapi, 'access').scopeOf(ctx);
  const actorOf = (ctx: any) => adminActor(ctx.state.user);

  /** A transition route: validate the body with `schema`, run `step`, answer with the fresh dossier. */
  function transition<T>(schema: { parse: unknown } & Parameters<typeof parseInput>[0], step: (id: number, input: T, ctx: any) => Promise<unknown>) {
    return handle(async (ctx) => {
      const id = idParam(ctx);
      const scope = await scopeOf(ctx);
      // Access first: someone who may not see the complaint learns nothing from validation messages.
      getService(strapi, 'access').assertCanSee(scope, await getService(strapi, 'complaints').requireById(id));
      const input = parseInput(schema, ctx.request.body ?? {}) as T;
      await step(id, input, ctx);
      ctx.body = { data: await getService(strapi, 'dossier').get(id, scope) };
    });
  }

  return {
    list: handle(async (ctx) => {
      const query = parseInput(schemas.inboxQuerySchema, ctx.query ?? {});
      ctx.body = { data: await getService(strapi, 'inbox').list(query, await scopeOf(ctx)) };
    }),

    overview: handle(async (ctx) => {
      ctx.body = { data: await getService(strapi, 'inbox').overview(await scopeOf(ctx)) };
    }),

    findOne: handle(async (ctx) => {
      ctx.body = { data: await getService(strapi, 'dossier').get(idParam(ctx), await scopeOf(ctx)) };
    }),

    register: handle(async (ctx) => {
      const input = parseInput(staffRegistrationSchema, ctx.request.body ?? {});
      getService(strapi, 'access').assertMayRegisterInto(await scopeOf(ctx), input.departmentId);
      const { complaint } = await getService(strapi, 'intake').file(input, actorOf(ctx));
      ctx.status = 201;
      ctx.body = { data: { id: complaint.id, reference: complaint.reference } };
    }),

    acknowledge: transition<any>(schemas.acknowledgeSchema, async (id, input, ctx) =>
      getService(strapi, 'acknowledgement').acknowledge(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    resolve: transition<any>(schemas.resolveSchema, async (id, input, ctx) =>
      getService(strapi, 'acknowledgement').resolveAtAcknowledgement(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    notAdmissible: transition<any>(schemas.notAdmissibleSchema, async (id, input, ctx) =>
      getService(strapi, 'acknowledgement').declareNotAdmissible(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    planHearing: transition<any>(schemas.planHearingSchema, async (id, input, ctx) => getService(strapi, 'hearing').plan(id, input, actorOf(ctx), await scopeOf(ctx))),
    recordHearing: transition<any>(schemas.recordHearingSchema, async (id, input, ctx) =>
      getService(strapi, 'hearing').record(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    skipHearing: transition<any>(schemas.skipHearingSchema, async (id, input, ctx) => getService(strapi, 'hearing').skip(id, input, actorOf(ctx), await scopeOf(ctx))),
    sendOutcome: transition<any>(schemas.sendOutcomeSchema, async (id, input, ctx) =>
      getService(strapi, 'outcome').sendOutcome(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    startMonitoring: transition<any>(schemas.noteSchema, async (id, _input, ctx) =>
      getService(strapi, 'outcome').startMonitoring(id, actorOf(ctx), await scopeOf(ctx)),
    ),
    agreementResult: transition<any>(schemas.agreementResultSchema, async (id, input, ctx) =>
      getService(strapi, 'outcome').recordAgreementResult(id, idParam(ctx, 'agreementId'), input, actorOf(ctx), await scopeOf(ctx)),
    ),
    close: transition<any>(schemas.noteSchema, async (id, input, ctx) => getService(strapi, 'outcome').close(id, input.note, actorOf(ctx), await scopeOf(ctx))),
    acceptOutcome: transition<any>(schemas.noteSchema, async (id, _input, ctx) =>
      getService(strapi, 'outcome').acceptOutcome(id, actorOf(ctx), await scopeOf(ctx)),
    ),
    extend: transition<any>(schemas.extendSchema, async (id, input, ctx) =>
      getService(strapi, 'handling').extendHandlingTerm(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    delayConsent: transition<any>(schemas.delayConsentSchema, async (id, input, ctx) =>
      getService(strapi, 'handling').recordDelayConsent(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),
    assign: transition<any>(schemas.assignSchema, async (id, input, ctx) =>
      getService(strapi, 'handling').assignHandler(id, input.handlerId, actorOf(ctx), await scopeOf(ctx)),
    ),
    withdraw: transition<any>(schemas.withdrawSchema, async (id, input, ctx) =>
      getService(strapi, 'handling').withdraw(id, input.reason, actorOf(ctx), await scopeOf(ctx)),
    ),
    declareDissatisfaction: transition<any>(schemas.noteSchema, async (id, input, ctx) =>
      getService(strapi, 'dispute').declareDissatisfaction(id, input.note, actorOf(ctx), await scopeOf(ctx)),
    ),
    markEligible: transition<any>(schemas.eligibleSchema, async (id, input, ctx) =>
      getService(strapi, 'dispute').markEligible(id, input.reason, actorOf(ctx), await scopeOf(ctx)),
    ),
    committeeOutcome: transition<any>(schemas.committeeOutcomeSchema, async (id, input, ctx) =>
      getService(strapi, 'dispute').recordCommitteeOutcome(id, input, actorOf(ctx), await scopeOf(ctx)),
    ),

    /** The agreements letter as the outcome being composed would send it (handlers, no settings right needed). */
    previewOutcome: handle(async (ctx) => {
      const complaint = await getService(strapi, 'complaints').requireById(idParam(ctx));
      getService(strapi, 'access').assertCanSee(await scopeOf(ctx), complaint);
      const draft = parseInput(schemas.sendOutcomeSchema, ctx.request.body ?? {});
      ctx.body = { data: await getService(strapi, 'letters').previewOutcome(complaint, draft) };
    }),

    /** Choices for the admin forms: departments, categories, staff. */
    lookups: handle(async (ctx) => {
      const catalog = getService(strapi, 'catalog');
      const users = await strapi.db.query('admin::user').findMany({ where: { isActive: true }, select: ['id', 'firstname', 'lastname', 'email'], orderBy: { firstname: 'asc' } });
      ctx.body = {
        data: {
          departments: await catalog.departments(),
          categories: await catalog.categories(),
          users: users.map((u: any) => ({ id: u.id, name: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email })),
        },
      };
    }),
  };
};
