/**
 * Step 1 over HTTP: a complaint registered by staff (what came by post, phone, e-mail or at the desk), and
 * one sent with the public form. Every public input is validated here (Strapi's strictParams does not reach
 * plugin controllers), with a rate limit per client IP.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { requestFields } from '../../attachments/multipart';
import { InvalidInputError } from '../../errors';
import { requestLocale } from '../../controllers/respond';
import { HONEYPOT_FIELD } from '../../services/public-form';
import type { IncomingFile } from '../../services/attachments';
import { getService } from '../../services/registry';
import { statusUrl } from '../../status-link';
import { parseInput } from '../../validation';
import { staffRegistrationSchema } from '../../validation/complaint-details';
import { publicSubmissionSchema } from '../../validation/public-submission';
import { staffOf } from '../procedure-action';

const NOT_PROCESSED = { _: { nl: 'Uw klacht kon niet worden verwerkt.', en: 'Your complaint could not be processed.' } };

/** The submission schema per set of fields editors made required (built once, not per request). */
const schemas = new Map<string, ReturnType<typeof publicSubmissionSchema>>();
function submissionSchemaFor(extraRequired: string[]) {
  const key = extraRequired.join(',');
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = publicSubmissionSchema(extraRequired)));
  return schema;
}


/** Staff register a complaint (the admin API's `intake` controller). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * JSON, or with documents (a letter that came by post, scanned) multipart: the fields in `data`, the
   * files in `attachments`, checked and scanned before the complaint is stored and recorded with it.
   */
  async register(ctx: Context) {
    const attachments = getService(strapi, 'attachments');
    await attachments.withUploads(ctx, async (files) => {
      const input = parseInput(staffRegistrationSchema, requestFields(ctx) ?? {});
      const { actor, scope } = await staffOf(strapi, ctx);
      getService(strapi, 'access').assertMayRegisterInto(scope, input.departmentId);
      const { complaint } = await attachments.storedWith(files, (prepared) =>
        input.incomingMailId ? getService(strapi, 'mailIntake').register({ ...input, attachments: prepared }, input.incomingMailId, actor, scope) : getService(strapi, 'intake').file({ ...input, attachments: prepared }, actor),
      );
      ctx.status = 201;
      ctx.body = { data: { id: complaint.id, reference: complaint.reference } };
    });
  },
});

/** The public form's submission: an action of the content API's `public` controller (see routes.ts). */
export function publicSubmission({ strapi }: { strapi: Core.Strapi }) {
  const publicBase = (ctx: Context) => (strapi.config.get('plugin::complaints.publicUrl') as string) || (strapi.config.get('server.url') as string) || ctx.request.origin;

  /**
   * A form without documents sends JSON; with documents, multipart: the same JSON in the field `data`
   * and the files in `attachments`. The documents are checked and scanned before the complaint is
   * stored, and recorded with it in the same write.
   */
  async function file(ctx: Context, files: IncomingFile[]) {
    await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.submit');
    const body = requestFields(ctx);
    await getService(strapi, 'rateLimit').consume('submissions', ctx.request.ip);
    // The form element always sends the honeypot, empty: only a program fills a field nobody can see,
    // or leaves out a field the form always has.
    if (!body || typeof body !== 'object' || (body as Record<string, unknown>)[HONEYPOT_FIELD] !== '') throw new InvalidInputError(NOT_PROCESSED);
    const publicForm = getService(strapi, 'publicForm');
    const input = parseInput(submissionSchemaFor(await publicForm.extraRequiredFields()), body);
    const formTokenNonce = await publicForm.verifyToken(input.formToken, getService(strapi, 'clock').now());
    const locale = input.locale ?? requestLocale(ctx);
    const attachments = getService(strapi, 'attachments');
    const filed = await attachments.storedWith(files, async (prepared) => {
      const result = await getService(strapi, 'intake').fileOnline({ ...input, formTokenNonce, preferredLanguage: locale, channel: 'online', attachments: prepared });
      // the same form sent again answers with the complaint it filed before, which has its documents
      if (!result.fresh) await attachments.forget(prepared.map((p) => p.storageKey));
      return result;
    });
    const { complaint, trackingToken } = filed;
    const texts = await publicForm.texts(locale);
    ctx.status = 201;
    ctx.body = {
      data: {
        reference: complaint.reference,
        statusUrl: statusUrl(publicBase(ctx), complaint.reference, trackingToken, locale),
        message: texts.confirmation.replace('{reference}', complaint.reference),
      },
    };
  }

  return {
    async submit(ctx: Context) {
      await getService(strapi, 'attachments').withUploads(ctx, (files) => file(ctx, files));
    },
  };
}
