/**
 * How the plugin's routes answer a failure, in one place instead of a wrapper around every controller
 * action: mounted as a route middleware on each of its routes (routes/*.ts). A plugin error becomes its
 * HTTP answer in the caller's language with both languages in the details; a database that cannot be
 * reached or stays locked a 503 with Retry-After (a person is waiting, and may send the same request
 * again); anything else a plain 500 without internals (logged). Strapi's own error classes cannot carry
 * the two languages, the stable code or the Retry-After, so the plugin keeps its own (errors/index.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { sendError, requestLocale } from '../controllers/respond';
import { unavailableFor } from '../database-outage';
import { ComplaintsError } from '../errors';

export const ANSWERS = 'plugin::complaints.answers';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async function answers(ctx: Context, next: Next) {
    try {
      await next();
    } catch (error) {
      if (error instanceof ComplaintsError) return sendError(ctx, error);
      const unavailable = unavailableFor(error);
      if (unavailable) {
        // one line, no stack: an outage makes every request fail the same way
        strapi.log.warn(`[complaints] ${ctx.method} ${ctx.path}: database unavailable (${(error as Error)?.message ?? error}); answered 503`);
        return sendError(ctx, unavailable);
      }
      strapi.log.error(`[complaints] ${ctx.method} ${ctx.path} failed: ${(error as Error)?.stack ?? error}`);
      ctx.status = 500;
      ctx.body = {
        data: null,
        error: {
          status: 500,
          name: 'InternalServerError',
          message: requestLocale(ctx) === 'en' ? 'Something went wrong on our side. Please try again later.' : 'Er ging bij ons iets mis. Probeer het later opnieuw.',
          details: {},
        },
      };
    }
  };
