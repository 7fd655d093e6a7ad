/**
 * Staff routes (admin panel): parse the request, call one service, shape the answer. Every route sits
 * behind the admin session and a plugin permission (routes/admin.ts); services narrow by department.
 * The procedure's actions are keyed by their shared names (shared/actions.ts), as their routes are.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { z } from 'zod';
import type { ActionName } from '../../../shared/actions';
import { parseInput } from '../validation';
import * as schemas from '../validation/actions';
import { staffRegistrationSchema } from '../validation/complaint-details';
import type { AccessScope } from '../services/access';
import { adminActor, type Actor } from '../services/actor';
import { staffName, usersRepository } from '../persistence/users';
import { getService } from '../services/registry';
import { idParam } from './respond';

/** Who asks, decided once per request and handed to every service the request calls. */
interface Staff {
  actor: Actor;
  scope: AccessScope;
}

type ActionHandler = (ctx: Context) => Promise<void>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <K extends Parameters<typeof getService>[1]>(name: K) => getService(strapi, name);
  const staffOf = async (ctx: Context): Promise<Staff> => ({ actor: adminActor(ctx.state.user), scope: await service('access').scopeOf(ctx) });

  /**
   * A procedure action: access first (someone who may not see the complaint learns nothing from validation
   * messages), then the body by `schema`, then `run`; the answer is the fresh dossier.
   */
  function action<S extends z.ZodType>(schema: S, run: (id: number, input: z.output<S>, staff: Staff, ctx: Context) => Promise<unknown>): ActionHandler {
    return async (ctx: Context) => {
      const id = idParam(ctx);
      const staff = await staffOf(ctx);
      service('access').assertCanSee(staff.scope, await service('complaints').requireById(id));
      await run(id, parseInput(schema, ctx.request.body ?? {}), staff, ctx);
      ctx.body = { data: await service('dossier').get(id, staff.scope) };
    };
  }

  const actions: Record<ActionName, ActionHandler> = {
    acknowledge: action(schemas.acknowledgeSchema, (id, input, { actor, scope }) => service('acknowledgement').acknowledge(id, input, actor, scope)),
    resolveAtAcknowledgement: action(schemas.resolveSchema, (id, input, { actor, scope }) =>
      service('acknowledgement').resolveAtAcknowledgement(id, input, actor, scope),
    ),
    declareNotAdmissible: action(schemas.notAdmissibleSchema, (id, input, { actor, scope }) =>
      service('acknowledgement').declareNotAdmissible(id, input, actor, scope),
    ),
    planHearing: action(schemas.planHearingSchema, (id, input, { actor, scope }) => service('hearing').planHearing(id, input, actor, scope)),
    recordHearing: action(schemas.recordHearingSchema, (id, input, { actor, scope }) => service('hearing').recordHearing(id, input, actor, scope)),
    skipHearing: action(schemas.skipHearingSchema, (id, input, { actor, scope }) => service('hearing').skipHearing(id, input, actor, scope)),
    sendOutcome: action(schemas.sendOutcomeSchema, (id, input, { actor, scope }) => service('outcome').sendOutcome(id, input, actor, scope)),
    startMonitoring: action(schemas.noteSchema, (id, _input, { actor, scope }) => service('outcome').startMonitoring(id, actor, scope)),
    recordAgreementResult: action(schemas.agreementResultSchema, (id, input, { actor, scope }, ctx) =>
      service('outcome').recordAgreementResult(id, idParam(ctx, 'agreementId'), input, actor, scope),
    ),
    close: action(schemas.noteSchema, (id, input, { actor, scope }) => service('outcome').close(id, input.note, actor, scope)),
    acceptOutcome: action(schemas.noteSchema, (id, _input, { actor, scope }) => service('outcome').acceptOutcome(id, actor, scope)),
    extendHandlingTerm: action(schemas.extendSchema, (id, input, { actor, scope }) => service('handling').extendHandlingTerm(id, input, actor, scope)),
    recordDelayConsent: action(schemas.delayConsentSchema, (id, input, { actor, scope }) => service('handling').recordDelayConsent(id, input, actor, scope)),
    assignHandler: action(schemas.assignSchema, (id, input, { actor, scope }) => service('handling').assignHandler(id, input.handlerId, actor, scope)),
    withdraw: action(schemas.withdrawSchema, (id, input, { actor, scope }) => service('handling').withdraw(id, input.reason, actor, scope)),
    declareDissatisfaction: action(schemas.noteSchema, (id, input, { actor, scope }) => service('dispute').declareDissatisfaction(id, input.note, actor, scope)),
    markDisputeEligible: action(schemas.eligibleSchema, (id, input, { actor, scope }) => service('dispute').markDisputeEligible(id, input.reason, actor, scope)),
    recordCommitteeOutcome: action(schemas.committeeOutcomeSchema, (id, input, { actor, scope }) =>
      service('dispute').recordCommitteeOutcome(id, input, actor, scope),
    ),
  };

  return {
    ...actions,

    list: async (ctx: Context) => {
      const query = parseInput(schemas.inboxQuerySchema, ctx.query ?? {});
      ctx.body = { data: await service('inbox').list(query, (await staffOf(ctx)).scope) };
    },

    overview: async (ctx: Context) => {
      ctx.body = { data: await service('inbox').overview((await staffOf(ctx)).scope) };
    },

    findOne: async (ctx: Context) => {
      ctx.body = { data: await service('dossier').get(idParam(ctx), (await staffOf(ctx)).scope) };
    },

    register: async (ctx: Context) => {
      const input = parseInput(staffRegistrationSchema, ctx.request.body ?? {});
      const { actor, scope } = await staffOf(ctx);
      service('access').assertMayRegisterInto(scope, input.departmentId);
      const { complaint } = await service('intake').file(input, actor);
      ctx.status = 201;
      ctx.body = { data: { id: complaint.id, reference: complaint.reference } };
    },

    /** The agreements letter as the outcome being composed would send it (handlers, no settings right needed). */
    previewOutcome: async (ctx: Context) => {
      const complaint = await service('complaints').requireById(idParam(ctx));
      service('access').assertCanSee((await staffOf(ctx)).scope, complaint);
      const draft = parseInput(schemas.sendOutcomeSchema, ctx.request.body ?? {});
      ctx.body = { data: await service('letters').previewOutcome(complaint, draft) };
    },

    /** Choices for the admin forms: departments, categories, staff. */
    lookups: async (ctx: Context) => {
      const catalog = service('catalog');
      const users = await usersRepository(strapi).active();
      ctx.body = {
        data: {
          departments: await catalog.departments(),
          categories: await catalog.categories(),
          users: users.map((user) => ({ id: user.id, name: staffName(user) })),
        },
      };
    },
  };
};
