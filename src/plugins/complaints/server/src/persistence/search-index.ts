/**
 * The indexes behind the search box, which are not the same on the two databases, so they are made at
 * start-up rather than declared in the content type (Strapi's schema sync declares one index for both and
 * only drops indexes it declared itself):
 * - The name (LIKE '%…%'). SQLite: a plain index on the name; SQLite's LIKE ignores case, and a count then
 *   scans this narrow index instead of the wide rows. PostgreSQL: a trigram index (pg_trgm, GIN) on
 *   lower(name), which the search's LOWER(name) LIKE uses. A plain B-tree there would be worse than none:
 *   the planner picks it for an index-only scan that tests every name.
 * - The e-mail address on PostgreSQL: a trigram index as for the name (SQLite uses the content type's plain one).
 * - The description. PostgreSQL: a trigram index on lower(description), so a word of the text is found as a
 *   name is. SQLite: an FTS5 table with the trigram tokenizer over the complaints' descriptions (external
 *   content: the text is not stored twice), kept by triggers; rebuilt whenever a trigger had to be made
 *   (a new database, one from an older release, or a table the schema sync rebuilt).
 * pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the database owner may create
 * it. Where an index cannot be made, the search still works, by a scan (the description: not at all on SQLite).
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';

export const DESCRIPTION_FTS = 'complaints_description_fts';
const TRIGGERS: Record<string, string> = {
  [`${DESCRIPTION_FTS}_ai`]: `AFTER INSERT ON ${TABLE.complaint} BEGIN INSERT INTO ${DESCRIPTION_FTS}(rowid, description) VALUES (new.id, new.description); END`,
  [`${DESCRIPTION_FTS}_ad`]: `AFTER DELETE ON ${TABLE.complaint} BEGIN INSERT INTO ${DESCRIPTION_FTS}(${DESCRIPTION_FTS}, rowid, description) VALUES ('delete', old.id, old.description); END`,
  [`${DESCRIPTION_FTS}_au`]: `AFTER UPDATE OF description ON ${TABLE.complaint} BEGIN INSERT INTO ${DESCRIPTION_FTS}(${DESCRIPTION_FTS}, rowid, description) VALUES ('delete', old.id, old.description); INSERT INTO ${DESCRIPTION_FTS}(rowid, description) VALUES (new.id, new.description); END`,
};

/** The trigram tokenizer indexes three characters at a time: a shorter term is not looked for in the text. */
export const MIN_TEXT_SEARCH = 3;

export async function ensureSearchIndexes(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  const postgres = strapi.db.dialect.client === 'postgres';
  try {
    if (postgres) {
      await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      // on lower(name): Strapi's $containsi is LOWER(column) LIKE LOWER(?), not ILIKE
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_name_lower_trgm ON ${TABLE.complaint} USING gin (lower(complainant_name) gin_trgm_ops)`);
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_description_lower_trgm ON ${TABLE.complaint} USING gin (lower(description) gin_trgm_ops)`);
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_email_lower_trgm ON ${TABLE.complaint} USING gin (lower(complainant_email) gin_trgm_ops)`);
    } else if (strapi.db.dialect.client === 'sqlite') {
      await knex.raw(`CREATE INDEX IF NOT EXISTS complaints_complaints_name_idx ON ${TABLE.complaint} (complainant_name)`);
      await knex.raw(`CREATE VIRTUAL TABLE IF NOT EXISTS ${DESCRIPTION_FTS} USING fts5(description, content='${TABLE.complaint}', content_rowid='id', tokenize='trigram')`);
      const present = new Set(((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'trigger'")) as Array<{ name: string }>).map((t) => t.name));
      const missing = Object.keys(TRIGGERS).filter((name) => !present.has(name));
      for (const name of missing) await knex.raw(`CREATE TRIGGER IF NOT EXISTS ${name} ${TRIGGERS[name]}`);
      if (missing.length) await knex.raw(`INSERT INTO ${DESCRIPTION_FTS}(${DESCRIPTION_FTS}) VALUES ('rebuild')`);
    }
  } catch (error) {
    strapi.log.warn(`[complaints] no index for the search (${(error as Error).message}); searching by name scans the register${postgres ? '' : ', the description is not searched'}`);
  }
}

