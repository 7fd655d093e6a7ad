/**
 * A throwaway database per benchmark run (a temp SQLite file, or a new PostgreSQL database on
 * 127.0.0.1:5432, user postgres, trust auth, like the test suite), plus a direct client the benchmark uses
 * to check what the app stored and to queue outbox rows.
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PG = {
  host: process.env.BENCH_PG_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_PG_PORT || 5432),
  user: process.env.BENCH_PG_USER || 'postgres',
  password: process.env.BENCH_PG_PASSWORD || '',
};

async function pgAdmin(sql) {
  const { Client } = require('pg');
  const client = new Client({ ...PG, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates the database; `drop()` removes it (file and its WAL, or the PostgreSQL database). */
async function createDatabase(kind, label) {
  const suffix = `${process.pid}_${Date.now()}_${crypto.randomBytes(2).toString('hex')}`;
  if (kind === 'postgres') {
    const name = `bench_${label}_${suffix}`;
    await pgAdmin(`CREATE DATABASE "${name}"`);
    return {
      kind,
      name,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: PG.host, DATABASE_PORT: String(PG.port), DATABASE_NAME: name, DATABASE_USERNAME: PG.user, DATABASE_PASSWORD: PG.password, DATABASE_SSL: 'false' },
      drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${label}-`));
  const filename = path.join(dir, 'bench.db');
  return {
    kind,
    name: filename,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A throwaway copy of a database kept by an earlier run (`source`: the SQLite file or the PostgreSQL
 * database name), so one seeding serves several measured runs that each start from the same state.
 */
async function copyDatabase(kind, source, label) {
  if (kind === 'postgres') {
    const name = `bench_${label}_${process.pid}_${Date.now()}_${crypto.randomBytes(2).toString('hex')}`;
    await pgAdmin(`CREATE DATABASE "${name}" TEMPLATE "${source}"`);
    return {
      kind,
      name,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: PG.host, DATABASE_PORT: String(PG.port), DATABASE_NAME: name, DATABASE_USERNAME: PG.user, DATABASE_PASSWORD: PG.password, DATABASE_SSL: 'false' },
      drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const db = await createDatabase(kind, label);
  for (const suffix of ['', '-wal']) if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, db.name + suffix);
  return db;
}

/**
 * A direct connection: `query(sql, params)` with `?` placeholders on both databases, returning rows;
 * `transaction(fn)` runs fn with the same interface inside one transaction.
 */
async function connect(db) {
  if (db.kind === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ ...PG, database: db.name });
    await client.connect();
    const query = async (sql, params = []) => {
      let n = 0;
      const result = await client.query(sql.replace(/\?/g, () => `$${++n}`), params);
      return result.rows;
    };
    return {
      kind: db.kind,
      query,
      async transaction(fn) {
        await client.query('BEGIN');
        try {
          const value = await fn(query);
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      close: () => client.end(),
    };
  }
  const Database = require('better-sqlite3');
  const sqlite = new Database(db.name);
  // The app holds the file too: wait for its write lock instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 10000');
  const query = async (sql, params = []) => {
    const statement = sqlite.prepare(sql);
    return statement.reader ? statement.all(...params) : (statement.run(...params), []);
  };
  return {
    kind: db.kind,
    query,
    async transaction(fn) {
      // BEGIN IMMEDIATE: take the write lock up front, so the app cannot slip in between our statements.
      sqlite.prepare('BEGIN IMMEDIATE').run();
      try {
        const value = await fn(query);
        sqlite.prepare('COMMIT').run();
        return value;
      } catch (error) {
        sqlite.prepare('ROLLBACK').run();
        throw error;
      }
    },
    close: async () => sqlite.close(),
  };
}

module.exports = { createDatabase, copyDatabase, connect };
