/**
 * Group commit for SQLite, which has one writer and makes every commit an fsync (synchronous = FULL):
 * writes that arrive while a commit is under way wait for it and then go together in the next
 * transaction, each in a savepoint of its own, so one that fails (a resent form's duplicate key) is rolled
 * back alone. Every caller's promise settles only after the commit that holds its write, so what was
 * answered is durable, as before; the fsync is shared instead of paid per write.
 */
import type { Core } from '@strapi/strapi';

interface Waiting {
  work: (trx: any) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface CommitGroup {
  run<T>(work: (trx: any) => Promise<T>): Promise<T>;
}

const groups = new WeakMap<Core.Strapi, CommitGroup>();

/** The commit group of this Strapi instance. */
export function commitGroupOf(strapi: Core.Strapi): CommitGroup {
  let group = groups.get(strapi);
  if (!group) groups.set(strapi, (group = createCommitGroup(strapi)));
  return group;
}

export function createCommitGroup(strapi: Core.Strapi, maxSize = 64): CommitGroup {
  const waiting: Waiting[] = [];
  let committing = false;

  async function commitNext(): Promise<void> {
    if (committing || !waiting.length) return;
    committing = true;
    const group = waiting.splice(0, maxSize);
    const outcomes: Array<{ value?: unknown; error?: unknown; failed: boolean }> = [];
    try {
      await strapi.db.transaction(async ({ trx }) => {
        for (const item of group) {
          await trx.raw('SAVEPOINT complaints_write');
          try {
            const value = await item.work(trx);
            await trx.raw('RELEASE SAVEPOINT complaints_write');
            outcomes.push({ value, failed: false });
          } catch (error) {
            await trx.raw('ROLLBACK TO SAVEPOINT complaints_write');
            await trx.raw('RELEASE SAVEPOINT complaints_write');
            outcomes.push({ error, failed: true });
          }
        }
      });
      group.forEach((item, i) => (outcomes[i].failed ? item.reject(outcomes[i].error) : item.resolve(outcomes[i].value)));
    } catch (error) {
      // the commit itself failed: nothing of the group is stored
      for (const item of group) item.reject(error);
    } finally {
      committing = false;
      if (waiting.length) setImmediate(commitNext);
    }
  }

  return {
    run<T>(work: (trx: any) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!committing && waiting.length === 1) setImmediate(commitNext);
      });
    },
  };
}
