/**
 * App-wide: a request of any route (Strapi's own admin and content API included, not only this plugin's)
 * that fails because the database cannot be reached or stays locked answers 503 with Retry-After in the
 * plugin's error shape, instead of Strapi's 500. Mounted with `strapi.server.use` in bootstrap, so it sits
 * inside Strapi's configured middlewares (CORS headers still apply) and around the router.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { sendError } from '../controllers/respond';
import { unavailableFor } from '../database-outage';

/** Where a request that failed on the database without throwing keeps that error (see below). */
const SWALLOWED = Symbol('complaints.databaseError');

export function databaseUnavailable(strapi: Core.Strapi) {
  // Strapi's admin login turns every error of its strategy into 501 Not Implemented (so as not to leak
  // details) instead of throwing; it announces the error on the event hub, inside the request's context.
  strapi.eventHub.on('admin.auth.error', async ({ error }: { error?: unknown } = {}) => {
    const ctx = strapi.requestContext.get() as Context | undefined;
    if (ctx?.state && unavailableFor(error)) (ctx.state as Record<symbol, unknown>)[SWALLOWED] = error;
  });

  return async (ctx: Context, next: Next) => {
    let failure: unknown;
    try {
      await next();
      failure = (ctx.state as Record<symbol, unknown> | undefined)?.[SWALLOWED];
    } catch (error) {
      failure = error;
    }
    if (failure === undefined) return;
    const unavailable = unavailableFor(failure);
    if (!unavailable) throw failure;
    strapi.log.warn(`[complaints] ${ctx.method} ${ctx.path}: database unavailable (${(failure as Error)?.message ?? failure}); answered 503`);
    sendError(ctx, unavailable);
  };
}
