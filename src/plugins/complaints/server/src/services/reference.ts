/**
 * Complaint references: KL-2026-000123, sequential per year without gaps.
 *
 * One counter row per year, incremented with a single UPDATE … RETURNING inside the caller's transaction:
 * PostgreSQL row-locks the counter until commit (so two instances on one database never hand out the same
 * number, and a rolled-back intake returns its number), SQLite serialises writers anyway.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';

export interface Reference {
  reference: string;
  year: number;
  number: number;
}

export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The next reference of `year`; call inside `strapi.db.transaction` and pass its `trx`. */
  async next(trx: any, year: number, prefix: string): Promise<Reference> {
    const increment = () =>
      trx(TABLE.referenceCounter).where({ year }).increment('last_number', 1).returning('last_number') as Promise<Array<{ last_number: number }>>;

    let rows = await increment();
    if (rows.length === 0) {
      await trx(TABLE.referenceCounter)
        .insert({ year, last_number: 0, document_id: `reference-counter-${year}` })
        .onConflict('year')
        .ignore();
      rows = await increment();
    }
    const number = Number(rows[0].last_number);
    strapi.log.debug(`[complaints] reference ${year}/${number}`);
    return { reference: formatReference(prefix, year, number), year, number };
  },
});
