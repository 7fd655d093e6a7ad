/**
 * Which errors mean "the database is not available right now" (503 with Retry-After) and which are
 * ordinary faults (a constraint, a bug: 4xx or 500). Real errors where the machine can make them cheaply
 * (a refused TCP connection, a SQLite lock held by a second connection, knex's pool timeout); PostgreSQL's
 * server-side codes as node-postgres reports them (its own DatabaseError class).
 */
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { Client, DatabaseError } from 'pg';
import { BUSY_RETRY_AFTER_SECONDS, OUTAGE_RETRY_AFTER_SECONDS, databaseTrouble, unavailableFor } from '../../src/plugins/complaints/server/src/database-outage';

// better-sqlite3 has no type declarations here (the app only reaches it through knex)
const Database = require('better-sqlite3');

function postgresError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('database trouble', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-outage-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a refused connection to PostgreSQL is an outage (503, Retry-After for a restart)', async () => {
    const client = new Client({ host: '127.0.0.1', port: await closedPort(), user: 'postgres', database: 'postgres' });
    const error = await client.connect().then(
      () => null,
      (e) => e,
    );
    expect(error?.code).toBe('ECONNREFUSED');
    expect(databaseTrouble(error)).toBe('outage');
    expect(unavailableFor(error)).toMatchObject({ status: 503, code: 'database_unavailable', retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS });
  });

  it("PostgreSQL's connection exceptions (08xxx), shutdowns (57P01–57P03) and lost connections are outages", () => {
    for (const code of ['08000', '08003', '08006', '08001', '08004', '08P01', '57P01', '57P02', '57P03']) {
      expect([code, databaseTrouble(postgresError(code, 'terminating connection'))]).toEqual([code, 'outage']);
    }
    expect(databaseTrouble(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe('outage');
    expect(databaseTrouble(new Error('select 1 - Connection terminated unexpectedly'))).toBe('outage');
    // Node tries IPv4 and IPv6 for "localhost" and reports both failures together
    expect(databaseTrouble(new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })]))).toBe('outage');
    // an error wrapped by a caller keeps its cause
    expect(databaseTrouble(Object.assign(new Error('could not list'), { cause: postgresError('57P01', 'terminating connection due to administrator command') }))).toBe('outage');
  });

  it("knex's pool timeout (no connection to be had) is an outage", async () => {
    const knex = knexFactory({ client: 'better-sqlite3', connection: { filename: path.join(dir, 'pool.db') }, useNullAsDefault: true, pool: { min: 1, max: 1 }, acquireConnectionTimeout: 50 });
    try {
      const error = await knex.transaction(async () => knex.raw('select 1')).then(
        () => null,
        (e) => e,
      );
      expect(error?.message).toMatch(/^Knex: Timeout acquiring a connection/);
      expect(databaseTrouble(error)).toBe('outage');
    } finally {
      await knex.destroy();
    }
  });

  it('a SQLite write lock held by another connection is "busy" (503, a short Retry-After)', () => {
    const file = path.join(dir, 'locked.db');
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE t (x INTEGER)');
    const writer = new Database(file, { timeout: 10 });
    holder.exec('BEGIN IMMEDIATE');
    try {
      let error: any = null;
      try {
        writer.exec('INSERT INTO t VALUES (1)');
      } catch (e) {
        error = e;
      }
      expect(error?.code).toMatch(/^SQLITE_BUSY/);
      expect(databaseTrouble(error)).toBe('busy');
      expect(unavailableFor(error)).toMatchObject({ status: 503, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      writer.close();
    }
  });

  it('ordinary database errors and faults are not outages (they keep their own answer)', () => {
    expect(databaseTrouble(postgresError('23505', 'duplicate key value violates unique constraint'))).toBeNull();
    expect(databaseTrouble(postgresError('42P01', 'relation "x" does not exist'))).toBeNull();
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
    db.exec('INSERT INTO t VALUES (1)');
    let constraint: unknown = null;
    try {
      db.exec('INSERT INTO t VALUES (1)');
    } catch (e) {
      constraint = e;
    }
    db.close();
    expect(databaseTrouble(constraint)).toBeNull();
    expect(databaseTrouble(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
    expect(databaseTrouble(undefined)).toBeNull();
    expect(unavailableFor(new Error('boom'))).toBeNull();
  });
});
