/**
 * Group commit for SQLite, which has one writer and makes every commit an fsync (synchronous = FULL):
 * writes that arrive while a commit is under way wait for it and then go together in the next
 * transaction, each in a savepoint of its own, so one that fails (a resent form's duplicate key) is rolled
 * back alone. Every caller's promise settles only after the commit that holds its write, so what was
 * answered is durable, as before; the fsync is shared instead of paid per write.
 *
 * When another process holds the write lock (a second instance, a backup, sqlite3 on the command line),
 * a statement waits at most the connection's short busy_timeout (config/database.ts) and fails with
 * SQLITE_BUSY. better-sqlite3 waits synchronously, so a long busy_timeout would freeze the whole process;
 * instead the group is rolled back and tried again after an asynchronous pause, with the event loop free
 * meanwhile (health checks and reads keep answering). A write still locked out after `busyBudgetMs` from
 * its arrival fails with that SQLITE_BUSY error: the caller answers 503 with Retry-After, nothing stored.
 */
import type { Core } from '@strapi/strapi';
import { databaseTrouble } from '../database-outage';
import type { Executor } from './database';

interface Waiting {
  work: (trx: Executor) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** Date.now() after which a write still locked out gives up. */
  deadline: number;
}

export interface CommitGroup {
  run<T>(work: (trx: Executor) => Promise<T>): Promise<T>;
}

export interface CommitGroupOptions {
  /** Writes per transaction. */
  maxSize?: number;
  /** How long a write keeps trying while another process holds the lock (a person waits for the answer). */
  busyBudgetMs?: number;
  /** First pause after SQLITE_BUSY; it doubles up to `maxPauseMs`. */
  firstPauseMs?: number;
  maxPauseMs?: number;
}

const DEFAULTS: Required<CommitGroupOptions> = { maxSize: 64, busyBudgetMs: 5000, firstPauseMs: 25, maxPauseMs: 400 };

const groups = new WeakMap<Core.Strapi, CommitGroup>();

/** The commit group of this Strapi instance. */
export function commitGroupOf(strapi: Core.Strapi): CommitGroup {
  let group = groups.get(strapi);
  if (!group) groups.set(strapi, (group = createCommitGroup(strapi)));
  return group;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isBusy = (error: unknown) => databaseTrouble(error) === 'busy';

export function createCommitGroup(strapi: Core.Strapi, options: CommitGroupOptions = {}): CommitGroup {
  const { maxSize, busyBudgetMs, firstPauseMs, maxPauseMs } = { ...DEFAULTS, ...options };
  const waiting: Waiting[] = [];
  let committing = false;

  /** One transaction for the group; rejects with SQLITE_BUSY when the lock is held elsewhere. */
  async function attempt(group: Waiting[]): Promise<Array<{ value?: unknown; error?: unknown; failed: boolean }>> {
    const outcomes: Array<{ value?: unknown; error?: unknown; failed: boolean }> = [];
    await strapi.db.transaction(async ({ trx }) => {
      for (const item of group) {
        await trx.raw('SAVEPOINT complaints_write');
        try {
          const value = await item.work(trx);
          await trx.raw('RELEASE SAVEPOINT complaints_write');
          outcomes.push({ value, failed: false });
        } catch (error) {
          // not this write's fault: the whole group is rolled back and tried again
          if (isBusy(error)) throw error;
          await trx.raw('ROLLBACK TO SAVEPOINT complaints_write');
          await trx.raw('RELEASE SAVEPOINT complaints_write');
          outcomes.push({ error, failed: true });
        }
      }
    });
    return outcomes;
  }

  async function commitNext(): Promise<void> {
    if (committing || !waiting.length) return;
    committing = true;
    let group = waiting.splice(0, maxSize);
    let pauseMs = firstPauseMs;
    try {
      while (group.length) {
        try {
          const outcomes = await attempt(group);
          group.forEach((item, i) => (outcomes[i].failed ? item.reject(outcomes[i].error) : item.resolve(outcomes[i].value)));
          return;
        } catch (error) {
          if (!isBusy(error)) {
            // the commit itself failed: nothing of the group is stored
            for (const item of group) item.reject(error);
            return;
          }
          // Locked by another process. Whoever would wait past their deadline gives up now; the others
          // (and writes that arrived meanwhile) try again after a pause in which the event loop is free.
          const now = Date.now();
          const giveUp = group.filter((item) => item.deadline <= now + pauseMs);
          for (const item of giveUp) item.reject(error);
          group = group.filter((item) => item.deadline > now + pauseMs);
          if (!group.length) return;
          await pause(pauseMs);
          pauseMs = Math.min(pauseMs * 2, maxPauseMs);
          group.push(...waiting.splice(0, maxSize - group.length));
        }
      }
    } finally {
      committing = false;
      if (waiting.length) setImmediate(commitNext);
    }
  }

  return {
    run<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject, deadline: Date.now() + busyBudgetMs });
        if (!committing && waiting.length === 1) setImmediate(commitNext);
      });
    },
  };
}
