/**
 * The lease: a claimed letter is this worker's while the worker is alive and working on it. A heartbeat
 * renews the lease of every letter in hand, a letter is sent only while its lease holds (renewed first
 * when it runs low), and every mark names the claim it belongs to (worker and attempt number), so a worker
 * that lost a letter cannot overwrite the new owner's record. A letter whose worker died or stalled past
 * its lease is reclaimed by the next claim.
 */
import type { Core } from '@strapi/strapi';
import type { ClaimedLetter, letterQueue } from '../persistence/letter-queue';
import { getService } from '../services/registry';
import { RENEW_FRACTION } from './policy';

export function createLeases(strapi: Core.Strapi, queue: ReturnType<typeof letterQueue>, leaseMs: () => number) {
  /**
   * The letters this worker holds, with the claim's attempt number (the fence) and the end of the lease
   * as last written. A letter leaves when its mark is on the record, when its mark could not be written
   * (its lease then runs out and it is sent again), or when a renewal finds it taken over.
   */
  const held = new Map<number, { attempts: number; leaseUntil: number }>();
  let heartbeat: NodeJS.Timeout | null = null;
  let renewing: Promise<void> | null = null;

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

  /**
   * Extends the lease of the given letters (all held ones by default) in one statement; a letter the
   * statement does not find under this worker's claim was taken over and is let go. A database that does
   * not answer leaves the leases as they were: a sender then finds its lease running low and does not send.
   */
  async function renew(ids: number[] = [...held.keys()]): Promise<void> {
    if (!ids.length) return;
    const until = new Date(getService(strapi, 'clock').now().getTime() + leaseMs());
    const renewed = await queue.renew(
      ids.map((id) => ({ id, attempts: held.get(id)?.attempts ?? -1 })),
      until,
    );
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

  return {
    release,

    /** Claims up to `limit` due letters for this worker (a lease, so a dead worker's letters come back). */
    async claim(limit: number, emailAllowed: boolean): Promise<ClaimedLetter[]> {
      const now = getService(strapi, 'clock').now();
      const leaseUntil = new Date(now.getTime() + leaseMs());
      const letters = await queue.claim(limit, now, leaseUntil, emailAllowed);
      for (const letter of letters) held.set(letter.id, { attempts: letter.attempts, leaseUntil: leaseUntil.getTime() });
      if (letters.length) startHeartbeat();
      return letters;
    },

    /**
     * Whether this worker may send the letter now: it still holds it, with lease enough for the send
     * (renewed first when it runs low; the heartbeat keeps renewing it during the conversation).
     */
    async holdsLease(letter: ClaimedLetter): Promise<boolean> {
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
    },

    stop(): void {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
    },
  };
}
