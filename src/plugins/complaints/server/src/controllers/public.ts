/**
 * The public API the embedded form and the status page call (the submission itself: steps/intake). Every
 * input is validated here (Strapi's strictParams does not reach plugin controllers); rate limits per client
 * IP; errors in the asked language and never with internals.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pickLocale } from '../../../shared/messages';
import { multipartData } from '../attachments/multipart';
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
    documents: async (ctx: Context) => {
      const attachments = getService(strapi, 'attachments');
      const files = (ctx.request as { files?: unknown }).files;
      try {
        await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.documents');
        await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
        const input = parseInput(lookupSchema, multipartData(ctx) ?? {});
        const status = getService(strapi, 'status');
        const complaint = await status.authorise(ctx.params.reference, input.token);
        await status.addDocuments(complaint, attachments.incoming(files));
        ctx.status = 201;
        ctx.body = { data: await status.view(await getService(strapi, 'complaints').requireById(complaint.id), input.locale ?? requestLocale(ctx)) };
      } finally {
        await attachments.discardTemporary(files);
      }
    },

    /**
     * The answer to a staff question: JSON { token, questionId, answer, locale? }, or with documents
     * multipart (that JSON in `data`, the files in `attachments`).
     */
    answer: async (ctx: Context) => {
      const attachments = getService(strapi, 'attachments');
      const files = (ctx.request as { files?: unknown }).files;
      try {
        await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.answer');
        await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
        const input = parseInput(answerSchema, ctx.is('multipart') ? (multipartData(ctx) ?? {}) : ctx.request.body);
        const status = getService(strapi, 'status');
        const complaint = await status.authorise(ctx.params.reference, input.token);
        await getService(strapi, 'questions').answer(complaint, input.questionId, input.answer, attachments.incoming(files));
        ctx.body = { data: await status.view(await getService(strapi, 'complaints').requireById(complaint.id), input.locale ?? requestLocale(ctx)) };
      } finally {
        await attachments.discardTemporary(files);
      }
    },

    /** The satisfaction survey after closure: { token, satisfied, mark?, comment?, locale? }. */
    survey: async (ctx: Context) => {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.survey');
      await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
      const input = parseInput(surveySchema, ctx.request.body);
      const status = getService(strapi, 'status');
      const complaint = await status.authorise(ctx.params.reference, input.token);
      await getService(strapi, 'survey').answer(complaint, { satisfied: input.satisfied, mark: input.mark ?? null, comment: input.comment });
      ctx.body = { data: await status.view(await getService(strapi, 'complaints').requireById(complaint.id), input.locale ?? requestLocale(ctx)) };
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
