/**
 * Categories and departments, the reference data every intake and every form view reads. Cached for a few
 * seconds (several instances may share the database); editors' changes clear this instance's cache.
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
import { sharedCache } from './shared-cache';
import type { Category, Department } from '../../../shared/contracts/settings';

// The admin reads these shapes as they are (shared/contracts/settings.ts).
export type { Category, Department } from '../../../shared/contracts/settings';

/** A department as stored: `staffUserIds` is a JSON column, so the database vouches for no shape. */
export type DepartmentRow = Omit<Department, 'staffUserIds'> & { staffUserIds: unknown };

const CACHE_MS = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  type Lists = { categories: Category[]; departments: Department[] };
  // Sequential: a cache refresh may happen inside a caller's transaction (one connection).
  const lists = sharedCache<Lists>(strapi, CACHE_MS, async () => {
    const categories: Category[] = await strapi.db.query(UID.category).findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    const departments: DepartmentRow[] = await strapi.db.query(UID.department).findMany({ orderBy: [{ name: 'asc' }] });
    return { categories, departments: departments.map((d) => ({ ...d, staffUserIds: Array.isArray(d.staffUserIds) ? (d.staffUserIds as number[]) : [] })) };
  });
  const current = () => lists.get();
  const forget = () => lists.forget();

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
