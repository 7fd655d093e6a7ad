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
  /** With `withComplaintId` (PostgreSQL): the id the new complaint will have, from its table's sequence. */
  complaintId?: number;
}

export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The next reference of `year`; call inside `strapi.db.transaction` and pass its `trx`. On PostgreSQL
   * `withComplaintId` also draws the complaint's id in the same statement, so the complaint and the rows
   * that point at it can be written together (write-batch.ts).
   */
  async next(trx: any, year: number, prefix: string, options: { withComplaintId?: boolean } = {}): Promise<Reference> {
    const returning: unknown[] = ['last_number'];
    if (options.withComplaintId) returning.push(trx.raw('nextval(pg_get_serial_sequence(?, ?)) AS complaint_id', [TABLE.complaint, 'id']));
    const increment = () =>
      trx(TABLE.referenceCounter).where({ year }).increment('last_number', 1).returning(returning) as Promise<Array<{ last_number: number; complaint_id?: number | string }>>;

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
    const complaintId = rows[0].complaint_id === undefined ? undefined : Number(rows[0].complaint_id);
    return { reference: formatReference(prefix, year, number), year, number, complaintId };
  },
});
