/**
 * The public API the embedded form and the status page call (the submission itself: steps/intake). Every
 * input is validated here (Strapi's strictParams does not reach plugin controllers); rate limits per client
 * IP; errors in the asked language and never with internals.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pickLocale } from '../../../shared/messages';
import { multipartData, requestFields } from '../attachments/multipart';
import type { ComplaintRow } from '../services/complaints';
import type { PublicAction } from '../services/public-access';
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

const surveySchema = z.object({
  token: z.string().max(200),
  satisfied: z.boolean(),
  mark: z.number().int().min(1).max(10).nullable().optional(),
  comment: fields.optionalText(5000),
  locale: z.enum(['nl', 'en']).optional(),
});

const answerSchema = z.object({
  token: z.string().max(200),
  questionId: fields.id(),
  answer: fields.requiredText(5000),
  locale: z.enum(['nl', 'en']).optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * A write on the status page: the Public role's grant, the rate limit, the input, the complaint of the
   * reference and token; then the change, answered with the status view as it is now.
   */
  async function statusPageWrite<Input extends { token: string; locale?: 'nl' | 'en' }>(
    ctx: Context,
    action: PublicAction,
    schema: z.ZodType<Input>,
    body: unknown,
    change: (complaint: ComplaintRow, input: Input) => Promise<unknown>,
  ): Promise<void> {
    await getService(strapi, 'publicAccess').assertAllowed(action);
    await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
    const input = parseInput(schema, body);
    const status = getService(strapi, 'status');
    const complaint = await status.authorise(ctx.params.reference, input.token);
    await change(complaint, input);
    ctx.body = { data: await status.view(await getService(strapi, 'complaints').requireById(complaint.id), input.locale ?? requestLocale(ctx)) };
  }

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

    /** Documents sent later on the status page: multipart, `data` = JSON { token, locale? }, files in `attachments`. */
    documents: (ctx: Context) =>
      getService(strapi, 'attachments').withUploads(ctx, (files) =>
        statusPageWrite(ctx, 'plugin::complaints.public.documents', lookupSchema, multipartData(ctx) ?? {}, async (complaint) => {
          await getService(strapi, 'status').addDocuments(complaint, files);
          ctx.status = 201;
        }),
      ),

    /**
     * The answer to a staff question: JSON { token, questionId, answer, locale? }, or with documents
     * multipart (that JSON in `data`, the files in `attachments`).
     */
    answer: (ctx: Context) =>
      getService(strapi, 'attachments').withUploads(ctx, (files) =>
        statusPageWrite(ctx, 'plugin::complaints.public.answer', answerSchema, requestFields(ctx) ?? {}, (complaint, input) =>
          getService(strapi, 'questions').answer(complaint, input.questionId, input.answer, files),
        ),
      ),

    /** The satisfaction survey after closure: { token, satisfied, mark?, comment?, locale? }. */
    survey: (ctx: Context) =>
      statusPageWrite(ctx, 'plugin::complaints.public.survey', surveySchema, ctx.request.body, (complaint, input) =>
        getService(strapi, 'survey').answer(complaint, { satisfied: input.satisfied, mark: input.mark ?? null, comment: input.comment }, input.locale ?? requestLocale(ctx)),
      ),

    /** The complainant accepts the outcome, or stays dissatisfied. */
    respond: (ctx: Context) =>
      statusPageWrite(ctx, 'plugin::complaints.public.respond', responseSchema, ctx.request.body, (complaint, input) =>
        getService(strapi, 'status').respond(complaint, input.response, input.note),
      ),
  };
};
