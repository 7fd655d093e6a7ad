/** Privacy (export, erasure, retention run) and the annual report, for coordinators. */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { adminActor } from '../services/actor';
import { registerFileName } from '../../../shared/reports';
import { getService } from '../services/registry';
import { toCsv, toXlsx } from '../services/spreadsheet';
import { fields, parseInput } from '../validation';
import { idParam } from './respond';

const exportSchema = z.object({
  email: z.string().trim().max(254).optional(),
  clientNumber: z.string().trim().max(50).optional(),
  name: z.string().trim().max(200).optional(),
  postalCode: z.string().trim().max(10).optional(),
  format: z.enum(['json', 'pdf']).optional().default('json'),
});

const anonymiseSchema = z.object({ reason: fields.requiredText(2000) });

const reportSchema = z
  .object({
    from: fields.isoDate(),
    to: fields.isoDate(),
    format: z.enum(['json', 'csv', 'xlsx']).optional().default('json'),
    /** The language of the labels (the admin sends the user's). */
    locale: z.enum(['nl', 'en']).optional().default('nl'),
  })
  .refine((p) => p.from <= p.to, { path: ['to'], params: { message: { nl: 'De einddatum ligt voor de begindatum.', en: 'The end date lies before the start date.' } } });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  exportComplainant: async (ctx: Context) => {
    const query = parseInput(exportSchema, ctx.query ?? {});
    const privacy = getService(strapi, 'privacy');
    const name = `inzage-${(query.email || query.clientNumber || query.postalCode || 'klager').replace(/[^\w.@-]/g, '_')}`;
    const actor = adminActor(ctx.state.user);
    if (query.format === 'pdf') {
      ctx.type = 'application/pdf';
      ctx.set('Content-Disposition', `attachment; filename="${name}.pdf"`);
      ctx.body = await privacy.exportPdf(query, actor);
      return;
    }
    ctx.set('Content-Disposition', `attachment; filename="${name}.json"`);
    ctx.body = { data: await privacy.exportData(query, actor) };
  },

  anonymise: async (ctx: Context) => {
    const { reason } = parseInput(anonymiseSchema, ctx.request.body);
    await getService(strapi, 'privacy').anonymise(idParam(ctx), adminActor(ctx.state.user), reason);
    ctx.body = { data: await getService(strapi, 'dossier').get(idParam(ctx), null) };
  },

  retention: async (ctx: Context) => {
    ctx.body = { data: await getService(strapi, 'privacy').applyRetention() };
  },

  /** The register as CSV (default) or XLSX: one row per complaint received in the period, no personal data. */
  register: async (ctx: Context) => {
    const { from, to, format, locale } = parseInput(reportSchema, ctx.query ?? {});
    const register = await getService(strapi, 'reports').register({ from, to }, locale);
    const name = registerFileName({ from, to }, locale === 'en' ? 'en' : 'nl');
    if (format === 'xlsx') {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      ctx.body = await toXlsx(register.sheet, register.header, register.rows, register.header.map((h) => Math.max(12, Math.min(40, h.length + 2))));
    } else {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${name}.csv"`);
      ctx.body = `\uFEFF${toCsv(register.header, register.rows)}`;
    }
  },

  annualReport: async (ctx: Context) => {
    const { from, to, format, locale } = parseInput(reportSchema, ctx.query ?? {});
    const reports = getService(strapi, 'reports');
    const report = await reports.annual({ from, to }, locale);
    if (format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${reports.fileName(report)}.csv"`);
      ctx.body = `\uFEFF${reports.csv(report)}`;
    } else if (format === 'xlsx') {
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.set('Content-Disposition', `attachment; filename="${reports.fileName(report)}.xlsx"`);
      ctx.body = await reports.xlsx(report);
    } else {
      ctx.body = { data: report };
    }
  },
});
