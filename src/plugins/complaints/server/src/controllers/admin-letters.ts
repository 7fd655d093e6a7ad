/**
 * Letters and templates in the admin: a complaint's postal letters as PDF, the print queue (several in one
 * PDF, marked printed at once), retrying a failed letter, marking a printed one; editors' templates with
 * validation, reset and a live preview.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { pickLocale } from '../../../shared/messages';
import { InvalidInputError } from '../errors';
import { PLACEHOLDERS } from '../letters/placeholders';
import { LETTER_KINDS, type LetterContext } from '../letters/types';
import { adminActor } from '../services/actor';
import { MAX_PRINT_BATCH } from '../../../shared/contracts/letters';
import { getService } from '../services/registry';
import { fields, parseInput } from '../validation';
import { idParam } from './respond';

const templateSchema = z.object({
  subject: fields.requiredText(300),
  body: fields.requiredText(50000),
});

const previewSchema = z.object({
  kind: z.enum(LETTER_KINDS),
  audience: z.enum(['complainant', 'accused', 'staff']).optional().default('complainant'),
  locale: z.enum(['nl', 'en']).optional().default('nl'),
  subject: fields.requiredText(300),
  body: fields.requiredText(50000),
  complaintId: fields.optionalId(),
});

const batchSchema = z.object({ letterIds: z.array(fields.id()).min(1).max(MAX_PRINT_BATCH) });
// a query string repeats the key, or lists the ids with commas
const batchQuerySchema = z.object({
  letterIds: z.preprocess((v) => (Array.isArray(v) ? v : String(v ?? '').split(',').filter(Boolean)), z.array(fields.id()).min(1).max(MAX_PRINT_BATCH)),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scopeOf = (ctx: Context) => getService(strapi, 'access').scopeOf(ctx);

  /** The letter, after checking the user may see its complaint. */
  async function visibleLetter(ctx: Context) {
    const letters = getService(strapi, 'letters');
    const letter = await letters.requireLetter(idParam(ctx, 'letterId'));
    const complaint = await getService(strapi, 'complaints').requireById(letter.complaintId);
    getService(strapi, 'access').assertCanSee(await scopeOf(ctx), complaint);
    return letter;
  }

  return {
    pdf: async (ctx: Context) => {
      const letter = await visibleLetter(ctx);
      const { filename, pdf } = await getService(strapi, 'printing').pdf(letter.id);
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
      ctx.body = pdf;
    },

    /** What a letter says, as it was sent (its stored blocks): the dossier shows e-mails as well as paper. */
    content: async (ctx: Context) => {
      const letter = await visibleLetter(ctx);
      ctx.body = { data: getService(strapi, 'letters').content(letter) };
    },

    retry: async (ctx: Context) => {
      const letter = await visibleLetter(ctx);
      await getService(strapi, 'letters').retry(letter.id, adminActor(ctx.state.user));
      ctx.body = { data: await getService(strapi, 'letters').listForComplaint(letter.complaintId) };
    },

    printed: async (ctx: Context) => {
      const letter = await visibleLetter(ctx);
      await getService(strapi, 'printing').markPrinted(letter.id, adminActor(ctx.state.user));
      ctx.body = { data: await getService(strapi, 'letters').listForComplaint(letter.complaintId) };
    },

    /** The print queue: postal letters waiting to be printed, of the complaints the user may see. */
    toPrint: async (ctx: Context) => {
      ctx.body = { data: await getService(strapi, 'printing').queue(await scopeOf(ctx)) };
    },

    /** Several letters in one PDF: ?letterIds=1&letterIds=2 (or 1,2). */
    printBatch: async (ctx: Context) => {
      const { letterIds } = parseInput(batchQuerySchema, ctx.query ?? {});
      const pdf = await getService(strapi, 'printing').batchPdf(letterIds, await scopeOf(ctx));
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `attachment; filename="brieven-${letterIds.length}.pdf"`);
      ctx.body = pdf;
    },

    /** Several letters printed at once: { letterIds }; answers per letter. */
    printedMany: async (ctx: Context) => {
      const { letterIds } = parseInput(batchSchema, ctx.request.body);
      ctx.body = { data: { results: await getService(strapi, 'printing').markManyPrinted(letterIds, adminActor(ctx.state.user), await scopeOf(ctx)) } };
    },

    templates: async (ctx: Context) => {
      ctx.body = { data: { templates: await getService(strapi, 'letterTemplates').list(), placeholders: PLACEHOLDERS } };
    },

    updateTemplate: async (ctx: Context) => {
      const input = parseInput(templateSchema, ctx.request.body);
      ctx.body = { data: await getService(strapi, 'letterTemplates').update(idParam(ctx), input, ctx.state.user.id) };
    },

    resetTemplate: async (ctx: Context) => {
      ctx.body = { data: await getService(strapi, 'letterTemplates').reset(idParam(ctx), ctx.state.user.id) };
    },

    /** Checks an unsaved template and renders it against sample data or a real complaint the user may see. */
    preview: async (ctx: Context) => {
      const input = parseInput(previewSchema, ctx.request.body);
      let context: LetterContext | null = null;
      if (input.complaintId) {
        const complaint = await getService(strapi, 'complaints').requireById(input.complaintId);
        getService(strapi, 'access').assertCanSee(await scopeOf(ctx), complaint);
        const letters = getService(strapi, 'letters');
        const recipient = input.audience === 'complainant' ? letters.complainant(complaint).recipient : { name: ctx.state.user.firstname ?? '', email: null, addressLines: [], locale: pickLocale(input.locale) };
        context = await letters.context(complaint, { ...recipient, locale: pickLocale(input.locale) }, { audience: input.audience });
      }
      // check and render on a worker (null context: the sample data): a looping template must not stall the server
      const preview = await getService(strapi, 'work').run('previewTemplate', { kind: input.kind, audience: input.audience, subject: input.subject, body: input.body, locale: pickLocale(input.locale), context });
      if (!preview.ok) throw new InvalidInputError(preview.errors, { nl: 'Het sjabloon bevat fouten.', en: 'The template contains errors.' });
      ctx.body = { data: { subject: preview.subject, html: preview.html, text: preview.text } };
    },
  };
};
