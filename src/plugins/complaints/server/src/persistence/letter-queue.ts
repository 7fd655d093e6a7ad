/**
 * The outbox's letters as the worker claims and marks them (the letter rows of content-types/letter.ts).
 *
 * A claim is one UPDATE … RETURNING: on PostgreSQL with FOR UPDATE SKIP LOCKED, so two instances never
 * claim the same letter. Every statement after it names the claims it may touch — worker and attempt
 * number — so a worker that lost a letter cannot overwrite the new owner's record.
 */
import type { Core } from '@strapi/strapi';
import { retryWhileBusy } from '../database-outage';
import type { LetterAudience, LetterKind } from '../letters/types';
import { TABLE } from '../uids';
import { dialectOf, returnedRows, toColumns, type Executor } from './database';

/** A claimed letter as the worker needs it, straight from the claim's RETURNING (no second read). */
export interface ClaimedLetter {
  id: number;
  complaintId: number;
  kind: LetterKind;
  audience: LetterAudience;
  channel: 'email' | 'post';
  locale: 'nl' | 'en';
  recipientName: string | null;
  recipientEmail: string | null;
  /** The stored context as JSON text; parsed where the letter is composed. */
  context: string;
  attempts: number;
  messageId: string;
}

/** A claim: the letter and the attempt number it was claimed with (the fence). */
export interface LetterClaim {
  id: number;
  attempts: number;
}

/** What a mark changes besides letting the letter go (its claim ends with it). */
export interface LetterChanges {
  status: 'sent' | 'to_print' | 'failed' | 'queued';
  subject?: string;
  /** The composed blocks as JSON text. */
  blocks?: string;
  lastError?: string | null;
  sentAt?: Date;
  nextAttemptAt?: Date;
}

export interface LetterMark {
  claim: LetterClaim;
  changes: LetterChanges;
  /** When the mark was made. */
  at: Date;
}

interface ClaimRow {
  id: number;
  complaint_id: number;
  kind: LetterKind;
  audience: LetterAudience;
  channel: 'email' | 'post';
  locale: 'nl' | 'en';
  recipient_name: string | null;
  recipient_email: string | null;
  context: string;
  attempts: number | string;
  message_id: string;
}

type IdRow = { id: number | string };

/**
 * On SQLite every commit is an fsync that stops the event loop: marks wait this long after the first of
 * them, so the marks of every sender finishing meanwhile share one. On PostgreSQL a mark goes out as soon
 * as the previous statement is done — marks gather meanwhile —, which keeps the moments short in which a
 * letter the SMTP server accepted is not yet on the record (a crash then sends it again).
 */
const SQLITE_MARK_DELAY_MS = 20;

/** The types of the columns a mark sets, as PostgreSQL names them (content-types/letter.ts). */
const PG_COLUMN_TYPES: Record<string, string> = {
  status: 'varchar',
  subject: 'text',
  blocks: 'jsonb',
  last_error: 'text',
  claimed_by: 'varchar',
  claimed_until: 'timestamp',
  next_attempt_at: 'timestamp',
  sent_at: 'timestamp',
  updated_at: 'timestamp',
};

/** `(id, attempts) IN ((?, ?), …)`: the claims a statement may touch, with their bindings. */
function claimsClause(claims: LetterClaim[]): { sql: string; bindings: number[] } {
  return { sql: `(id, attempts) IN (${claims.map(() => '(?, ?)').join(', ')})`, bindings: claims.flatMap((claim) => [claim.id, claim.attempts]) };
}

export function letterQueue(strapi: Core.Strapi, workerId: string) {
  /**
   * One UPDATE for the whole batch (each column a CASE over the letter ids, its current value where a
   * mark leaves it alone), only for the claims this worker still holds; answers the ids it marked.
   */
  async function markAll(trx: Executor, batch: Array<{ claim: LetterClaim; columns: Record<string, unknown> }>): Promise<Set<number>> {
    const postgres = dialectOf(strapi) === 'postgres';
    const bindings: unknown[] = [];
    const sets = [...new Set(batch.flatMap((mark) => Object.keys(mark.columns)))].map((column) => {
      // PostgreSQL cannot infer a parameter's type inside CASE; SQLite takes values as they are
      const value = postgres ? `CAST(? AS ${PG_COLUMN_TYPES[column] ?? 'text'})` : '?';
      bindings.push(column);
      const whens = batch
        .filter((mark) => column in mark.columns)
        .map((mark) => {
          bindings.push(mark.claim.id, mark.columns[column]);
          return `WHEN ? THEN ${value}`;
        });
      bindings.push(column);
      return `?? = CASE id ${whens.join(' ')} ELSE ?? END`;
    });
    const claims = claimsClause(batch.map((mark) => mark.claim));
    const result = await trx.raw(`UPDATE ?? SET ${sets.join(', ')} WHERE ${claims.sql} AND claimed_by = ? AND status = 'sending' RETURNING id`, [
      TABLE.letter,
      ...bindings,
      ...claims.bindings,
      workerId,
    ]);
    return new Set(returnedRows<IdRow>(result).map((row) => Number(row.id)));
  }

  return {
    /** How long the first mark of a batch waits for others before they are committed together. */
    markDelayMs(): number {
      return dialectOf(strapi) === 'postgres' ? 0 : SQLITE_MARK_DELAY_MS;
    },

    /**
     * Claims up to `limit` due letters (queued and due, or sending with a lease that ran out) until
     * `leaseUntil`; post letters only when e-mail cannot be sent. Sorted by id.
     */
    async claim(limit: number, now: Date, leaseUntil: Date, emailAllowed: boolean): Promise<ClaimedLetter[]> {
      const knex = strapi.db.connection;
      const due = knex(TABLE.letter)
        .select('id')
        .where((q) => {
          q.where((w) => w.where('status', 'queued').andWhere('next_attempt_at', '<=', now)).orWhere((w) => w.where('status', 'sending').andWhere('claimed_until', '<', now));
        })
        .modify((q) => {
          if (!emailAllowed) q.andWhere('channel', 'post');
        })
        .orderBy('id')
        .limit(limit);
      if (dialectOf(strapi) === 'postgres') due.forUpdate().skipLocked();
      const rows: ClaimRow[] = await retryWhileBusy(() =>
        knex(TABLE.letter)
          .whereIn('id', due)
          .update({ status: 'sending', claimed_by: workerId, claimed_until: leaseUntil, attempts: knex.raw('attempts + 1') })
          // the context as text: it is parsed where the letter is composed, not here (PostgreSQL would parse the jsonb)
          .returning(['id', 'complaint_id', 'kind', 'audience', 'channel', 'locale', 'recipient_name', 'recipient_email', knex.raw('CAST(context AS TEXT) AS context'), 'attempts', 'message_id']),
      );
      return rows
        .map(
          (r): ClaimedLetter => ({
            id: r.id,
            complaintId: r.complaint_id,
            kind: r.kind,
            audience: r.audience,
            channel: r.channel,
            locale: r.locale,
            recipientName: r.recipient_name,
            recipientEmail: r.recipient_email,
            context: r.context,
            attempts: Number(r.attempts),
            messageId: r.message_id,
          }),
        )
        .sort((a, b) => a.id - b.id);
    },

    /** Extends the lease of these claims until `until` in one statement; answers the ids still this worker's. */
    async renew(claims: LetterClaim[], until: Date): Promise<Set<number>> {
      const clause = claimsClause(claims);
      const result = await retryWhileBusy(() =>
        strapi.db.connection.raw(`UPDATE ?? SET claimed_until = ? WHERE ${clause.sql} AND claimed_by = ? AND status = 'sending' RETURNING id`, [
          TABLE.letter,
          until,
          ...clause.bindings,
          workerId,
        ]),
      );
      return new Set(returnedRows<IdRow>(result).map((row) => Number(row.id)));
    },

    /**
     * The marks of a batch and the audit events `eventsFor` derives from what was marked, in one
     * transaction; a mark ends the letter's claim. A mark that meets another process's SQLite lock waits
     * its turn: given up, the letter would be sent again.
     */
    async commitMarks(marks: LetterMark[], eventsFor: (marked: Set<number>) => Array<Record<string, unknown>>): Promise<void> {
      const batch = marks.map(({ claim, changes, at }) => ({ claim, columns: { claimed_by: null, claimed_until: null, updated_at: at, ...toColumns({ ...changes }) } }));
      await retryWhileBusy(
        () =>
          strapi.db.transaction(async ({ trx }) => {
            const events = eventsFor(await markAll(trx, batch));
            if (events.length) await trx(TABLE.event).insert(events);
          }),
        30_000,
      );
    },
  };
}

/** A datetime column as the driver returns it: a Date (PostgreSQL), epoch milliseconds (SQLite), or text. */
function millis(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^\d+$/.test(text) ? Number(text) : Date.parse(text);
}

/**
 * The letters waiting and due, and since when the oldest due letter waits (epoch ms; null when none is
 * due): the same notion of "due" as the claim, served by the (status, next_attempt_at) index.
 */
export async function outboxBacklog(strapi: Core.Strapi, now: Date): Promise<{ queued: number; due: number; oldestDue: number | null }> {
  const knex = strapi.db.connection;
  const due = `(status = 'queued' AND next_attempt_at <= ?) OR (status = 'sending' AND claimed_until < ?)`;
  const row = (await knex(TABLE.letter)
    .whereIn('status', ['queued', 'sending'])
    .first(
      knex.raw(`SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS queued`),
      knex.raw(`SUM(CASE WHEN ${due} THEN 1 ELSE 0 END) AS due`, [now, now]),
      knex.raw(`MIN(CASE WHEN status = 'queued' AND next_attempt_at <= ? THEN next_attempt_at WHEN status = 'sending' AND claimed_until < ? THEN claimed_until END) AS oldest_due`, [now, now]),
    )) as { queued: unknown; due: unknown; oldest_due: unknown } | undefined;
  const oldest = millis(row?.oldest_due);
  return { queued: Number(row?.queued ?? 0), due: Number(row?.due ?? 0), oldestDue: oldest === null || Number.isNaN(oldest) ? null : oldest };
}
