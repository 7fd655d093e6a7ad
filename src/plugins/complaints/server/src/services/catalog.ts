/**
 * Categories and departments, the reference data every intake and every form view reads. Cached for a few
 * seconds (several instances may share the database); editors' changes clear this instance's cache.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import type { Category, Department } from '../../../shared/contracts/settings';

// The admin reads these shapes as they are (shared/contracts/settings.ts).
export type { Category, Department } from '../../../shared/contracts/settings';

/** A department as stored: `staffUserIds` is a JSON column, so the database vouches for no shape. */
export type DepartmentRow = Omit<Department, 'staffUserIds'> & { staffUserIds: unknown };

const CACHE_MS = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  type Lists = { at: number; categories: Category[]; departments: Department[] };
  let cached: Lists | null = null;
  /** A load under way outside any transaction, which callers outside a transaction share. */
  let loading: Promise<Lists> | null = null;
  /** Counts the changes: a load that began before one neither fills the cache nor is shared after it. */
  let generation = 0;

  function forget() {
    cached = null;
    loading = null;
    generation += 1;
  }

  async function load(): Promise<Lists> {
    const began = generation;
    // Sequential: a cache refresh may happen inside a caller's transaction (one connection).
    const categories: Category[] = await strapi.db.query(UID.category).findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    const departments: DepartmentRow[] = await strapi.db.query(UID.department).findMany({ orderBy: [{ name: 'asc' }] });
    const lists = {
      at: Date.now(),
      categories,
      departments: departments.map((d) => ({ ...d, staffUserIds: Array.isArray(d.staffUserIds) ? (d.staffUserIds as number[]) : [] })),
    };
    if (began === generation) cached = lists;
    return lists;
  }

  /**
   * The cached lists, or a fresh load. Callers that arrive while a load is under way share it (the sweep
   * asks for hundreds of departments at once; each started its own load of both tables). Not inside a
   * transaction: on SQLite's one connection a load outside it would wait for the transaction that waits
   * for the load, so a caller in a transaction loads on its own, on the transaction's connection.
   */
  async function current() {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached;
    if (strapi.db.inTransaction()) return load();
    if (!loading) {
      const shared = load().finally(() => {
        if (loading === shared) loading = null;
      });
      loading = shared;
    }
    return loading;
  }

  return {
    async categories(): Promise<Category[]> {
      return (await current()).categories;
    },
    async departments(): Promise<Department[]> {
      return (await current()).departments;
    },
    async category(id: number | null | undefined): Promise<Category | undefined> {
      return (await current()).categories.find((c) => c.id === id);
    },
    async department(id: number | null | undefined): Promise<Department | undefined> {
      return (await current()).departments.find((d) => d.id === id);
    },
    /** Where a complaint without a (known) department goes. */
    async intakeDepartment(): Promise<Department | undefined> {
      const active = (await current()).departments.filter((d) => d.active);
      return active.find((d) => d.receivesUnassigned) ?? active[0];
    },
    invalidate() {
      forget();
    },
  };
};
