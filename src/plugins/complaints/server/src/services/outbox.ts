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
import type { LetterContext, LetterKind, LetterAudience } from '../letters/types';
import { TABLE, UID } from '../uids';
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

  /** Claims up to `limit` due letters for this worker; returns their ids. */
  async function claim(limit: number): Promise<number[]> {
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
      .returning('id');
    return rows.map((r: { id: number } | number) => (typeof r === 'number' ? r : r.id));
  }

  /** Updates a letter only while this worker still holds it (a reclaimed letter is left alone). */
  async function settle(id: number, data: Record<string, unknown>, audit?: { type: string; complaintId: number; data: Record<string, unknown> }) {
    const now = getService(strapi, 'clock').now();
    await strapi.db.transaction(async () => {
      const { count } = await strapi.db.query(UID.letter).updateMany({ where: { id, claimedBy: workerId, status: 'sending' }, data: { ...data, claimedBy: null, claimedUntil: null } });
      if (count && audit) await getService(strapi, 'audit').record({ complaintId: audit.complaintId, type: audit.type, actor: SYSTEM, data: audit.data, at: now });
    });
  }

  async function deliver(id: number): Promise<void> {
    const letter = await strapi.db.query(UID.letter).findOne({ where: { id } });
    if (!letter) return;
    const auditData = { letterId: letter.id, kind: letter.kind, channel: letter.channel, recipient: letter.recipientEmail ?? letter.recipientName };
    try {
      const template = await getService(strapi, 'letterTemplates').get(letter.kind as LetterKind, letter.audience as LetterAudience, letter.locale);
      const rendered = renderLetter(template, letter.context as LetterContext);
      const content = { subject: rendered.subject, bodyHtml: rendered.html, bodyText: rendered.text, blocks: rendered.blocks };

      if (letter.channel === 'post') {
        await settle(id, { ...content, status: 'to_print', lastError: null }, { type: 'letter.to_print', complaintId: letter.complaintId, data: auditData });
        return;
      }
      await strapi.plugin('email').service('email').send({
        to: letter.recipientName ? { name: letter.recipientName, address: letter.recipientEmail } : letter.recipientEmail,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: letter.messageId,
        headers: { 'X-Klacht-Referentie': (letter.context as LetterContext).complaint.reference, 'X-Klacht-Brief': letter.kind },
      });
      const now = getService(strapi, 'clock').now();
      await settle(id, { ...content, status: 'sent', sentAt: now, lastError: null }, { type: 'letter.sent', complaintId: letter.complaintId, data: auditData });
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      const now = getService(strapi, 'clock').now();
      if (letter.attempts >= config().maxAttempts) {
        strapi.log.warn(`[complaints] letter ${letter.id} (${letter.kind}) failed after ${letter.attempts} attempts: ${message}`);
        await settle(id, { status: 'failed', lastError: message }, { type: 'letter.failed', complaintId: letter.complaintId, data: { ...auditData, error: message } });
      } else {
        await settle(id, { status: 'queued', lastError: message, nextAttemptAt: new Date(now.getTime() + backoffMs(letter.attempts, config().backoffSeconds)) });
      }
    }
  }

  /** Sends `ids` with at most `concurrency` deliveries at a time. */
  async function deliverAll(ids: number[]): Promise<void> {
    let next = 0;
    const lanes = Array.from({ length: Math.min(config().concurrency, ids.length) }, async () => {
      while (next < ids.length) await deliver(ids[next++]);
    });
    await Promise.all(lanes);
  }

  async function drainOnce(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const ids = await claim(config().batchSize);
      if (!ids.length) break;
      await deliverAll(ids);
      delivered += ids.length;
    }
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
