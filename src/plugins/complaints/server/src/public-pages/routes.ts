/**
 * The hosted public pages, outside the /api prefix: the form on a page of its own (link or iframe), the
 * complainant's status page, and a blank form to print and send by post. Each page carries a strict
 * Content-Security-Policy: scripts only from this server, inline styles only by hash, and framing only
 * by the origins that embed the form.
 */
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ROOT } from '../plugin-info';
import { pickLocale } from '../../../shared/messages';
import { getService } from '../services/registry';
import { STATUS_PAGE_PATHS } from '../../../shared/public-api';
import { STRINGS } from '../../../shared/public-texts';
import { setRetryAfter } from '../controllers/respond';
import { unavailableFor } from '../database-outage';
import { ComplaintsError, InvalidInputError } from '../errors';
import { hostedFormPage, printableForm, statusPage } from './pages';
import { lookupForm, lookupPage, statusDocument } from './status-page';

export const FORM_SCRIPT_URL = '/complaints/form.js';
/** The embeddable form's bundle, built into the package by `npm run build` (scripts/build-form.js). */
export const FORM_SCRIPT_FILE = path.join(PLUGIN_ROOT, 'dist', 'form', 'form.js');

const TITLES = {
  form: { nl: 'Klacht indienen', en: 'File a complaint' },
  status: { nl: 'De behandeling van uw klacht', en: 'The handling of your complaint' },
};

/** Hashes of every inline <style> block, so the policy needs no 'unsafe-inline'. */
function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${crypto.createHash('sha256').update(m[1]).digest('base64')}'`);
}

export function contentSecurityPolicy(html: string, frameAncestors: string[]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes(html).join(' ')}`.trim(),
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors 'self' ${frameAncestors.join(' ')}`.trim(),
  ].join('; ');
}

export function registerPublicPages(strapi: Core.Strapi): void {
  const embedOrigins = () => (strapi.config.get('plugin::complaints.embedOrigins') as string[]) ?? [];

  const send = (ctx: any, html: string) => {
    ctx.set('Content-Security-Policy', contentSecurityPolicy(html, embedOrigins()));
    // frame-ancestors decides about framing; an X-Frame-Options header would forbid the embedding origins.
    ctx.remove('X-Frame-Options');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  };

  /**
   * The status page's form posts (reading without JavaScript, a letter as PDF): the Public role's grant
   * for the status page, its rate limit, the reference and token from the body. A failure shows the form
   * again with why, in the page's language; a busy or unreachable database answers 503 with Retry-After.
   */
  const statusPost = (answer: (ctx: any, complaint: any, body: Record<string, string>, locale: 'nl' | 'en') => Promise<void>) => async (ctx: any) => {
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim().slice(0, 200) : '');
    const locale = pickLocale(field('locale') || ctx.query?.locale);
    const title = TITLES.status[locale];
    try {
      await getService(strapi, 'publicAccess').assertAllowed('plugin::complaints.public.status');
      await getService(strapi, 'rateLimit').consume('status', ctx.request.ip);
      if (!field('ref') || !field('token')) throw new InvalidInputError({}, { nl: STRINGS.nl.notFound, en: STRINGS.en.notFound });
      const complaint = await getService(strapi, 'status').authorise(field('ref'), field('token'));
      await answer(ctx, complaint, { ref: field('ref'), token: field('token'), letter: field('letter') }, locale);
    } catch (error) {
      const known = error instanceof ComplaintsError ? error : unavailableFor(error);
      if (!known) throw error;
      setRetryAfter(ctx, known);
      send(ctx, lookupPage({ locale, title }, known.messages[locale], field('ref')));
      ctx.status = known.status;
    }
  };

  let script: { body: Buffer; etag: string } | null = null;
  const formScript = () => {
    if (!script) {
      const body = fs.readFileSync(FORM_SCRIPT_FILE);
      script = { body, etag: `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    }
    return script;
  };

  strapi.server.routes([
    {
      method: 'GET',
      path: FORM_SCRIPT_URL,
      handler: (ctx: any) => {
        const { body, etag } = formScript();
        ctx.set('ETag', etag);
        // short: a new plugin version reaches the embedding sites within minutes
        ctx.set('Cache-Control', 'public, max-age=300');
        ctx.set('X-Content-Type-Options', 'nosniff');
        // loaded by the embedding sites' pages with <script src>, which needs no CORS
        ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
        ctx.type = 'application/javascript; charset=utf-8';
        if (ctx.get('if-none-match') === etag) {
          ctx.status = 304;
          return;
        }
        ctx.body = body;
      },
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/klachtenformulier',
      handler: (ctx: any) => {
        const locale = pickLocale(ctx.query?.locale);
        send(ctx, hostedFormPage({ locale, title: TITLES.form[locale], scriptUrl: FORM_SCRIPT_URL, endpoint: '' }));
      },
      config: { auth: false },
    },
    {
      method: 'GET',
      path: STATUS_PAGE_PATHS.read,
      handler: (ctx: any) => {
        const locale = pickLocale(ctx.query?.locale);
        send(ctx, statusPage({ locale, title: TITLES.status[locale], scriptUrl: FORM_SCRIPT_URL, endpoint: '' }, lookupForm(locale)));
      },
      config: { auth: false },
    },
    {
      method: 'POST',
      path: STATUS_PAGE_PATHS.read,
      handler: statusPost(async (ctx, complaint, body, locale) => {
        const view = await getService(strapi, 'status').view(complaint, locale);
        send(ctx, statusDocument({ locale, title: TITLES.status[locale] }, view, body.token));
      }),
      config: { auth: false },
    },
    {
      method: 'POST',
      path: STATUS_PAGE_PATHS.letter,
      handler: statusPost(async (ctx, complaint, body) => {
        const { filename, pdf } = await getService(strapi, 'status').letterPdf(complaint, Number(body.letter) || -1);
        ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
        ctx.set('X-Content-Type-Options', 'nosniff');
        ctx.set('Cache-Control', 'no-store');
        ctx.type = 'application/pdf';
        ctx.body = pdf;
      }),
      config: { auth: false },
    },
    {
      method: 'GET',
      path: '/klachtenformulier/afdrukken',
      handler: async (ctx: any) => {
        const locale = pickLocale(ctx.query?.locale);
        const now = getService(strapi, 'clock').now();
        const [definition, settings] = await Promise.all([getService(strapi, 'publicForm').definition(locale, now), getService(strapi, 'settings').get()]);
        send(ctx, printableForm(definition, { name: settings.organisationName, address: settings.organisationAddress }));
      },
      config: { auth: false },
    },
  ] as any);
}
