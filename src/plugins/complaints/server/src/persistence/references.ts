/**
 * The reference counters: one row per year, incremented with a single UPDATE … RETURNING inside the
 * caller's transaction. PostgreSQL row-locks the counter until commit (so two instances on one database
 * never hand out the same number, and a rolled-back intake returns its number), SQLite serialises writers
 * anyway.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';
import type { Executor } from './database';

export interface CountedReference {
  year: number;
  number: number;
  /** With `withComplaintId` (PostgreSQL): the id the new complaint will have, from its table's sequence. */
  complaintId?: number;
}

interface CounterRow {
  last_number: number | string;
  complaint_id?: number | string;
}

export function referenceCounters(strapi: Core.Strapi) {
  return {
    /**
     * The next number of `year`, counted with `trx` (a transaction, or the connection for a statement of
     * its own). On PostgreSQL `withComplaintId` also draws the complaint's id in the same statement, so the
     * complaint and the rows that point at it can be written together (write-batch.ts).
     */
    async next(trx: Executor, year: number, options: { withComplaintId?: boolean } = {}): Promise<CountedReference> {
      const returning: unknown[] = ['last_number'];
      if (options.withComplaintId) returning.push(trx.raw('nextval(pg_get_serial_sequence(?, ?)) AS complaint_id', [TABLE.complaint, 'id']));
      const increment = () =>
        trx(TABLE.referenceCounter)
          .where({ year })
          .increment('last_number', 1)
          .returning(returning as string[]) as unknown as Promise<CounterRow[]>;

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
      return { year, number, complaintId };
    },
  };
}
