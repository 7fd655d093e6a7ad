/**
 * The Liquid sandbox for editor-written letter templates: one locked-down engine per locale, its filters
 * and limits, and rendering a template with a parse cache.
 *
 * Safety model: every `{{ value }}` is HTML-escaped by the engine (`raw` is removed), so data can never add
 * markup; the template's own markup is then reduced to <p>, <br>, <strong>/<b>, <em>/<i>, <ul>, <ol>, <li>
 * and <a href> with an http(s)/mailto target (sanitiser.ts). Partials can only come from an empty in-memory
 * map, so `{% render %}`, `{% include %}` and `{% layout %}` cannot read files. Time and allocation are capped.
 */
import { Liquid, type Template } from 'liquidjs';
import { pickLocale, type Locale } from '../../../shared/messages';
import { ZONE, formatDate, formatDateTime } from './dates';
import type { LetterContext } from './types';

/** Longest template accepted (characters); letters are a few KB. */
export const PARSE_LIMIT = 100_000;
/** Milliseconds per render: a normal letter takes a few; this stops loop bombs. */
const RENDER_LIMIT_MS = 500;
/** Liquid's allocation budget (range sizes, string filters): generous for letters, fatal for bombs. */
const MEMORY_LIMIT = 1_000_000;
/** Longest rendered body accepted (characters). */
export const OUTPUT_LIMIT = 200_000;

const engines = new Map<Locale, Liquid>();

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export function engineFor(locale: Locale): Liquid {
  const cached = engines.get(locale);
  if (cached) return cached;
  const engine = new Liquid({
    outputEscape: 'escape',
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    // In-memory partials only, and none: {% render/include/layout %} of any name fails, never reads disk.
    templates: {},
    // `{% if hearing.plannedAt %}` is simply false when there is no hearing, instead of an error.
    lenientIf: true,
    // Empty text counts as absent in `{% if complaint.answer %}`, as editors expect.
    jsTruthy: true,
    parseLimit: PARSE_LIMIT,
    renderLimit: RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
    locale: locale === 'en' ? 'en-GB' : 'nl-NL',
    timezoneOffset: ZONE,
  });
  // `raw` would let data bypass escaping; with strictFilters, using it is a parse error.
  engine.unregisterFilter('raw');
  engine.registerFilter('datum', (value: unknown) => formatDate(value, locale));
  engine.registerFilter('datumtijd', (value: unknown) => formatDateTime(value, locale));
  // Multi-line texts (answer, findings, addresses) keep their line breaks. The filter escapes first and
  // marks its output raw, so the <br> it adds is the only markup.
  engine.registerFilter('newline_to_br', {
    raw: true,
    handler: (value: unknown) => escapeHtml(value === null || value === undefined ? '' : String(value)).replace(/\r?\n/g, '<br>'),
  });
  engines.set(locale, engine);
  return engine;
}

/** Parsed templates per engine and text: the worker renders the same few templates thousands of times. */
const parsedTemplates = new Map<string, Template[]>();

export function renderLiquid(template: string, context: LetterContext): string {
  const locale = pickLocale(context.locale);
  const engine = engineFor(locale);
  const key = `${locale}\u0000${template}`;
  let parsed = parsedTemplates.get(key);
  if (!parsed) {
    parsed = engine.parse(template);
    if (parsedTemplates.size > 500) parsedTemplates.clear();
    parsedTemplates.set(key, parsed);
  }
  return String(engine.renderSync(parsed, context));
}
