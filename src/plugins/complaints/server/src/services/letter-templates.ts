/**
 * The letter templates editors manage: one per kind, audience and language, seeded with the Dutch and
 * English defaults, validated when saved (unknown placeholders, syntax, a trial render) so a broken
 * template is refused then, not discovered in a letter later.
 */
import type { Core } from '@strapi/strapi';
import type { Locale } from '../../../shared/messages';
import { InvalidInputError, NotFoundError } from '../errors';
import { TEMPLATE_ERROR_PREFIX } from '../letters/compose';
import { DEFAULT_TEMPLATES, defaultTemplate } from '../letters/defaults';
import type { LetterAudience, LetterKind, LetterTemplateSource } from '../letters/types';
import { UID } from '../uids';
import { getService } from './registry';

const CACHE_MS = 5000;

/** Failed letters of one template: how many, and the template error of the latest. */
export interface FailingLetters {
  count: number;
  lastError: string;
}
const key = (kind: string, audience: string, locale: string) => `${kind}/${audience}/${locale}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  type ByKey = Map<string, LetterTemplateSource & { id: number }>;
  let cached: { at: number; byKey: ByKey } | null = null;
  let loading: Promise<ByKey> | null = null;
  let generation = 0;

  /** All templates, read at most every few seconds; callers that find the cache stale share one read. */
  async function all(): Promise<ByKey> {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.byKey;
    if (!loading) {
      const started = generation;
      const load: Promise<ByKey> = strapi.db
        .query(UID.letterTemplate)
        .findMany({ orderBy: [{ kind: 'asc' }, { audience: 'asc' }, { locale: 'asc' }] })
        .then((rows: Array<LetterTemplateSource & { id: number }>) => {
          const byKey: ByKey = new Map(rows.map((r) => [key(r.kind, r.audience, r.locale), r]));
          // a read that began before a change must not bring back what the change replaced
          if (started === generation) cached = { at: Date.now(), byKey };
          return byKey;
        })
        .finally(() => {
          if (loading === load) loading = null;
        });
      loading = load;
    }
    return loading;
  }

  /** After a change: the next letter reads the templates again. */
  function invalidate(): void {
    generation += 1;
    cached = null;
    loading = null;
  }

  /**
   * Letters that failed on their template (the outbox fails them at once, outbox.ts), per template: a
   * template can pass the check on sample data and still fail on a real complaint's data.
   */
  async function failingLetters(): Promise<Map<string, FailingLetters>> {
    const rows: Array<{ kind: string; audience: string; locale: string; lastError: string }> = await strapi.db.query(UID.letter).findMany({
      where: { status: 'failed', lastError: { $startsWith: TEMPLATE_ERROR_PREFIX } },
      select: ['kind', 'audience', 'locale', 'lastError'],
      orderBy: { id: 'desc' },
      limit: 1000,
    });
    const byKey = new Map<string, FailingLetters>();
    for (const row of rows) {
      const found = byKey.get(key(row.kind, row.audience, row.locale));
      if (found) found.count += 1;
      else byKey.set(key(row.kind, row.audience, row.locale), { count: 1, lastError: row.lastError.slice(TEMPLATE_ERROR_PREFIX.length) });
    }
    return byKey;
  }

  return {
    /** Every template, with the letters that failed on it (null when none): editors are warned there. */
    async list() {
      const failing = await failingLetters();
      return [...(await all()).values()].map((template) => ({ ...template, failedLetters: failing.get(key(template.kind, template.audience, template.locale)) ?? null }));
    },

    /** The template to use: the editors' version, or the default (also for a language editors left out). */
    async get(kind: LetterKind, audience: LetterAudience, locale: Locale): Promise<LetterTemplateSource> {
      const own = (await all()).get(key(kind, audience, locale));
      const fallback = defaultTemplate(kind, audience, locale) ?? defaultTemplate(kind, audience, 'nl');
      const template = own ?? fallback;
      if (!template) throw new NotFoundError({ nl: `Geen briefsjabloon voor ${kind}.`, en: `No letter template for ${kind}.` });
      return template;
    },

    async update(id: number, input: { subject: string; body: string }, userId: number | null) {
      const row = await strapi.db.query(UID.letterTemplate).findOne({ where: { id } });
      if (!row) throw new NotFoundError({ nl: 'Dit briefsjabloon bestaat niet.', en: 'This letter template does not exist.' });
      // the trial renders run on a worker: a template that loops a lot must not stall the server
      const validation = await getService(strapi, 'work').run('validateTemplate', { kind: row.kind, audience: row.audience, subject: input.subject, body: input.body, locale: row.locale });
      if (!validation.ok) throw new InvalidInputError(validation.errors, { nl: 'Het sjabloon bevat fouten.', en: 'The template contains errors.' });
      const updated = await strapi.db.query(UID.letterTemplate).update({ where: { id }, data: { subject: input.subject, body: input.body, editedByUserId: userId } });
      invalidate();
      return updated;
    },

    /** Back to the default text of this kind, audience and language. */
    async reset(id: number, userId: number | null) {
      const row = await strapi.db.query(UID.letterTemplate).findOne({ where: { id } });
      const fallback = row && defaultTemplate(row.kind, row.audience, row.locale);
      if (!row || !fallback) throw new NotFoundError({ nl: 'Dit briefsjabloon bestaat niet.', en: 'This letter template does not exist.' });
      const updated = await strapi.db.query(UID.letterTemplate).update({ where: { id }, data: { subject: fallback.subject, body: fallback.body, editedByUserId: userId } });
      invalidate();
      return updated;
    },

    /** Bootstrap: every default template exists (editors' changes are kept). */
    async ensureDefaults(): Promise<void> {
      const existing = await all();
      for (const template of DEFAULT_TEMPLATES) {
        if (existing.has(key(template.kind, template.audience, template.locale))) continue;
        // Another instance may insert it at the same moment; the unique index keeps one.
        await strapi.db.query(UID.letterTemplate).create({ data: { ...template } }).catch(() => undefined);
      }
      invalidate();
    },
  };
};
