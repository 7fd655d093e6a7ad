/**
 * What the deadline sweep reads and writes beyond Strapi's query engine: the due agreements and
 * tomorrow's hearings (one joined query each), the reminders queued today already, and the new reminders
 * (outbox rows, skipped where their dedupe key exists).
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';
import { dialectOf } from './database';
import { rowsAsJson } from './json-rows';

/** Reminders per INSERT statement. */
export const REMINDERS_PER_STATEMENT = 200;

export interface DueAgreement {
  agreementId: number;
  /** A date (or the DATE column as the driver returns it). */
  dueDate: Date | string;
  ownerUserId: number | null;
  ownerDepartmentId: number | null;
  complaintId: number;
}

interface DueAgreementRow {
  agreement_id: number;
  due_date: Date | string;
  owner_user_id: number | null;
  owner_department_id: number | null;
  complaint_id: number;
}

export function remindersRepository(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  return {
    /** Open agreements of complaints in their agreements' steps, due by `by` (an ISO day) or earlier. */
    async dueAgreements(by: string): Promise<DueAgreement[]> {
      const rows: DueAgreementRow[] = await knex()('complaints_agreements as a')
        .join(`${TABLE.complaint} as c`, 'c.id', 'a.complaint_id')
        .whereIn('c.status', ['agreements_sent', 'monitoring'])
        .andWhere('a.status', 'open')
        .andWhere('a.due_date', '<=', by)
        .select('a.id as agreement_id', 'a.due_date', 'a.owner_user_id', 'a.owner_department_id', 'c.id as complaint_id');
      return rows.map((row) => ({
        agreementId: row.agreement_id,
        dueDate: row.due_date,
        ownerUserId: row.owner_user_id,
        ownerDepartmentId: row.owner_department_id,
        complaintId: row.complaint_id,
      }));
    },

    /**
     * The conversations planned in [from, until), not held nor skipped, of this round (a complaint reopened
     * after it was withdrawn may have one left from before): the first per complaint, which each side's
     * own conversation on the same day shares a reminder with.
     */
    async hearingsBetween(from: Date, until: Date): Promise<Array<{ complaintId: number; hearingId: number }>> {
      const rows: Array<{ complaint_id: number; hearing_id: number }> = await knex()(`${TABLE.hearing} as h`)
        .join(`${TABLE.complaint} as c`, 'c.id', 'h.complaint_id')
        .where('c.status', 'hearing_planned')
        .whereNull('h.held_at')
        .whereNull('h.skipped_reason')
        .where((q) => q.where('h.earlier_round', false).orWhereNull('h.earlier_round'))
        .andWhere('h.planned_at', '>=', from)
        .andWhere('h.planned_at', '<', until)
        .orderBy([{ column: 'h.planned_at' }, { column: 'h.id' }])
        .select('c.id as complaint_id', 'h.id as hearing_id');
      const first = new Map<number, number>();
      for (const row of rows) if (!first.has(row.complaint_id)) first.set(row.complaint_id, row.hearing_id);
      return [...first].map(([complaintId, hearingId]) => ({ complaintId, hearingId }));
    },

    /** The dedupe keys of the letters queued on `day` (one range scan on the unique index). */
    async keysOfDay(day: string): Promise<Set<string>> {
      const rows: Array<{ dedupe_key: string }> = await knex()(TABLE.letter).select('dedupe_key').where('dedupe_key', '>=', `${day}:`).andWhere('dedupe_key', '<', `${day};`);
      return new Set(rows.map((row) => row.dedupe_key));
    },

    /**
     * Inserts the rows, REMINDERS_PER_STATEMENT to a statement, each statement on its own (no transaction
     * around them); a row whose dedupe key exists already is skipped.
     */
    async insert(rows: Array<Record<string, unknown>>): Promise<void> {
      // In key order within each statement: two instances inserting the same keys in different orders can
      // deadlock on PostgreSQL's unique index (each waits for the other's row); in one order the later one
      // waits, then skips. Each statement commits by itself, so it holds no key while waiting in another.
      const sorted = [...rows].sort((a, b) => (String(a.dedupe_key) < String(b.dedupe_key) ? -1 : 1));
      for (let i = 0; i < sorted.length; i += REMINDERS_PER_STATEMENT) {
        const chunk = sorted.slice(i, i + REMINDERS_PER_STATEMENT);
        if (dialectOf(strapi) === 'postgres') {
          // as one JSON value (persistence/json-rows.ts); json_populate_recordset takes each column's type from the table
          const columns = [...new Set(chunk.flatMap((row) => Object.keys(row)))];
          const names = columns.map(() => '??').join(', ');
          await knex().raw(`INSERT INTO ?? (${names}) SELECT ${names} FROM json_populate_recordset(NULL::??, ?::json) ON CONFLICT (dedupe_key) DO NOTHING`, [
            TABLE.letter,
            ...columns,
            ...columns,
            TABLE.letter,
            rowsAsJson(strapi, chunk, columns, ['context']),
          ]);
        } else {
          await knex()(TABLE.letter).insert(chunk).onConflict('dedupe_key').ignore();
        }
      }
    },
  };
}
