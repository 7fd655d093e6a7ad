/**
 * The upgrade steps of every release, oldest first. Append only: a step that has shipped is never changed
 * or removed (databases record it by name), and each comes with a test on a database written by the
 * release before it (tests/integration/upgrade-from-*.test.ts, fixtures in tests/fixtures/upgrade/).
 */
import type { UpgradeStep } from '.';
import { defaultTemplate } from '../letters/defaults';
import { sha256 } from '../status-link';
import { statutoryTermsFromReceipt } from './statutory-terms';
import { BEFORE_NEXT_BODY_NAMED, INVITATION_BEFORE_SIDES, RECEIPT_WITH_FREE_TEXT } from './previous-templates';

/** Old texts live in previous-templates.ts; the receipt's stays importable from here as before. */
export { RECEIPT_WITH_FREE_TEXT } from './previous-templates';

const COMPLAINTS = 'complaints_complaints';
const LETTERS = 'complaints_letters';
/** What letters now store instead of a token (status-link.ts). */
const STAND_IN = `token=${encodeURIComponent('…')}`;
const PAGE = 500;

/**
 * 0.1.0 kept each complaint's status-link token and form submission key in plain text. Tokens are now
 * derived (status-link.ts); those already mailed keep working through their hash, and the stored copies
 * of letters (context and blocks) get the stand-in instead of the token, as new letters have: a letter
 * still waiting in the outbox goes out with the new token. Runs before the schema sync, which drops the
 * old columns.
 */
const hashStatusSecrets: UpgradeStep = {
  name: '0.2.0-hash-status-secrets',
  phase: 'beforeSync',
  async run(trx, strapi) {
    const postgres = strapi.db.dialect.client === 'postgres';
    const hasLetters = await trx.schema.hasTable(LETTERS);
    if (!(await trx.schema.hasTable(COMPLAINTS)) || !(await trx.schema.hasColumn(COMPLAINTS, 'tracking_token'))) return;
    for (const column of ['tracking_token_hash', 'submission_key_hash']) {
      if (!(await trx.schema.hasColumn(COMPLAINTS, column))) await trx.schema.alterTable(COMPLAINTS, (table) => table.string(column));
    }
    let after = 0;
    for (;;) {
      const rows: Array<{
        id: number;
        tracking_token: string | null;
        submission_key: string | null;
      }> = await trx(COMPLAINTS)
        .select('id', 'tracking_token', 'submission_key')
        .where('id', '>', after)
        .andWhere((where) => where.whereNotNull('tracking_token').orWhereNotNull('submission_key'))
        .orderBy('id')
        .limit(PAGE);
      if (!rows.length) break;
      for (const row of rows) {
        await trx(COMPLAINTS)
          .where('id', row.id)
          .update({
            tracking_token_hash: row.tracking_token ? sha256(row.tracking_token) : null,
            submission_key_hash: row.submission_key ? sha256(row.submission_key) : null,
            tracking_token: null,
            submission_key: null,
          });
        if (!row.tracking_token || !hasLetters) continue;
        const [from, to] = [`token=${encodeURIComponent(row.tracking_token)}`, STAND_IN];
        const replaced = (column: string) =>
          postgres ? trx.raw('CAST(REPLACE(CAST(?? AS TEXT), ?, ?) AS JSONB)', [column, from, to]) : trx.raw('REPLACE(??, ?, ?)', [column, from, to]);
        await trx(LETTERS)
          .where('complaint_id', row.id)
          .update({ context: replaced('context'), blocks: replaced('blocks') });
      }
      after = rows[rows.length - 1].id;
    }
  },
};

/**
 * The receipt letter without the complaint's free text: a stored copy that is still the old default
 * becomes today's default; one that editors changed stays theirs.
 */
const receiptWithoutFreeText: UpgradeStep = {
  name: '0.2.0-receipt-without-free-text',
  async run(trx) {
    for (const locale of ['nl', 'en'] as const) {
      const old = RECEIPT_WITH_FREE_TEXT[locale];
      const current = defaultTemplate('submission_received', 'complainant', locale);
      if (!current) continue;
      await trx('complaints_letter_templates')
        .where({
          kind: 'submission_received',
          audience: 'complainant',
          locale,
          subject: old.subject,
          body: old.body,
        })
        .update({
          subject: current.subject,
          body: current.body,
          updated_at: new Date(),
        });
    }
  },
};

/**
 * The letters that end a phase name the next body and its term from the settings, worded per regime
 * (shared/regimes.ts), the closure after the committee's ruling no longer sends the complainant to the
 * committee, and the staff reminder says until when the handling term can be extended: each stored copy
 * that is still the old default (previous-templates.ts) becomes today's default; one that editors changed
 * stays theirs (they see the new placeholders in the list and can reset it). A new kind of letter needs no
 * step: the bootstrap seeds every default that has no stored copy (services/letter-templates.ts).
 */
const lettersNameTheNextBody: UpgradeStep = {
  name: '0.2.0-letters-name-the-next-body',
  async run(trx) {
    await toTodaysDefaults(trx, BEFORE_NEXT_BODY_NAMED);
  },
};

/** Each stored copy that is still one of `previous` becomes today's default; an edited one stays its editors'. */
async function toTodaysDefaults(trx: Parameters<UpgradeStep['run']>[0], previous: typeof BEFORE_NEXT_BODY_NAMED): Promise<void> {
  for (const old of previous) {
    const current = defaultTemplate(old.kind, old.audience, old.locale);
    if (!current || (current.subject === old.subject && current.body === old.body)) continue;
    await trx('complaints_letter_templates')
      .where({ kind: old.kind, audience: old.audience, locale: old.locale, subject: old.subject, body: old.body })
      .update({ subject: current.subject, body: current.body, updated_at: new Date() });
  }
}

/**
 * Hoor en wederhoor per side (Awb 9:10): a conversation of 0.1.0 heard the employee where they were
 * invited, so it becomes one with both sides, else one with the complainant; the schema sync added the
 * empty column. The complainant's invitation, where nobody edited it, becomes today's default: it says
 * whether the employee is heard in the same conversation and, where staff set one, by when to respond.
 * The employee's own invitation is a new default the bootstrap seeds.
 */
const hearingsPerSide: UpgradeStep = {
  name: '0.2.0-hearings-per-side',
  async run(trx) {
    await trx('complaints_hearings').whereNull('side').where('accused_invited', true).update({ side: 'both' });
    await trx('complaints_hearings').whereNull('side').update({ side: 'complainant' });
    await toTodaysDefaults(trx, INVITATION_BEFORE_SIDES);
  },
};

/**
 * Several persons per complaint (Awb 9:7, 9:9): 0.1.0 kept one person complained about on the complaint
 * row. Each such person becomes the complaint's first complaint-person row (the schema sync made the empty
 * table), and the old columns are emptied so the names are kept in one place.
 */
const personsComplainedAbout: UpgradeStep = {
  name: '0.2.0-persons-complained-about',
  async run(trx) {
    if (!(await trx.schema.hasColumn(COMPLAINTS, 'accused_name'))) return;
    const now = new Date();
    for (;;) {
      const rows: Array<{ id: number; accused_name: string | null; accused_function: string | null; accused_user_id: number | null }> = await trx(COMPLAINTS)
        .select('id', 'accused_name', 'accused_function', 'accused_user_id')
        .where((where) => where.whereNotNull('accused_name').orWhereNotNull('accused_user_id'))
        .orderBy('id')
        .limit(PAGE);
      if (!rows.length) break;
      const persons = rows.map((row) => ({
        complaint_id: row.id,
        position: 0,
        // a person linked to an account without a name (staff set only the account) is named by it
        name: row.accused_name ?? '—',
        function: row.accused_function,
        user_id: row.accused_user_id,
        created_at: now,
        updated_at: now,
        published_at: now,
      }));
      await trx('complaints_complaint_persons').insert(persons);
      await trx(COMPLAINTS)
        .whereIn(
          'id',
          rows.map((row) => row.id),
        )
        .update({ accused_name: null, accused_function: null, accused_user_id: null });
    }
  },
};

export const STEPS: UpgradeStep[] = [hashStatusSecrets, receiptWithoutFreeText, statutoryTermsFromReceipt, lettersNameTheNextBody, hearingsPerSide, personsComplainedAbout];
