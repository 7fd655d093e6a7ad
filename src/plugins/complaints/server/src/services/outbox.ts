/**
 * The outbox worker: claims due letters with a lease (one UPDATE … RETURNING; on PostgreSQL with
 * FOR UPDATE SKIP LOCKED, so two instances never claim the same letter), renders them with the current
 * template, sends e-mail through Strapi's email plugin with a stable Message-ID, or renders postal
 * letters for printing. A failure goes back in the queue with an exponential backoff; after the last
 * attempt the letter is `failed`, visible to staff with the error and a retry button. A letter whose
 * worker died mid-send is reclaimed when its lease runs out.
 */
import crypto from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import { renderLetter } from '../letters/templates';
import type { LetterAudience, LetterContext, LetterKind } from '../letters/types';
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
}

const CRON_NAME = 'complaints-outbox';

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
    context: LetterContext;
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
      .returning(['id', 'complaint_id', 'kind', 'audience', 'channel', 'locale', 'recipient_name', 'recipient_email', 'context', 'attempts', 'message_id']);
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
        context: typeof r.context === 'string' ? JSON.parse(r.context) : r.context,
        attempts: Number(r.attempts),
        messageId: r.message_id,
      }))
      .sort((a: ClaimedLetter, b: ClaimedLetter) => a.id - b.id);
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
   * the mark is committed. Marks asked for while a commit is under way go together in the next one (group
   * commit): on SQLite every commit is an fsync that stops the event loop, and with it every SMTP
   * conversation in progress. Sending is on the record of the letter row itself (the dossier's timeline
   * shows it); rare outcomes (failed, to print) also get an audit event.
   */
  function settle(letter: ClaimedLetter, data: Record<string, unknown>, audit?: Mark['audit']): Promise<void> {
    const columns: Record<string, unknown> = { claimed_by: null, claimed_until: null, updated_at: getService(strapi, 'clock').now() };
    for (const [key, value] of Object.entries(data)) columns[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = key === 'blocks' ? JSON.stringify(value) : value;
    return new Promise<void>((resolve, reject) => {
      marks.push({ letter, columns, audit, done: (error) => (error ? reject(error) : resolve()) });
      // the first mark of a batch schedules its commit; a commit under way schedules the next itself
      if (marks.length === 1 && !flushing) setImmediate(flushMarks);
    });
  }

  async function flushMarks(): Promise<void> {
    if (flushing || !marks.length) return;
    flushing = true;
    const batch = marks;
    marks = [];
    try {
      const counts: number[] = await strapi.db.connection.transaction(async (trx: any) => {
        const result: number[] = [];
        for (const mark of batch) result.push(await trx(TABLE.letter).where({ id: mark.letter.id, claimed_by: workerId, status: 'sending' }).update(mark.columns));
        return result;
      });
      // after the commit: the audit service writes in a transaction of its own
      for (const [i, mark] of batch.entries()) {
        if (counts[i] && mark.audit) await getService(strapi, 'audit').record({ complaintId: mark.letter.complaintId, type: mark.audit.type, actor: SYSTEM, data: mark.audit.data, at: getService(strapi, 'clock').now() });
      }
      for (const mark of batch) mark.done();
    } catch (error) {
      for (const mark of batch) mark.done(error);
    } finally {
      flushing = false;
      if (marks.length) setImmediate(flushMarks);
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

  async function deliver(letter: ClaimedLetter): Promise<void> {
    const auditData = { letterId: letter.id, kind: letter.kind, channel: letter.channel };
    let mark: Promise<void>;
    try {
      const template = await getService(strapi, 'letterTemplates').get(letter.kind, letter.audience, letter.locale);
      const rendered = renderLetter(template, letter.context);
      const content = { subject: rendered.subject, bodyHtml: rendered.html, bodyText: rendered.text, blocks: rendered.blocks };

      if (letter.channel === 'post') {
        mark = settle(letter, { ...content, status: 'to_print', lastError: null }, { type: 'letter.to_print', data: auditData });
      } else {
        await strapi.plugin('email').service('email').send({
          to: letter.recipientName ? { name: letter.recipientName, address: letter.recipientEmail } : letter.recipientEmail,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId: letter.messageId,
          headers: { 'X-Klacht-Referentie': letter.context.complaint.reference, 'X-Klacht-Brief': letter.kind },
        });
        mark = settle(letter, { ...content, status: 'sent', sentAt: getService(strapi, 'clock').now(), lastError: null });
      }
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      const now = getService(strapi, 'clock').now();
      if (letter.attempts >= config().maxAttempts) {
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
    const queue: ClaimedLetter[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let delivered = 0;
    const refill = () => {
      if (!claiming && !exhausted) {
        claiming = claim(config().batchSize)
          .then((letters) => {
            if (!letters.length) exhausted = true;
            queue.push(...letters);
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
    },

    /** Counts per status (overview, benchmarks). */
    async counts(): Promise<Record<string, number>> {
      const rows = await strapi.db.connection(TABLE.letter).select('status').count({ n: '*' }).groupBy('status');
      return Object.fromEntries((rows as Array<{ status: string; n: string | number }>).map((r) => [r.status, Number(r.n)]));
    },
  };
};
