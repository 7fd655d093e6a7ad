/**
 * Rows that belong together (a new complaint, its audit event, its letters), written at once. On
 * PostgreSQL as one statement — a data-modifying WITH per table — which is atomic by itself: no BEGIN and
 * COMMIT, one round trip instead of one per table plus two. Elsewhere one INSERT per table, in the
 * caller's transaction. What must happen once the rows are stored (waking the outbox) is kept with them.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';
import { dialectOf, type Dialect, type Executor } from './database';

type Row = Record<string, unknown>;

interface Insert {
  table: string;
  rows: Row[];
  /** A unique column whose duplicates are skipped (ON CONFLICT … DO NOTHING). */
  skipDuplicatesOf?: string;
}

export class WriteBatch {
  private readonly inserts: Insert[] = [];
  private readonly written: Array<() => void> = [];

  insert(table: string, rows: Row[], options: { skipDuplicatesOf?: string } = {}): void {
    if (rows.length) this.inserts.push({ table, rows, skipDuplicatesOf: options.skipDuplicatesOf });
  }

  /** Outbox letters; one whose dedupe key is stored already is skipped (a reminder sent once). */
  insertLetters(rows: Row[]): void {
    this.insert(TABLE.letter, rows, { skipDuplicatesOf: 'dedupe_key' });
  }

  /** Audit events. */
  insertEvents(rows: Row[]): void {
    this.insert(TABLE.event, rows);
  }

  /** Runs after the rows are stored for good: after `execute` on PostgreSQL, after the commit elsewhere. */
  afterWrite(callback: () => void): void {
    this.written.push(callback);
  }

  /** Writes the rows with `knex` (a transaction's or the connection itself on PostgreSQL). */
  async execute(knex: Executor, dialect: Dialect): Promise<void> {
    const statements = this.inserts.map(({ table, rows, skipDuplicatesOf }) => {
      const insert = knex(table).insert(rows);
      return skipDuplicatesOf ? insert.onConflict(skipDuplicatesOf).ignore() : insert;
    });
    if (dialect !== 'postgres' || statements.length < 2) {
      for (const statement of statements) await statement;
      return;
    }
    // knex compiles each INSERT with ? placeholders; raw() numbers them again across the whole statement
    const compiled = statements.map((statement) => statement.toSQL());
    const head = compiled.slice(0, -1).map((c, i) => `w${i} AS (${c.sql})`);
    const last = compiled[compiled.length - 1];
    await knex.raw(`WITH ${head.join(', ')} ${last.sql}`, compiled.flatMap((c) => c.bindings));
  }

  /** Writes the rows in this database's way, in the transaction `knex`. */
  async store(strapi: Core.Strapi, knex: Executor): Promise<void> {
    await this.execute(knex, dialectOf(strapi));
  }

  /** The callbacks of `afterWrite`, once. */
  done(): void {
    for (const callback of this.written.splice(0)) callback();
  }
}

/** One audit event row, in the caller's transaction (a nested transaction joins it). */
export async function insertEvent(strapi: Core.Strapi, row: Row): Promise<void> {
  await strapi.db.transaction(({ trx }) => trx(TABLE.event).insert(row));
}
