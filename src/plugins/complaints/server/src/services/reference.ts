/**
 * Complaint references: KL-2026-000123, sequential per year without gaps (the counters:
 * persistence/references.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Executor } from '../persistence/database';
import { referenceCounters, type CountedReference } from '../persistence/references';

export interface Reference extends CountedReference {
  reference: string;
}

export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The next reference of `year`; call inside `strapi.db.transaction` and pass its `trx`. On PostgreSQL
   * `withComplaintId` also draws the complaint's id in the same statement.
   */
  async next(trx: Executor, year: number, prefix: string, options: { withComplaintId?: boolean } = {}): Promise<Reference> {
    const counted = await referenceCounters(strapi).next(trx, year, options);
    return { reference: formatReference(prefix, counted.year, counted.number), ...counted };
  },
});
