/**
 * What the complaint lists, the overview and the transitions ask of the database beyond Strapi's query
 * engine: a row lock, counts grouped by status within a user's scope, agreements past their date.
 */
import type { Core } from '@strapi/strapi';
import { TABLE, UID } from '../uids';
import { dialectOf, type Executor } from './database';
import { DESCRIPTION_FTS, MIN_TEXT_SEARCH } from './search-index';

/**
 * Ids one search may hand to the list's query; beyond, the filter itself is read row by row, which on
 * SQLite costs a scan of the register for the count. A common surname is found in thousands of
 * complaints: a cap near that many sent half of such searches down the scan.
 */
const MAX_IDS = 20000;
/**
 * Up to this many ids go to SQLite as a bound value each. More go as one JSON array (json_each): every
 * different number of ids is a different statement text, which SQLite compiles anew (milliseconds for
 * thousands of parameters) and the connection keeps in its statement cache (config/database.ts), about
 * 100 bytes per parameter.
 */
const MAX_BOUND_IDS = 1000;

type Where = Record<string, unknown>;
type DbCount = string | number;

/** The term as one FTS5 phrase: inside double quotes everything is literal but the quote, which is doubled. */
const ftsPhrase = (search: string) => `"${search.replace(/"/g, '""')}"`;

export function complaintsRepository(strapi: Core.Strapi) {
  /** The ids of the complaints matching `where` (Strapi's filter syntax), as a subquery. */
  const idsWhere = (where: Where) => strapi.db.queryBuilder(UID.complaint).select('id').where(where).getKnexQuery();
  /**
   * Found ids as a filter (SQLite). A few, each a bound value: knowing how many there are, SQLite reads a
   * narrower index first when the list has another filter (a step's statuses), which it does not for a
   * subquery. Many, as one JSON array read by json_each: SQLite then looks each id up by its primary key.
   */
  const idsIn = (ids: number[]): Where =>
    ids.length <= MAX_BOUND_IDS ? { id: { $in: ids } } : { id: { $in: strapi.db.connection.raw('SELECT value FROM json_each(?)', [JSON.stringify(ids)]) } };

  return {
    /** Inside a transaction: lock the complaint row until commit (PostgreSQL; SQLite has one writer). */
    async lock(trx: Executor, id: number): Promise<void> {
      if (dialectOf(strapi) === 'postgres') await trx(TABLE.complaint).select('id').where({ id }).forUpdate();
    },

    /** How many complaints per status, of those matching `where` (all when empty). */
    async countByStatus(where: Where): Promise<Map<string, number>> {
      const rows = (await strapi.db
        .connection(TABLE.complaint)
        .select('status')
        .count({ n: '*' })
        .modify((qb) => {
          if (Object.keys(where).length) qb.whereIn('id', idsWhere(where));
        })
        .groupBy('status')) as Array<{ status: string; n: DbCount }>;
      return new Map(rows.map((row) => [row.status, Number(row.n)]));
    },

    /** Complaints with an open agreement past its due date (one indexed query on the agreements). */
    async withOverdueAgreements(day: string): Promise<number[]> {
      const rows = (await strapi.db.connection(TABLE.agreement).distinct('complaint_id').where('status', 'open').andWhere('due_date', '<', day)) as Array<{ complaint_id: number }>;
      return rows.map((row) => row.complaint_id);
    },

    /** Open agreements past their due date, of the complaints matching `where`. */
    async overdueAgreementCount(where: Where, day: string): Promise<number> {
      const [row] = (await strapi.db
        .connection(TABLE.agreement)
        .count({ n: '*' })
        .where('status', 'open')
        .andWhere('due_date', '<', day)
        .whereIn('complaint_id', idsWhere(where))) as Array<{ n: DbCount }>;
      return Number(row.n);
    },

    /**
     * A filter on the complainant's name containing `search`. SQLite's LIKE ignores case already;
     * $containsi would wrap the column in lower() and so read the wide rows instead of the narrow name
     * index. PostgreSQL needs $containsi (LOWER() LIKE LOWER()), served by a trigram index on lower(name).
     */
    nameContains(search: string): Where {
      return this.fieldContains('complainantName', search);
    },

    /**
     * The complainant's name or the description containing `search` (a word of the text from three
     * characters: the trigram indexes, persistence/search-index.ts). PostgreSQL: both LIKEs, each served by
     * its trigram index. SQLite: the ids from the narrow name index and the FTS table in one statement; a term
     * found in more complaints than one statement may list falls back to the filter itself, read row by row.
     * The FTS table is asked with MATCH on the term as one phrase, which the trigram tokenizer answers as a
     * substring from its index alone; its LIKE reads every candidate's text from the complaints table to
     * check it. The two parts are joined with UNION ALL under DISTINCT: a plain UNION merges sorted
     * inputs, so SQLite read the name from the table in id order instead of the name index.
     */
    async nameOrTextContains(search: string): Promise<Where> {
      const byName = this.nameContains(search);
      if (search.length < MIN_TEXT_SEARCH) return byName;
      if (dialectOf(strapi) === 'postgres') return { $or: [byName, { description: { $containsi: search } }] };
      try {
        const rows: Array<{ id: number }> = await strapi.db.connection.raw(
          `SELECT DISTINCT id FROM (SELECT rowid AS id FROM ${DESCRIPTION_FTS} WHERE ${DESCRIPTION_FTS} MATCH ? UNION ALL SELECT id FROM ${TABLE.complaint} WHERE complainant_name LIKE ?) LIMIT ?`,
          [ftsPhrase(search), `%${search}%`, MAX_IDS + 1],
        );
        if (rows.length <= MAX_IDS) return idsIn(rows.map((r) => Number(r.id)));
      } catch (error) {
        // no FTS table (it could not be made): the name alone, as before
        strapi.log.warn(`[complaints] searching the description failed (${(error as Error).message})`);
        return byName;
      }
      return { $or: [byName, { description: { $contains: search } }] };
    },

    /**
     * A part of the e-mail address. SQLite: the ids from the narrow e-mail index first. Left to the list's
     * own query, SQLite walks the complaints newest first and reads each row's address until the page is
     * full, which for one address means the whole register; a part found in more complaints than one
     * statement may list is left to that walk, which then fills a page quickly.
     */
    async emailContains(search: string): Promise<Where> {
      const filter = this.fieldContains('complainantEmail', search);
      if (dialectOf(strapi) === 'postgres') return filter;
      // the limit on the knex query: given to Strapi's, it would add ORDER BY id and read the table in that order
      const rows = (await idsWhere(filter).limit(MAX_IDS + 1)) as Array<{ id: number }>;
      return rows.length <= MAX_IDS ? idsIn(rows.map((r) => Number(r.id))) : filter;
    },

    /** A part of a text field, in any case (SQLite's LIKE ignores case; PostgreSQL needs LOWER). */
    fieldContains(field: 'complainantName' | 'complainantEmail' | 'complainantPhone', search: string): Where {
      return { [field]: { [dialectOf(strapi) === 'postgres' ? '$containsi' : '$contains']: search } };
    },
  };
}
