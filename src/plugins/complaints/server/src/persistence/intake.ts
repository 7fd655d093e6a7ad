/**
 * A new complaint stored with the rows that belong to it (its audit event, its letters), the way each
 * database does it fastest without giving up what was promised:
 * - PostgreSQL: the number (and the complaint's id) is taken first, in a statement of its own, so the
 *   counter row is locked for that statement, not for the whole intake of every concurrent submission (a
 *   failed intake leaves a gap); then the complaint, its audit event and its letters are one statement,
 *   atomic by itself.
 * - SQLite has one writer anyway: there it all happens in one transaction, the number gapless, shared with
 *   the intakes that arrive meanwhile (group commit: one fsync for the group).
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';
import { commitGroupOf } from './commit-group';
import { dialectOf, toColumns, type Executor } from './database';
import { referenceCounters, type CountedReference } from './references';
import { WriteBatch } from './write-batch';

export type StoredComplaint<Attributes> = { id: number; documentId: string } & Attributes;

export interface NewComplaint<Attributes extends Record<string, unknown>, Result> {
  /** The year whose reference counter numbers the complaint. */
  year: number;
  /** The complaint's attributes, once its number is known. */
  attributes: (counted: CountedReference) => Attributes;
  /** When the complaint arrived, as its column holds it. */
  receivedAt: Date;
  /** The moment of the write (created, updated, published). */
  at: Date;
  /** Adds what belongs with the complaint to the batch; its result is what `insert` answers. */
  alongside: (complaint: StoredComplaint<Attributes>, batch: WriteBatch) => Promise<Result>;
}

export function intakeRepository(strapi: Core.Strapi) {
  const counters = referenceCounters(strapi);
  return {
    /** Stores the complaint and what `alongside` added; settles once all of it is durable. */
    async insert<Attributes extends Record<string, unknown>, Result>(complaint: NewComplaint<Attributes, Result>): Promise<Result> {
      const dialect = dialectOf(strapi);
      const early = dialect === 'postgres' ? await counters.next(strapi.db.connection, complaint.year, { withComplaintId: true }) : null;

      const write = async (trx: Executor): Promise<{ result: Result; batch: WriteBatch }> => {
        const counted = early ?? (await counters.next(trx, complaint.year));
        const at = new Date(complaint.at);
        const documentId = crypto.randomBytes(12).toString('base64url');
        const values = complaint.attributes(counted);
        const row = { ...toColumns({ ...values, receivedAt: complaint.receivedAt }), document_id: documentId, created_at: at, updated_at: at, published_at: at };
        const batch = new WriteBatch();
        let id = counted.complaintId;
        if (id !== undefined) batch.insert(TABLE.complaint, [{ id, ...row }]);
        else {
          // One INSERT … RETURNING id, no read-back: the row is what was written (this is the hot path).
          const [inserted] = (await trx(TABLE.complaint).insert(row).returning('id')) as Array<{ id: number } | number>;
          id = typeof inserted === 'object' ? inserted.id : inserted;
        }
        const result = await complaint.alongside({ id, documentId, ...values }, batch);
        await batch.execute(trx, dialect);
        return { result, batch };
      };

      const { result, batch } = dialect === 'postgres' ? await write(strapi.db.connection) : await commitGroupOf(strapi).run(write);
      batch.done();
      return result;
    },
  };
}
