/**
 * What a load balancer and the operators poll: can the database be queried right now, and how far behind
 * is the outbox (letters queued, letters due, how long the oldest due letter has waited). Counts and an
 * age only: no personal data. One query, bounded by a short timeout, and shared by polls that arrive while
 * it runs, so a database that hangs does not pile up waiting health checks.
 */
import type { Core } from '@strapi/strapi';
import { databaseTrouble } from '../database-outage';
import { outboxBacklog } from '../persistence/letter-queue';
import { getService } from './registry';

/** A health check that has not heard from the database by then reports it down. */
export const HEALTH_TIMEOUT_MS = 1500;

export interface OutboxBacklog {
  /** Letters waiting in the outbox, due or not (later retries included). */
  queued: number;
  /** Letters a worker may take now: queued and due, or taken by a worker whose lease ran out. */
  due: number;
  /** Seconds the oldest due letter has waited since it became due; null when none is due. */
  oldestDueSeconds: number | null;
}

export type HealthReport = { database: 'up'; outbox: OutboxBacklog } | { database: 'down'; reason: 'unreachable' | 'locked' | 'timeout' | 'error' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<HealthReport> | null = null;

  async function backlog(): Promise<OutboxBacklog> {
    const now = getService(strapi, 'clock').now();
    const { queued, due, oldestDue } = await outboxBacklog(strapi, now);
    return { queued, due, oldestDueSeconds: oldestDue === null ? null : Math.max(0, Math.floor((now.getTime() - oldestDue) / 1000)) };
  }

  async function probe(): Promise<HealthReport> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), HEALTH_TIMEOUT_MS);
    });
    const query = backlog();
    // the query may still fail after the timeout answered: that failure is no one's to handle
    query.catch(() => undefined);
    try {
      const result = await Promise.race([query, timeout]);
      if (result === 'timeout') return { database: 'down', reason: 'timeout' };
      return { database: 'up', outbox: result };
    } catch (error) {
      const trouble = databaseTrouble(error);
      if (!trouble) strapi.log.error(`[complaints] health check failed: ${(error as Error)?.stack ?? error}`);
      return { database: 'down', reason: trouble === 'busy' ? 'locked' : trouble === 'outage' ? 'unreachable' : 'error' };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    check(): Promise<HealthReport> {
      if (!running) running = probe().finally(() => (running = null));
      return running;
    },
  };
};
