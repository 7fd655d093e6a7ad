/**
 * The index behind "search by name" (LIKE '%…%'), which is not the same on the two databases, so it is
 * made at start-up rather than declared in the content type (Strapi's schema sync declares one index for
 * both and only drops indexes it declared itself):
 * - SQLite: a plain index on the name. SQLite's LIKE ignores case, and a count then scans this narrow index
 *   instead of the wide rows.
 * - PostgreSQL: a trigram index (pg_trgm, GIN) on lower(name), which the search's LOWER(name) LIKE uses. A plain B-tree there would be
 *   worse than none: the planner picks it for an index-only scan that tests every name.
 * pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the database owner may create
 * it. Where it is not allowed, the search still works, by a scan.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';

export async function ensureNameSearchIndex(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  try {
    if (strapi.db.dialect.client === 'postgres') {
      await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      // on lower(name): Strapi's $containsi is LOWER(column) LIKE LOWER(?), not ILIKE
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_name_lower_trgm ON ${TABLE.complaint} USING gin (lower(complainant_name) gin_trgm_ops)`);
    } else if (strapi.db.dialect.client === 'sqlite') {
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_name_idx ON ${TABLE.complaint} (complainant_name)`);
    }
  } catch (error) {
    strapi.log.warn(`[complaints] no index for the search by name (${(error as Error).message}); searching by name scans the register`);
  }
}
