/**
 * The upgrade steps of every release, oldest first. Append only: a step that has shipped is never changed
 * or removed (databases record it by name), and each comes with a test on a database written by the
 * release before it (tests/integration/upgrade-from-*.test.ts, fixtures in tests/fixtures/upgrade/).
 */
import type { UpgradeStep } from '.';
import { sha256 } from '../status-link';

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
      const rows: Array<{ id: number; tracking_token: string | null; submission_key: string | null }> = await trx(COMPLAINTS)
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
        const replaced = (column: string) => (postgres ? trx.raw('CAST(REPLACE(CAST(?? AS TEXT), ?, ?) AS JSONB)', [column, from, to]) : trx.raw('REPLACE(??, ?, ?)', [column, from, to]));
        await trx(LETTERS).where('complaint_id', row.id).update({ context: replaced('context'), blocks: replaced('blocks') });
      }
      after = rows[rows.length - 1].id;
    }
  },
};

export const STEPS: UpgradeStep[] = [hashStatusSecrets];
