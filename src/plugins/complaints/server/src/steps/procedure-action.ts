/**
 * What every procedure action's controller does, written once: who asks (decided once per request and
 * handed on), access first (someone who may not see the complaint learns nothing from validation
 * messages), then the body by its schema, then the step's service; the answer is the fresh dossier.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { z } from 'zod';
import type { ActionName } from '../../../shared/actions';
import { requestFields } from '../attachments/multipart';
import { idParam } from '../controllers/respond';
import type { PreparedAttachment } from '../services/attachments';
import type { AccessScope } from '../services/access';
import { adminActor, type Actor } from '../services/actor';
import { getService } from '../services/registry';
import { parseInput } from '../validation';

/** The staff member of a request: who they are in the audit trail, and what they may see. */
export interface Staff {
  actor: Actor;
  scope: AccessScope;
}

export type ActionHandler = (ctx: Context) => Promise<void>;
export type StepController<A extends ActionName> = Record<A, ActionHandler>;

export async function staffOf(strapi: Core.Strapi, ctx: Context): Promise<Staff> {
  return { actor: adminActor(ctx.state.user), scope: await getService(strapi, 'access').scopeOf(ctx) };
}

export function procedureAction(strapi: Core.Strapi) {
  return function action<S extends z.ZodType>(schema: S, run: (id: number, input: z.output<S>, staff: Staff, ctx: Context) => Promise<unknown>): ActionHandler {
    return async (ctx: Context) => {
      const id = idParam(ctx);
      const staff = await staffOf(strapi, ctx);
      getService(strapi, 'access').assertCanSee(staff.scope, await getService(strapi, 'complaints').requireById(id));
      // with documents the body is multipart: the fields as JSON in `data`
      await run(id, parseInput(schema, requestFields(ctx) ?? {}), staff, ctx);
      ctx.body = { data: await getService(strapi, 'dossier').get(id, staff.scope) };
    };
  };
}

/**
 * An action that may carry documents (a hearing report's notes): the files are checked and scanned after
 * the access check and the body, stored with the action's own change, and removed again when it fails.
 */
export function procedureActionWithDocuments(strapi: Core.Strapi) {
  const action = procedureAction(strapi);
  return function withDocuments<S extends z.ZodType>(schema: S, run: (id: number, input: z.output<S>, staff: Staff, documents: PreparedAttachment[]) => Promise<unknown>): ActionHandler {
    return (ctx: Context) =>
      getService(strapi, 'attachments').withUploads(ctx, (files) =>
        action(schema, (id, input, staff) => getService(strapi, 'attachments').storedWith(files, (prepared) => run(id, input, staff, prepared)))(ctx),
      );
  };
}
