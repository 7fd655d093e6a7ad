/**
 * A value read from the database, kept for a few seconds (every request asks for the settings and the
 * departments). Callers that arrive while a load is under way share it: the sweep asks for hundreds of
 * departments at once, and each started its own load of both tables. Not inside a transaction: on
 * SQLite's one connection a load outside it would wait for the transaction that waits for the load, so a
 * caller in a transaction loads on its own, on the transaction's connection. A load that began before a
 * change (`forget`) neither fills the cache nor is shared after it.
 */
import type { Core } from '@strapi/strapi';

export function sharedCache<T>(strapi: Core.Strapi, ttlMs: number, read: () => Promise<T>) {
  let cached: { at: number; value: T } | null = null;
  let loading: Promise<T> | null = null;
  let generation = 0;

  async function load(): Promise<T> {
    const began = generation;
    const value = await read();
    if (began === generation) cached = { at: Date.now(), value };
    return value;
  }

  return {
    async get(): Promise<T> {
      if (cached && Date.now() - cached.at < ttlMs) return cached.value;
      if (strapi.db.inTransaction()) return load();
      if (!loading) {
        const shared = load().finally(() => {
          if (loading === shared) loading = null;
        });
        loading = shared;
      }
      return loading;
    },
    forget(): void {
      cached = null;
      loading = null;
      generation += 1;
    },
  };
}
