/** The outbox's settings and the arithmetic of its pace, leases and retries. */

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

/** Marks committed together: at most this many (and see the letter queue's mark delay). */
export const MARK_BATCH = 64;

/** The share of the lease after which the heartbeat renews it, and below which a sender renews first. */
export const RENEW_FRACTION = 1 / 3;
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
