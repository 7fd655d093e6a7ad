/**
 * The outbox worker: claims due letters with a lease (one UPDATE … RETURNING; on PostgreSQL with
 * FOR UPDATE SKIP LOCKED, so two instances never claim the same letter), has them rendered with the
 * current template and composed on the composer thread (letters/composer.ts), sends e-mail through
 * Strapi's email plugin with a stable Message-ID, or keeps postal letters for printing. A failure goes back in the queue with an exponential backoff; after the last
 * attempt the letter is `failed`, visible to staff with the error and a retry button.
 *
 * The lease: a claimed letter is this worker's while the worker is alive and working on it. A heartbeat
 * renews the lease of every letter in hand, a letter is sent only while its lease holds (renewed first
 * when it runs low), and every mark names the claim it belongs to (worker and attempt number), so a worker
 * that lost a letter cannot overwrite the new owner's record. A letter whose worker died or stalled past
 * its lease is reclaimed by the next claim. What no lease can close: a worker that stalls in the middle of
 * an SMTP conversation; its late mark is refused and the possible repeat is written in the dossier.
 */
import crypto from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import type { ComposedLetter } from '../letters/compose';
import { retryWhileBusy } from '../database-outage';
import { createLetterComposer } from '../letters/composer';
import { TemplateRenderError } from '../letters/compose';
import type { LetterAudience, LetterKind } from '../letters/types';
import { statusLinkSecret } from '../status-link';
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

/** The share of the lease after which the heartbeat renews it, and below which a sender renews first. */
const RENEW_FRACTION = 1 / 3;
/** A claim holds at most what the current pace sends in this share of the lease. */
const CLAIM_LEASE_FRACTION = 1 / 2;

/**
 * How many letters one claim may take: before the pace is known one per sender, then what the senders
 * get through in half a lease at the pace of this drain, within [concurrency, batchSize].
 */
export function claimLimit(options: { batchSize: number; concurrency: number; leaseSeconds: number; delivered: number; elapsedMs: number }): number {
  const floor = Math.max(1, Math.min(options.concurrency, options.batchSize));
  if (options.delivered === 0 || options.elapsedMs <= 0) return floor;
  const perLease = Math.floor((options.delivered / options.elapsedMs) * options.leaseSeconds * 1000 * CLAIM_LEASE_FRACTION);
  return Math.max(floor, Math.min(options.batchSize, perLease));
}

export function backoffMs(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempts - 1), 3600) * 1000;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workerId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
  let draining: Promise<number> | null = null;
  let again = false;

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
    const rows = await retryWhileBusy(() =>
      knex(TABLE.letter)
        .whereIn('id', due)
        .update({ status: 'sending', claimed_by: workerId, claimed_until: leaseUntil, attempts: knex.raw('attempts + 1') })
        // the context as text: it is parsed where the letter is composed, not here (PostgreSQL would parse the jsonb)
        .returning(['id', 'complaint_id', 'kind', 'audience', 'channel', 'locale', 'recipient_name', 'recipient_email', knex.raw('CAST(context AS TEXT) AS context'), 'attempts', 'message_id']),
    );
    const letters: ClaimedLetter[] = rows
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
    for (const letter of letters) held.set(letter.id, { attempts: letter.attempts, leaseUntil: leaseUntil.getTime() });
    if (letters.length) startHeartbeat();
    return letters;
  }

  /**
   * The letters this worker holds, with the claim's attempt number (the fence) and the end of the lease
   * as last written. A letter leaves when its mark is on the record, when its mark could not be written
   * (its lease then runs out and it is sent again), or when a renewal finds it taken over.
   */
  const held = new Map<number, { attempts: number; leaseUntil: number }>();
  let heartbeat: NodeJS.Timeout | null = null;
  let renewing: Promise<void> | null = null;
  const leaseMs = () => config().leaseSeconds * 1000;

  function release(id: number): void {
    held.delete(id);
    if (!held.size && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
    }
  }

  function startHeartbeat(): void {
    if (heartbeat) return;
    heartbeat = setInterval(renewHeld, Math.max(50, leaseMs() * RENEW_FRACTION));
    heartbeat.unref();
  }

  /** `(id, attempts) IN ((?, ?), …)`: the claims a statement may touch, with their bindings. */
  function claimsClause(ids: number[]): { sql: string; bindings: number[] } {
    const bindings: number[] = [];
    for (const id of ids) bindings.push(id, held.get(id)?.attempts ?? -1);
    return { sql: `(id, attempts) IN (${ids.map(() => '(?, ?)').join(', ')})`, bindings };
  }

  /**
   * Extends the lease of the given letters (all held ones by default) in one statement; a letter the
   * statement does not find under this worker's claim was taken over and is let go. A database that does
   * not answer leaves the leases as they were: a sender then finds its lease running low and does not send.
   */
  async function renew(ids: number[] = [...held.keys()]): Promise<void> {
    if (!ids.length) return;
    const until = new Date(getService(strapi, 'clock').now().getTime() + leaseMs());
    const claims = claimsClause(ids);
    const result = await retryWhileBusy(() =>
      strapi.db.connection.raw(`UPDATE ?? SET claimed_until = ? WHERE ${claims.sql} AND claimed_by = ? AND status = 'sending' RETURNING id`, [TABLE.letter, until, ...claims.bindings, workerId]),
    );
    const renewed = new Set((Array.isArray(result) ? result : result.rows).map((row: { id: number | string }) => Number(row.id)));
    for (const id of ids) {
      const claim = held.get(id);
      if (!claim) continue;
      if (renewed.has(id)) claim.leaseUntil = until.getTime();
      else {
        strapi.log.warn(`[complaints] letter ${id}: its lease was taken over by another worker; this worker lets it go`);
        release(id);
      }
    }
  }

  function renewHeld(): void {
    renewing ??= renew()
      .catch((error) => {
        strapi.log.warn(`[complaints] outbox: could not renew leases (${(error as Error)?.message ?? error})`);
      })
      .finally(() => (renewing = null));
  }

  /**
   * Whether this worker may send the letter now: it still holds it, with lease enough for the send
   * (renewed first when it runs low; the heartbeat keeps renewing it during the conversation).
   */
  async function holdsLease(letter: ClaimedLetter): Promise<boolean> {
    const claim = held.get(letter.id);
    if (!claim || claim.attempts !== letter.attempts) return false;
    if (claim.leaseUntil - getService(strapi, 'clock').now().getTime() > leaseMs() * RENEW_FRACTION) return true;
    try {
      await renew([letter.id]);
    } catch (error) {
      strapi.log.warn(`[complaints] letter ${letter.id}: could not renew its lease (${(error as Error)?.message ?? error}); not sent now`);
      release(letter.id);
      return false;
    }
    return held.has(letter.id);
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
   * mark leaves it alone), only for the claims this worker still holds (worker and attempt number);
   * answers the ids it marked.
   */
  async function markAll(trx: Core.Strapi['db']['connection'], batch: Mark[]): Promise<Set<number>> {
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
    const claims = batch.flatMap((mark) => [mark.letter.id, mark.letter.attempts]);
    const result = await trx.raw(
      `UPDATE ?? SET ${sets.join(', ')} WHERE (id, attempts) IN (${batch.map(() => '(?, ?)').join(', ')}) AND claimed_by = ? AND status = 'sending' RETURNING id`,
      [TABLE.letter, ...bindings, ...claims, workerId],
    );
    const rows: Array<{ id: number | string }> = Array.isArray(result) ? result : result.rows;
    return new Set(rows.map((row) => Number(row.id)));
  }

  /**
   * The marks of a batch and their audit events in one transaction. A letter sent while another worker
   * had taken it over (this worker stalled past its lease mid-send) is not marked by this worker; its
   * dossier records that the complainant may get it twice (with the same Message-ID).
   */
  async function flushMarks(): Promise<void> {
    if (flushing || !marks.length) return;
    flushing = true;
    const batch = marks;
    marks = [];
    try {
      // a mark that meets another process's SQLite lock waits its turn: given up, the letter would be sent again
      let repeated: number[] = [];
      await retryWhileBusy(
        () =>
          strapi.db.transaction(async ({ trx }) => {
            const marked = await markAll(trx, batch);
            const at = getService(strapi, 'clock').now();
            const audit = getService(strapi, 'audit');
            repeated = batch.filter((mark) => !marked.has(mark.letter.id) && mark.columns.status === 'sent').map((mark) => mark.letter.id);
            const events = batch.flatMap(({ letter, audit: event }) => {
              if (marked.has(letter.id)) return event ? [audit.row({ complaintId: letter.complaintId, ...event, actor: SYSTEM, at })] : [];
              if (!repeated.includes(letter.id)) return [];
              const data = { letterId: letter.id, kind: letter.kind, channel: letter.channel };
              return [audit.row({ complaintId: letter.complaintId, type: 'letter.possibly_duplicated', data, actor: SYSTEM, at })];
            });
            if (events.length) await trx(TABLE.event).insert(events);
          }),
        30_000,
      );
      for (const id of repeated) strapi.log.warn(`[complaints] letter ${id}: sent after its lease had passed to another worker; it may arrive twice`);
      for (const mark of batch) mark.done();
    } catch (error) {
      for (const mark of batch) mark.done(error);
    } finally {
      for (const mark of batch) release(mark.letter.id);
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
          statusLinkSecret: letter.audience === 'complainant' ? statusLinkSecret(strapi) : undefined,
          email: email ? { from: defaultFrom, replyTo: defaultReplyTo, to, messageId: letter.messageId, kind: letter.kind } : undefined,
        }),
      );
    // awaited by deliver(); until then a failure must not count as unhandled
    composed.catch(() => undefined);
    return { letter, composed, from: defaultFrom, to };
  }

  /** Sends (or files for printing) one letter; false when its lease was lost first and it was left alone. */
  async function deliver({ letter, composed: composing, from, to }: Composing): Promise<boolean> {
    const auditData = { letterId: letter.id, kind: letter.kind, channel: letter.channel };
    let mark: Promise<void>;
    try {
      const composed = await composing;
      if (!(await holdsLease(letter))) return false;
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
    return true;
  }

  /**
   * Works the queue with `concurrency` senders that never wait for each other: when the letters in hand
   * run low, one claim fetches the next batch (as many as the pace sends within the lease) while the
   * senders go on.
   */
  async function drainOnce(): Promise<number> {
    const queue: Composing[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let delivered = 0;
    const started = Date.now();
    const refill = () => {
      if (!claiming && !exhausted) {
        const { batchSize, concurrency, leaseSeconds } = config();
        claiming = claim(claimLimit({ batchSize, concurrency, leaseSeconds, delivered, elapsedMs: Date.now() - started }))
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
          if (await deliver(letter)) delivered += 1;
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
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      await composer?.close();
      composer = null;
    },
  };
};
