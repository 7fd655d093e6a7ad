/**
 * What the persistence layer needs to know about the database it talks to: the knex handle (the
 * connection, or a transaction's — a transaction is a knex of its own) and which of the two supported
 * databases it is, for the few statements that must differ.
 */
import type { Core } from '@strapi/strapi';

/** The connection or a transaction of it: both run statements. */
export type Executor = Core.Strapi['db']['connection'];

export type Dialect = 'postgres' | 'sqlite';

export function dialectOf(strapi: Core.Strapi): Dialect {
  return strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite';
}

/** Rows of a raw statement's RETURNING: an array on SQLite, `{ rows }` on PostgreSQL. */
export function returnedRows<Row>(result: Row[] | { rows: Row[] }): Row[] {
  return Array.isArray(result) ? result : result.rows;
}

/** Attribute names to Strapi's column names (snake case). */
export function toColumns(values: Record<string, unknown>): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) columns[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
  return columns;
}

/**
 * An entity's row as Strapi stores it, from its attributes: column names, and Strapi's own timestamps
 * (published: the plugin's types have no drafts). For rows written with knex, beside Strapi's query engine.
 */
export function storedRow(attributes: Record<string, unknown>, at: Date): Record<string, unknown> {
  return toColumns({ ...attributes, createdAt: at, updatedAt: at, publishedAt: at });
}

/**
 * The rows of a complaint's current round (hearings, parts), as a query filter: a reopening marks those of
 * the round before as `earlierRound`; rows written before that column existed are null.
 */
export const CURRENT_ROUND = { $or: [{ earlierRound: false }, { earlierRound: null }] } as const;
