/**
 * The outbox worker: claims due letters with a lease (persistence/letter-queue.ts; two instances never
 * claim the same letter), has them rendered with the current template and composed on the composer thread
 * (letters/composer.ts), sends e-mail through Strapi's email plugin with a stable Message-ID, or keeps
 * postal letters for printing. A failure goes back in the queue with an exponential backoff; after the
 * last attempt the letter is `failed`, visible to staff with the error and a retry button. The lease that
 * keeps a letter this worker's: leases.ts; how what happened is put on the record: marks.ts.
 */
import crypto from 'crypto';
import os from 'os';
import type { Core } from '@strapi/strapi';
import type { ComposedLetter } from '../letters/compose';
import { createLetterComposer } from '../letters/composer';
import { TemplateRenderError } from '../letters/compose';
import { letterQueue, type ClaimedLetter } from '../persistence/letter-queue';
import { statusLinkSecret } from '../status-link';
import { getService } from '../services/registry';
import { createLeases } from './leases';
import { createMarks } from './marks';
import { backoffMs, claimLimit, type OutboxConfig } from './policy';

export { backoffMs, claimLimit, MARK_BATCH, type OutboxConfig } from './policy';

const CRON_NAME = 'complaints-outbox';

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

  const queue = letterQueue(strapi, workerId);
  const leases = createLeases(strapi, queue, () => config().leaseSeconds * 1000);
  const marks = createMarks(strapi, queue, leases.release);

  /** A claimed letter whose composition has started. */
  interface Composing {
    letter: ClaimedLetter;
    composed: Promise<ComposedLetter>;
    from: string;
    to: string | { name: string; address: string };
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
      if (!(await leases.holdsLease(letter))) return false;
      const content = { subject: composed.subject, blocks: composed.blocksJson };
      if (letter.channel === 'post') {
        mark = marks.settle(letter, { ...content, status: 'to_print', lastError: null }, { type: 'letter.to_print', data: auditData });
      } else {
        // the message as composed; the provider takes the envelope from `from` and `to`
        const raw = composed.raw as Uint8Array;
        await strapi.plugin('email').service('email').send({ from, to, messageId: letter.messageId, raw: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) });
        mark = marks.settle(letter, { ...content, status: 'sent', sentAt: getService(strapi, 'clock').now(), lastError: null });
      }
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 2000);
      const now = getService(strapi, 'clock').now();
      // a template that fails on this letter's data fails again on every retry: failed at once, in the dossier
      if (error instanceof TemplateRenderError || letter.attempts >= config().maxAttempts) {
        strapi.log.warn(`[complaints] letter ${letter.id} (${letter.kind}) failed after ${letter.attempts} attempts: ${message}`);
        mark = marks.settle(letter, { status: 'failed', lastError: message }, { type: 'letter.failed', data: { ...auditData, error: message } });
      } else {
        mark = marks.settle(letter, { status: 'queued', lastError: message, nextAttemptAt: new Date(now.getTime() + backoffMs(letter.attempts, config().backoffSeconds)) });
      }
    }
    marks.inBackground(letter, mark);
    return true;
  }

  /**
   * Works the queue with `concurrency` senders that never wait for each other: when the letters in hand
   * run low, one claim fetches the next batch (as many as the pace sends within the lease) while the
   * senders go on.
   */
  async function drainOnce(): Promise<number> {
    const queued: Composing[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let delivered = 0;
    const started = Date.now();
    const refill = () => {
      if (!claiming && !exhausted) {
        const { batchSize, concurrency, leaseSeconds } = config();
        claiming = leases
          .claim(claimLimit({ batchSize, concurrency, leaseSeconds, delivered, elapsedMs: Date.now() - started }), smtpConfigured())
          .then((letters) => {
            if (!letters.length) exhausted = true;
            queued.push(...letters.map(startComposing));
          })
          .finally(() => (claiming = null));
      }
      return claiming;
    };
    const sender = async () => {
      for (;;) {
        if (queued.length <= config().concurrency) void refill();
        const letter = queued.shift();
        if (letter) {
          if (await deliver(letter)) delivered += 1;
          continue;
        }
        if (claiming) await claiming;
        else if (exhausted) return;
        else await refill();
        if (!queued.length && exhausted) return;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, config().concurrency) }, sender));
    await marks.settled();
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
      leases.stop();
      await composer?.close();
      composer = null;
    },
  };
};
