/**
 * The public API the embedded form and the status page call. Every input is validated here (Strapi's
 * strictParams does not reach plugin controllers); rate limits per client IP; errors in the asked language
 * and never with internals.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pickLocale } from '../../../shared/messages';
import { databaseTrouble } from '../database-outage';
import { InvalidInputError, ProcedureConflictError } from '../errors';
import { PUBLIC } from '../services/actor';
import { HONEYPOT_FIELD } from '../services/public-form';
import { sameSubmission } from '../services/intake';
import { getService } from '../services/registry';
import { statusUrl } from '../status-link';
import { parseInput, fields } from '../validation';
import { publicSubmissionSchema } from '../validation/public-submission';
import { z } from 'zod';
import { requestLocale } from './respond';

const NOT_PROCESSED = { _: { nl: 'Uw klacht kon niet worden verwerkt.', en: 'Your complaint could not be processed.' } };
const FORM_ALREADY_SENT = { nl: 'Dit formulier is al verstuurd. Laad de pagina opnieuw.', en: 'This form has already been sent. Reload the page.' };
const SUBMISSION_KEY_REUSED = {
  nl: 'Dit formulier is al eerder verstuurd, met een andere inhoud; die klacht hebben wij ontvangen. Wilt u iets toevoegen of een nieuwe klacht indienen? Laad dan de pagina opnieuw.',
  en: 'This form was sent before, with different content; we have received that complaint. Would you like to add something or file a new complaint? Then reload the page.',
};

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

/** The submission schema per set of fields editors made required (built once, not per request). */
const schemas = new Map<string, ReturnType<typeof publicSubmissionSchema>>();
function submissionSchemaFor(extraRequired: string[]) {
  const key = extraRequired.join(',');
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = publicSubmissionSchema(extraRequired)));
  return schema;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicBase = (ctx: Context) => (strapi.config.get('plugin::complaints.publicUrl') as string) || (strapi.config.get('server.url') as string) || ctx.request.origin;

  return {
    form: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.form');
      const locale = pickLocale(ctx.query?.locale);
      const now = getService(strapi, 'clock').now();
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await getService(strapi, 'publicForm').definition(locale, now) };
    },

    submit: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.submit');
      const body = ctx.request.body;
      await getService(strapi, 'rateLimit').consume('submissions', ctx.request.ip);
      // The form element always sends the honeypot, empty: only a program fills a field nobody can see,
      // or leaves out a field the form always has.
      if (!body || typeof body !== 'object' || body[HONEYPOT_FIELD] !== '') throw new InvalidInputError(NOT_PROCESSED);
      const publicForm = getService(strapi, 'publicForm');
      const input = parseInput(submissionSchemaFor(await publicForm.extraRequiredFields()), body);
      const now = getService(strapi, 'clock').now();
      const formTokenNonce = await publicForm.verifyToken(input.formToken, now);

      const locale = input.locale ?? requestLocale(ctx);
      const intake = getService(strapi, 'intake');
      // Unique keys let one complaint in: the submission key (one filled-in form) and the form token's
      // nonce (one form token). Looked up only on a conflict, so the common case pays no extra query.
      const { complaint, trackingToken } = await intake.file({ ...input, formTokenNonce, preferredLanguage: locale, channel: 'online' }, PUBLIC).catch(async (error) => {
        // the database is down or locked: nothing was filed, and the lookup would only wait for it again
        if (databaseTrouble(error)) throw error;
        // The same filled-in form sent again (its answer was lost, or two attempts at once) answers with the
        // complaint it filed; the same key with other content files nothing.
        const earlier = await intake.findBySubmissionKey(input.submissionKey);
        if (earlier) {
          if (!sameSubmission(earlier.complaint, input)) throw new ProcedureConflictError('submission_key_reused', SUBMISSION_KEY_REUSED);
          return earlier;
        }
        // Another submission with a form token that has filed a complaint already.
        if (await intake.formTokenUsed(formTokenNonce)) throw new InvalidInputError({ formToken: FORM_ALREADY_SENT }, { nl: 'Dit formulier is al verstuurd.', en: 'This form has already been sent.' });
        throw error;
      });
      const texts = await publicForm.texts(locale);
      ctx.status = 201;
      ctx.body = {
        data: {
          reference: complaint.reference,
          statusUrl: statusUrl(publicBase(ctx), complaint.reference, trackingToken, locale),
          message: texts.confirmation.replace('{reference}', complaint.reference),
        },
      };
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
