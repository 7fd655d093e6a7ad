/**
 * What the complaint lists, the overview and the transitions ask of the database beyond Strapi's query
 * engine: a row lock, counts grouped by status within a user's scope, agreements past their date.
 */
import type { Core } from '@strapi/strapi';
import { TABLE, UID } from '../uids';
import { dialectOf, type Executor } from './database';

type Where = Record<string, unknown>;
type DbCount = string | number;

export function complaintsRepository(strapi: Core.Strapi) {
  /** The ids of the complaints matching `where` (Strapi's filter syntax), as a subquery. */
  const idsWhere = (where: Where) => strapi.db.queryBuilder(UID.complaint).select('id').where(where).getKnexQuery();

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

    /** A part of a text field, in any case (SQLite's LIKE ignores case; PostgreSQL needs LOWER). */
    fieldContains(field: 'complainantName' | 'complainantEmail' | 'complainantPhone', search: string): Where {
      return { [field]: { [dialectOf(strapi) === 'postgres' ? '$containsi' : '$contains']: search } };
    },
  };
}
