/**
 * The public API the embedded form and the status page call (the submission itself: steps/intake). Every
 * input is validated here (Strapi's strictParams does not reach plugin controllers); rate limits per client
 * IP; errors in the asked language and never with internals.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pickLocale } from '../../../shared/messages';
import { getService } from '../services/registry';
import { parseInput, fields } from '../validation';
import { z } from 'zod';
import { requestLocale } from './respond';

const lookupSchema = z.object({
  token: z.string().max(200),
  locale: z.enum(['nl', 'en']).optional(),
});

const responseSchema = z.object({
  token: z.string().max(200),
  response: z.enum(['accept', 'dissatisfied']),
  note: fields.optionalText(5000),
  locale: z.enum(['nl', 'en']).optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    form: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.form');
      const locale = pickLocale(ctx.query?.locale);
      const now = getService(strapi, 'clock').now();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await getService(strapi, 'publicForm').definition(locale, now) };
    },

    status: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.status');
      await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
      // POST, the token in the body: a token in the query string would be written to every access log
      const input = parseInput(lookupSchema, ctx.request.body);
      const status = getService(strapi, 'status');
      const complaint = await status.authorise(ctx.params.reference, input.token);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await status.view(complaint, input.locale ?? requestLocale(ctx)) };
    },

    respond: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.respond');
      await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
      const input = parseInput(responseSchema, ctx.request.body);
      const status = getService(strapi, 'status');
      const complaint = await status.authorise(ctx.params.reference, input.token);
      const updated = await status.respond(complaint, input.response, input.note);
      ctx.body = { data: await status.view(updated, input.locale ?? requestLocale(ctx)) };
    },
  };
};
