/**
 * The throwaway databases the fixture is written into (a temp SQLite file, a temp PostgreSQL database on
 * 127.0.0.1:5432, user postgres, trust auth, as the test suite uses), and a direct read connection to
 * watch the outbox and read the facts for the manifest. The app itself is only ever written to through
 * its HTTP routes.
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PG = {
  host: process.env.TEST_PG_HOST || '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT || 5432),
  user: process.env.TEST_PG_USER || 'postgres',
  password: process.env.TEST_PG_PASSWORD || '',
};

/** pg parses DATE into a local-time Date; the manifest wants the text the column holds. */
function pgClient(database) {
  const { Client, types } = require('pg');
  return new Client({
    ...PG,
    database,
    types: { getTypeParser: (oid, format) => (oid === 1082 ? (v) => v : types.getTypeParser(oid, format)) },
  });
}

async function pgAdmin(sql) {
  const client = pgClient('postgres');
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const createPgDatabase = (name) => pgAdmin(`CREATE DATABASE "${name}"`);
const dropPgDatabase = (name) => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

async function createDatabase(kind, label = 'upgrade_fixture') {
  const suffix = `${process.pid}_${Date.now()}_${crypto.randomBytes(2).toString('hex')}`;
  if (kind === 'postgres') {
    const name = `${label}_${suffix}`;
    await createPgDatabase(name);
    return {
      kind,
      name,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: PG.host, DATABASE_PORT: String(PG.port), DATABASE_NAME: name, DATABASE_USERNAME: PG.user, DATABASE_PASSWORD: PG.password, DATABASE_SSL: 'false' },
      drop: () => dropPgDatabase(name),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`));
  const name = path.join(dir, 'fixture.db');
  return {
    kind,
    name,
    dir,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: name },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** `query(sql, params)` with `?` placeholders on both databases, answering plain rows. Read use only. */
async function connect(db) {
  if (db.kind === 'postgres') {
    const client = pgClient(db.name);
    await client.connect();
    return {
      kind: db.kind,
      async query(sql, params = []) {
        let n = 0;
        return (await client.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows;
      },
      close: () => client.end(),
    };
  }
  const Database = require('better-sqlite3');
  const sqlite = new Database(db.name, { fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  return {
    kind: db.kind,
    async query(sql, params = []) {
      return sqlite.prepare(sql).all(...params);
    },
    close: async () => sqlite.close(),
  };
}

module.exports = { PG, pgClient, pgAdmin, createPgDatabase, dropPgDatabase, createDatabase, connect };
