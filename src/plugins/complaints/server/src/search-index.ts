/**
 * PostgreSQL: a trigram index on the complainant's name, so "search by name" (ILIKE '%…%') does not read
 * the whole register. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the
 * database owner may create it. Strapi's schema sync cannot declare this kind of index, so it is made at
 * start-up; where the extension is not allowed, the search still works, by a scan.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from './uids';

export async function ensureNameSearchIndex(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres') return;
  try {
    await strapi.db.connection.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_name_trgm ON ${TABLE.complaint} USING gin (complainant_name gin_trgm_ops)`);
  } catch (error) {
    strapi.log.warn(`[complaints] no trigram index for name search (${(error as Error).message}); searching by name scans the register`);
  }
}
