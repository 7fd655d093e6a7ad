/**
 * The upgrade steps of every release, oldest first. Append only: a step that has shipped is never changed
 * or removed (databases record it by name), and each comes with a test on a database written by the
 * release before it (tests/integration/upgrade-from-*.test.ts, fixtures in tests/fixtures/upgrade/).
 */
import type { UpgradeStep } from '.';
import { defaultTemplate } from '../letters/defaults';
import type { LetterTemplateSource } from '../letters/types';
import { sha256 } from '../status-link';
import { statutoryTermsFromReceipt } from './statutory-terms';

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
 * The receipt letter (submission_received, to the complainant) as releases 0.1.0 and 0.2.0 stored it at
 * their first start: it echoed the description and the desired outcome to an e-mail address nobody had
 * verified. Kept here word for word, to recognise copies nobody edited.
 */
export const RECEIPT_WITH_FREE_TEXT: Record<'nl' | 'en', Pick<LetterTemplateSource, 'subject' | 'body'>> = {
  nl: {
    subject: 'Wij hebben uw klacht ontvangen ({{ complaint.reference }})',
    body: `<p>Geachte {{ recipient.name }},</p>
<p>Bedankt voor uw klacht. Wij hebben deze ontvangen op {{ complaint.receivedAt | datumtijd }}. Uw klacht heeft het kenmerk <strong>{{ complaint.reference }}</strong>. Wilt u dit kenmerk noemen als u contact met ons opneemt?</p>
<p>U ontvangt {% if complaint.acknowledgementDue %}uiterlijk op {{ complaint.acknowledgementDue | datum }} {% endif %}een ontvangstbevestiging van de betrokken afdeling. Daarin leest u hoe wij uw klacht verder behandelen.</p>
{% if complaint.statusUrl %}<p>Via deze persoonlijke link volgt u de voortgang van uw klacht: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Deel deze link niet met anderen.</p>{% endif %}
<p><strong>Uw klacht</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>Wat u graag wilt bereiken</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
<p>Met vriendelijke groet,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
  },
  en: {
    subject: 'We have received your complaint ({{ complaint.reference }})',
    body: `<p>Dear {{ recipient.name }},</p>
<p>Thank you for your complaint. We received it on {{ complaint.receivedAt | datumtijd }}. Your complaint has the reference <strong>{{ complaint.reference }}</strong>. Please mention this reference whenever you contact us.</p>
<p>{% if complaint.acknowledgementDue %}By {{ complaint.acknowledgementDue | datum }} you{% else %}You{% endif %} will receive an acknowledgement from the department concerned, telling you how we will handle your complaint.</p>
{% if complaint.statusUrl %}<p>You can follow the progress of your complaint with this personal link: <a href="{{ complaint.statusUrl }}">{{ complaint.statusUrl }}</a><br>
Please do not share this link with others.</p>{% endif %}
<p><strong>Your complaint</strong><br>
{{ complaint.description | newline_to_br }}</p>
{% if complaint.desiredOutcome %}<p><strong>What you would like to achieve</strong><br>
{{ complaint.desiredOutcome | newline_to_br }}</p>{% endif %}
<p>Kind regards,<br>
{% if handler.name %}{{ handler.name }}<br>{% endif %}
{{ organisation.name }}</p>`,
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

export const STEPS: UpgradeStep[] = [hashStatusSecrets, receiptWithoutFreeText, statutoryTermsFromReceipt];
