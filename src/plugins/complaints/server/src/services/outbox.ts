/**
 * The outbox worker: claims due letters with a lease (one UPDATE … RETURNING; on PostgreSQL with
 * FOR UPDATE SKIP LOCKED, so two instances never claim the same letter), has them rendered with the
 * current template and composed on the composer thread (letters/composer.ts), sends e-mail through
 * Strapi's email plugin with a stable Message-ID, or keeps postal letters for printing. A failure goes back in the queue with an exponential backoff; after the last
 * attempt the letter is `failed`, visible to staff with the error and a retry button. A letter whose
 * worker died mid-send is reclaimed when its lease runs out.
 */
import crypto from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import type { ComposedLetter } from '../letters/compose';
import { createLetterComposer } from '../letters/composer';
import { TemplateRenderError } from '../letters/compose';
import type { LetterAudience, LetterKind } from '../letters/types';
import { TABLE } from '../uids';
import { SYSTEM } from './actor';
import { getService } from './registry';

export interface OutboxConfig {
  batchSize: number;
  concurrency: number;
  maxAttempts: number;
  backoffSeconds: number;
  leaseSeconds: number;
  pollSeconds: number;
  /** Compose letters on a thread of their own (COMPLAINTS_OUTBOX_COMPOSE_THREAD). */
  composeThread: boolean;
}

const CRON_NAME = 'complaints-outbox';
/**
 * Marks committed together: at most this many, and on SQLite at most this long after the first of them
 * (there every commit is an fsync that stops the event loop). On PostgreSQL a mark goes out as soon as the
 * previous statement is done — marks gather meanwhile —, which keeps the moments short in which a letter
 * the SMTP server accepted is not yet on the record (a crash then sends it again).
 */
export const MARK_BATCH = 64;
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

export function backoffMs(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), 3600) * 1000;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  let draining: Promise<number> | null = null;
  let again = false;
  let warnedNoSmtp = false;

  const config = () => strapi.config.get('plugin::complaints.outbox') as OutboxConfig;
  const smtpConfigured = () => Boolean(strapi.config.get('plugin::email.providerOptions.host'));
  let composer: ReturnType<typeof createLetterComposer> | null = null;
  const letterComposer = () =>
    (composer ??= createLetterComposer({
      thread: config().composeThread !== false,
      onThreadError: (error) => strapi.log.error(`[complaints] outbox composer thread: ${error?.stack ?? error}`),
    }));

  /** A claimed letter as the worker needs it, straight from the claim's RETURNING (no second read). */
  interface ClaimedLetter {
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

  /** Claims up to `limit` due letters for this worker (a lease, so a dead worker's letters come back). */
  async function claim(limit: number): Promise<ClaimedLetter[]> {
    const now = getService(strapi, 'clock').now();
    const leaseUntil = new Date(now.getTime() + config().leaseSeconds * 1000);
    const knex = strapi.db.connection;
    const postgres = strapi.db.dialect.client === 'postgres';
    const emailAllowed = smtpConfigured();
    const due = knex(TABLE.letter)
      .select('id')
      .where((q: any) => {
        q.where((w: any) => w.where('status', 'queued').andWhere('next_attempt_at', '<=', now)).orWhere((w: any) => w.where('status', 'sending').andWhere('claimed_until', '<', now));
      })
      .modify((q: any) => {
        if (!emailAllowed) q.andWhere('channel', 'post');
      })
      .orderBy('id')
      .limit(limit);
    if (postgres) due.forUpdate().skipLocked();
    const rows = await knex(TABLE.letter)
      .whereIn('id', due)
      .update({ status: 'sending', claimed_by: workerId, claimed_until: leaseUntil, attempts: knex.raw('attempts + 1') })
      // the context as text: it is parsed where the letter is composed, not here (PostgreSQL would parse the jsonb)
      .returning(['id', 'complaint_id', 'kind', 'audience', 'channel', 'locale', 'recipient_name', 'recipient_email', knex.raw('CAST(context AS TEXT) AS context'), 'attempts', 'message_id']);
    return rows
      .map((r: any) => ({
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
      }))
      .sort((a: ClaimedLetter, b: ClaimedLetter) => a.id - b.id);
  }

  /** A claimed letter whose composition has started. */
  interface Composing {
    letter: ClaimedLetter;
    composed: Promise<ComposedLetter>;
    from: string;
    to: string | { name: string; address: string };
  }

  interface Mark {
    letter: ClaimedLetter;
    columns: Record<string, unknown>;
    audit?: { type: string; data: Record<string, unknown> };
    done: (error?: unknown) => void;
  }
  let marks: Mark[] = [];
  let flushing = false;

  /**
   * Marks a letter, only while this worker still holds it (a reclaimed letter is left alone); resolves once
   * the mark is committed. Marks go together in one statement and commit (group commit, see
   * scheduleFlush): on SQLite every commit is an fsync that stops the event loop, and with it every SMTP
   * conversation in progress; on PostgreSQL every statement is a round trip. Sending is on the record of
   * the letter row itself (the dossier's timeline shows it); rare outcomes (failed, to print) also get an
   * audit event.
   */
  function settle(letter: ClaimedLetter, data: Record<string, unknown>, audit?: Mark['audit']): Promise<void> {
    const columns: Record<string, unknown> = { claimed_by: null, claimed_until: null, updated_at: getService(strapi, 'clock').now() };
    for (const [key, value] of Object.entries(data)) columns[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
    return new Promise<void>((resolve, reject) => {
      marks.push({ letter, columns, audit, done: (error) => (error ? reject(error) : resolve()) });
      if (!flushing) scheduleFlush();
    });
  }

  /**
   * The first mark of a batch schedules its commit (on SQLite a few milliseconds ahead), so the marks of
   * every sender finishing meanwhile share it; a full batch commits at once. Senders never wait for it;
   * the price is that a crash in that moment resends a letter with the same Message-ID (as a crash
   * between sending and marking always could).
   */
  let flushTimer: NodeJS.Timeout | null = null;
  function scheduleFlush(): void {
    if (marks.length >= MARK_BATCH) {
      if (flushTimer) clearTimeout(flushTimer);
      flushTimer = null;
      setImmediate(flushMarks);
    } else if (!flushTimer) {
      flushTimer = setTimeout(
        () => {
          flushTimer = null;
          void flushMarks();
        },
        strapi.db.dialect.client === 'postgres' ? 0 : SQLITE_MARK_DELAY_MS,
      );
    }
  }

  /**
   * One UPDATE for the whole batch (each column a CASE over the letter ids, its current value where a
   * mark leaves it alone), only for letters this worker still holds; answers the ids it marked.
   */
  async function markAll(batch: Mark[]): Promise<Set<number>> {
    const postgres = strapi.db.dialect.client === 'postgres';
    const bindings: unknown[] = [];
    const sets = [...new Set(batch.flatMap((mark) => Object.keys(mark.columns)))].map((column) => {
      // PostgreSQL cannot infer a parameter's type inside CASE; SQLite takes values as they are
      const value = postgres ? `CAST(? AS ${PG_COLUMN_TYPES[column] ?? 'text'})` : '?';
      bindings.push(column);
      const whens = batch
        .filter((mark) => column in mark.columns)
        .map((mark) => {
          bindings.push(mark.letter.id, mark.columns[column]);
          return `WHEN ? THEN ${value}`;
        });
      bindings.push(column);
      return `?? = CASE id ${whens.join(' ')} ELSE ?? END`;
    });
    const ids = batch.map((mark) => mark.letter.id);
    const result = await strapi.db.connection.raw(
      `UPDATE ?? SET ${sets.join(', ')} WHERE id IN (${ids.map(() => '?').join(', ')}) AND claimed_by = ? AND status = 'sending' RETURNING id`,
      [TABLE.letter, ...bindings, ...ids, workerId],
    );
    const rows: Array<{ id: number | string }> = Array.isArray(result) ? result : result.rows;
    return new Set(rows.map((row) => Number(row.id)));
  }

  async function flushMarks(): Promise<void> {
    if (flushing || !marks.length) return;
    flushing = true;
    const batch = marks;
    marks = [];
    try {
      const marked = await markAll(batch);
      // after the commit: the audit service writes in a transaction of its own
      for (const mark of batch) {
        if (marked.has(mark.letter.id) && mark.audit) await getService(strapi, 'audit').record({ complaintId: mark.letter.complaintId, type: mark.audit.type, actor: SYSTEM, data: mark.audit.data, at: getService(strapi, 'clock').now() });
      }
      for (const mark of batch) mark.done();
    } catch (error) {
      for (const mark of batch) mark.done(error);
    } finally {
      flushing = false;
      if (marks.length) scheduleFlush();
    }
  }

  /**
   * Marks still being committed. A sender does not wait for its letter's mark (the SMTP conversations of
   * the others would wait with it); a drain ends only when all are on the record. A mark that cannot be
   * written leaves the letter `sending`: its lease runs out and it is sent again — late, never lost.
   */
  const inFlight = new Set<Promise<void>>();
  function markInBackground(letter: ClaimedLetter, mark: Promise<void>): void {
    const tracked: Promise<void> = mark
      .catch((error) => {
        strapi.log.warn(`[complaints] letter ${letter.id}: could not record its state (${(error as Error)?.message ?? error}); it is sent again when its lease ends`);
      })
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }

  /**
   * Starts composing a claimed letter (on the composer thread), so that it is ready by the time a sender
   * takes it: composing and the SMTP conversations of other letters overlap.
   */
  function startComposing(letter: ClaimedLetter): Composing {
    const email = letter.channel === 'email';
    const to = letter.recipientName ? { name: letter.recipientName, address: letter.recipientEmail as string } : (letter.recipientEmail as string);
    const { defaultFrom, defaultReplyTo } = strapi.config.get('plugin::email.settings') as { defaultFrom: string; defaultReplyTo?: string };
    const composed = getService(strapi, 'letterTemplates')
      .get(letter.kind, letter.audience, letter.locale)
      .then((template) =>
        letterComposer().compose({
          template,
          context: letter.context,
          email: email ? { from: defaultFrom, replyTo: defaultReplyTo, to, messageId: letter.messageId, kind: letter.kind } : undefined,
        }),
      );
    // awaited by deliver(); until then a failure must not count as unhandled
    composed.catch(() => undefined);
    return { letter, composed, from: defaultFrom, to };
  }

  async function deliver({ letter, composed: composing, from, to }: Composing): Promise<void> {
    const auditData = { letterId: letter.id, kind: letter.kind, channel: letter.channel };
    let mark: Promise<void>;
    try {
      const composed = await composing;
      const content = { subject: composed.subject, blocks: composed.blocksJson };
      if (letter.channel === 'post') {
        mark = settle(letter, { ...content, status: 'to_print', lastError: null }, { type: 'letter.to_print', data: auditData });
      } else {
        // the message as composed; the provider takes the envelope from `from` and `to`
        const raw = composed.raw as Uint8Array;
        await strapi.plugin('email').service('email').send({ from, to, messageId: letter.messageId, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) });
        mark = settle(letter, { ...content, status: 'sent', sentAt: getService(strapi, 'clock').now(), lastError: null });
      }
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      const now = getService(strapi, 'clock').now();
      // a template that fails on this letter's data fails again on every retry: failed at once, in the dossier
      if (error instanceof TemplateRenderError || letter.attempts >= config().maxAttempts) {
        strapi.log.warn(`[complaints] letter ${letter.id} (${letter.kind}) failed after ${letter.attempts} attempts: ${message}`);
        mark = settle(letter, { status: 'failed', lastError: message }, { type: 'letter.failed', data: { ...auditData, error: message } });
      } else {
        mark = settle(letter, { status: 'queued', lastError: message, nextAttemptAt: new Date(now.getTime() + backoffMs(letter.attempts, config().backoffSeconds)) });
      }
    }
    markInBackground(letter, mark);
  }

  /**
   * Works the queue with `concurrency` senders that never wait for each other: when the letters in hand
   * run low, one claim fetches the next batch while the senders go on.
   */
  async function drainOnce(): Promise<number> {
    const queue: Composing[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let delivered = 0;
    const refill = () => {
      if (!claiming && !exhausted) {
        claiming = claim(config().batchSize)
          .then((letters) => {
            if (!letters.length) exhausted = true;
            queue.push(...letters.map(startComposing));
          })
          .finally(() => (claiming = null));
      }
      return claiming;
    };
    const sender = async () => {
      for (;;) {
        if (queue.length <= config().concurrency) void refill();
        const letter = queue.shift();
        if (letter) {
          await deliver(letter);
          delivered += 1;
          continue;
        }
        if (claiming) await claiming;
        else if (exhausted) return;
        else await refill();
        if (!queue.length && exhausted) return;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, config().concurrency) }, sender));
    while (inFlight.size) await Promise.all([...inFlight]);
    return delivered;
  }

  return {
    workerId,

    /** Works the queue until nothing is due; concurrent calls share one run (and trigger one more). */
    async drain(): Promise<number> {
      if (draining) {
        again = true;
        return draining;
      }
      draining = (async () => {
        let total = 0;
        try {
          do {
            again = false;
            total += await drainOnce();
          } while (again);
        } finally {
          draining = null;
        }
        return total;
      })();
      return draining;
    },

    /** After a commit that queued letters: deliver soon, without blocking the request. */
    wake(): void {
      if (!this.running()) return;
      setImmediate(() => {
        this.drain().catch((error) => strapi.log.error(`[complaints] outbox: ${error?.stack ?? error}`));
      });
    },

    running(): boolean {
      return Boolean((strapi.config.get('plugin::complaints') as { jobsEnabled?: boolean }).jobsEnabled);
    },

    /** Bootstrap: poll on Strapi's cron (every instance; claims keep them apart). */
    start(): void {
      if (!this.running()) return;
      if (!smtpConfigured() && !warnedNoSmtp) warnedNoSmtp = true;
      const seconds = Math.max(1, config().pollSeconds);
      strapi.cron.add({
        [CRON_NAME]: {
          task: () => this.drain().catch((error) => strapi.log.error(`[complaints] outbox: ${error?.stack ?? error}`)),
          options: { rule: `*/${seconds} * * * * *` },
        },
      });
      this.wake();
    },

    async stop(): Promise<void> {
      strapi.cron.remove(CRON_NAME);
      if (draining) await draining.catch(() => undefined);
      await composer?.close();
      composer = null;
    },

    /** Counts per status (overview, benchmarks). */
    async counts(): Promise<Record<string, number>> {
      const rows = await strapi.db.connection(TABLE.letter).select('status').count({ n: '*' }).groupBy('status');
      return Object.fromEntries((rows as Array<{ status: string; n: string | number }>).map((r) => [r.status, Number(r.n)]));
    },
  };
};
