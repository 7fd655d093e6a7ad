#!/usr/bin/env node
/**
 * Makes the upgrade fixture of THIS release: a database written by this version of the app, on SQLite and
 * on PostgreSQL, dumped as SQL text, with a manifest of what it holds. The next release's upgrade test
 * loads these dumps into empty databases (tests/helpers/upgrade-fixture.ts), starts the new version on
 * them and checks the manifest's facts survived.
 *
 *   node scripts/upgrade-fixture/make.js --out tests/fixtures/upgrade/<version>
 *     [--only sqlite|postgres]   one database (while working on the scenario; a fixture needs both)
 *     [--skip-build]             use dist/ and src/plugins/complaints/dist as they are
 *     [--keep]                   keep the temp databases (their names are printed)
 *
 * Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) and pg_dump of the same major version.
 * The app runs in a child process (scripts/bench/lib/app.js) with the test suite's secrets, a pinned
 * clock, jobs on and a real SMTP server in this process; it is filled only through its HTTP routes
 * (lib/scenario.js). The SQLite dump is made with better-sqlite3 (lib/sqlite-dump.js), the PostgreSQL dump
 * with pg_dump; both are loaded back into empty databases and compared before anything is written.
 */
const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const { startApp } = require('../bench/lib/app');
const { ensureBuilt } = require('../bench/lib/build');
const { step } = require('../bench/lib/log');
const { PG, pgClient, createPgDatabase, dropPgDatabase, createDatabase, connect } = require('./lib/db');
const { dumpSqlite, contentOf } = require('./lib/sqlite-dump');
const { readFacts } = require('./lib/facts');
const { phaseOne, phaseTwo, SUPER_ADMIN } = require('./lib/scenario');
const { startSmtp, freePort } = require('./lib/smtp');

/** The clock of each phase (COMPLAINTS_NOW): a Monday morning, then the Wednesday after. */
const CLOCK = { phase1: '2026-11-02T09:00:00+01:00', phase2: '2026-11-04T09:00:00+01:00' };

/** The test suite's secrets (tests/setup/test-env.ts), so the suite boots on the fixture as it was made. */
const SECRETS = {
  APP_KEYS: 'testKeyA,testKeyB,testKeyC,testKeyD',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
};

const USAGE = 'usage: node scripts/upgrade-fixture/make.js --out tests/fixtures/upgrade/<version> [--only sqlite|postgres] [--skip-build] [--keep]';

function parseArgs(argv) {
  const args = { out: null, only: null, skipBuild: false, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out') args.out = argv[++i];
    else if (arg === '--only') args.only = argv[++i];
    else if (arg === '--skip-build') args.skipBuild = true;
    else if (arg === '--keep') args.keep = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!args.out) throw new Error(USAGE);
  if (args.only && !['sqlite', 'postgres'].includes(args.only)) throw new Error(`--only takes sqlite or postgres\n${USAGE}`);
  return args;
}

const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();

/** Runs both phases on one fresh database; answers its facts. The database is left stopped, not dropped. */
async function fill(db, password) {
  const read = await connect(db).catch(() => null); // SQLite: the file does not exist before the first start
  const env = (clock) => ({
    ...SECRETS,
    NODE_ENV: 'production',
    COMPLAINTS_NOW: clock,
    COMPLAINTS_JOBS_ENABLED: 'true',
    COMPLAINTS_DEMO_DATA: 'false',
    // one sender: letters (and the audit events of their outcome) are written in the order they were queued
    COMPLAINTS_OUTBOX_CONCURRENCY: '1',
    COMPLAINTS_OUTBOX_POLL_SECONDS: '1',
    PUBLIC_URL: 'https://klachten.gemeente-voorbeeld.test',
  });

  const smtp = await startSmtp();
  let app = await startApp({ db, env: { ...env(CLOCK.phase1), ...smtp.env, COMPLAINTS_OUTBOX_MAX_ATTEMPTS: '2', COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '1' } });
  let result;
  const conn = read ?? (await connect(db));
  try {
    result = await phaseOne({ url: app.url, read: conn, password, log: step });
  } finally {
    await app.stop();
    await smtp.close();
  }
  step(`phase 1 done: ${smtp.received.length} e-mails delivered to the SMTP server`);

  // Phase 2: the mail server is gone (nothing listens on its port); a failed attempt waits 10 minutes.
  const deadPort = await freePort();
  app = await startApp({ db, env: { ...env(CLOCK.phase2), ...smtp.env, SMTP_PORT: String(deadPort), COMPLAINTS_OUTBOX_MAX_ATTEMPTS: '8', COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '600' } });
  try {
    await phaseTwo({ url: app.url, read: conn, password, pending: result.pending, labels: result.labels, log: step });
  } finally {
    await app.stop();
  }
  const facts = await readFacts(conn);
  await conn.close();
  return { facts, labels: result.labels, delivered: smtp.received.length };
}

/** SQLite: dump with better-sqlite3, load into a fresh file, compare every table. */
function dumpAndCheckSqlite(db, file) {
  const sql = dumpSqlite(db.name);
  const check = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-fixture-check-')), 'loaded.db');
  try {
    const Database = require('better-sqlite3');
    const loaded = new Database(check);
    loaded.exec(sql);
    loaded.close();
    if (contentOf(check) !== contentOf(db.name)) throw new Error('the SQLite dump does not load back into the same content');
  } finally {
    fs.rmSync(path.dirname(check), { recursive: true, force: true });
  }
  fs.writeFileSync(file, sql);
}

/** Every plugin and Strapi table's rows as one checksum per table (PostgreSQL). */
async function pgChecksums(database) {
  const client = pgClient(database);
  await client.connect();
  try {
    const { rows } = await client.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
    const sums = {};
    for (const { name } of rows) sums[name] = (await client.query(`SELECT COUNT(*) AS n, md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`)).rows[0];
    const seqs = (await client.query("SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename")).rows;
    return JSON.stringify({ sums, seqs });
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL: pg_dump as INSERT statements (no COPY … FROM stdin), so the file loads with psql -f and with
 * one query() of the pg client alike; psql's \restrict / \unrestrict lines (pg_dump 15.14+) are removed for
 * the same reason. Loaded into a fresh database and compared table by table.
 */
async function dumpAndCheckPostgres(db, file) {
  const raw = execFileSync('pg_dump', ['-h', PG.host, '-p', String(PG.port), '-U', PG.user, '--no-owner', '--no-privileges', '--column-inserts', '--no-comments', db.name], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PGPASSWORD: PG.password },
  });
  const sql = raw
    .split('\n')
    .filter((line) => !/^\\(restrict|unrestrict)\b/.test(line))
    .join('\n');
  if (/^\\/m.test(sql)) throw new Error('the PostgreSQL dump still holds a psql meta-command');
  const check = `${db.name}_check`;
  await createPgDatabase(check);
  try {
    const client = pgClient(check);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
    if ((await pgChecksums(check)) !== (await pgChecksums(db.name))) throw new Error('the PostgreSQL dump does not load back into the same content');
  } finally {
    await dropPgDatabase(check);
  }
  fs.writeFileSync(file, sql);
}

/** The same facts on both databases, or a list of where they differ. */
function differences(a, b, where = '') {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences(a[k], b[k], `${where}.${k}`));
  }
  return [`${where}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const out = path.resolve(ROOT, args.out);
  const version = require(path.join(ROOT, 'package.json')).version;
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src', 'config', 'package.json');
  if (dirty) step(`WARNING: src/, config/ or package.json differ from commit ${commit.slice(0, 7)}; the fixture would not be that release's:\n${dirty}`);
  if (path.basename(out) !== version) step(`WARNING: --out ends in ${path.basename(out)}, but package.json says ${version}`);

  ensureBuilt({ skip: args.skipBuild });
  fs.mkdirSync(out, { recursive: true });

  // Test-only credentials, new on every run; the manifest records them for the upgrade test.
  const password = `Fixture-${crypto.randomBytes(6).toString('hex')}-Aa1`;
  const kinds = args.only ? [args.only] : ['sqlite', 'postgres'];
  const made = {};
  for (const kind of kinds) {
    const db = await createDatabase(kind);
    step(`${kind}: filling ${db.name}`);
    try {
      made[kind] = await fill(db, password);
      const file = path.join(out, `${kind}.sql`);
      if (kind === 'sqlite') dumpAndCheckSqlite(db, file);
      else await dumpAndCheckPostgres(db, file);
      step(`${kind}: ${path.relative(ROOT, file)} written (${(fs.statSync(file).size / 1024).toFixed(0)} KiB), loads back identically`);
    } finally {
      if (args.keep) step(`${kind}: kept ${db.name}`);
      else await db.drop();
    }
  }

  // Tables that only one database has (the rate limiter keeps its counters in a table on PostgreSQL, in
  // memory on SQLite) are not content: listed per database, left out of the comparison.
  const common = Object.keys(made[kinds[0]].facts.logical.tables).filter((t) => kinds.every((k) => t in made[k].facts.logical.tables));
  const onlyIn = {};
  for (const kind of kinds) {
    const tables = made[kind].facts.logical.tables;
    for (const table of Object.keys(tables).filter((t) => !common.includes(t))) {
      onlyIn[kind] = { ...onlyIn[kind], [table]: tables[table] };
      delete tables[table];
    }
  }

  const [first, ...others] = kinds;
  for (const other of others) {
    const diff = differences(made[first].facts.logical, made[other].facts.logical);
    if (diff.length) throw new Error(`the ${first} and ${other} fixtures differ:\n${diff.slice(0, 40).join('\n')}`);
    if (JSON.stringify(made[first].labels) !== JSON.stringify(made[other].labels)) throw new Error('the complaints were given different ids on the two databases');
  }

  const logical = made[first].facts.logical;
  const manifest = {
    format: 1,
    release: version,
    commit,
    madeAt: new Date().toISOString().slice(0, 10),
    command: `node scripts/upgrade-fixture/make.js --out ${path.relative(ROOT, out)}`,
    databases: Object.fromEntries(kinds.map((k) => [k, { file: `${k}.sql`, bytes: fs.statSync(path.join(out, `${k}.sql`)).size }])),
    clock: CLOCK,
    credentials: {
      note: 'TEST ONLY: random password of this fixture; every admin user of the fixture has it.',
      superAdmin: { email: SUPER_ADMIN.email, password },
      password,
    },
    adminUsers: logical.adminUsers,
    tables: logical.tables,
    tablesOnlyIn: onlyIn,
    complaints: logical.complaints.map((c) => ({ ...c, scenario: made[first].labels[c.id] ?? null })),
    letters: logical.letters.map((l) => ({ ...l, messageId: Object.fromEntries(kinds.map((k) => [k, made[k].facts.messageIds[l.id]])) })),
    events: logical.events,
    hearings: logical.hearings,
    agreements: logical.agreements,
    departments: logical.departments,
    categories: logical.categories,
    closedDays: logical.closedDays,
    editedTemplates: logical.editedTemplates,
    settings: logical.settings,
    formSettings: logical.formSettings,
    summary: {
      complaintsByStatus: logical.complaints.reduce((acc, c) => ({ ...acc, [c.status]: (acc[c.status] ?? 0) + 1 }), {}),
      lettersByStatus: logical.letters.reduce((acc, l) => ({ ...acc, [l.status]: (acc[l.status] ?? 0) + 1 }), {}),
      emailsDeliveredWhileMaking: made[first].delivered,
    },
  };
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  step(`manifest written: ${logical.complaints.length} complaints, ${logical.letters.length} letters, ${Object.values(logical.events).reduce((n, e) => n + e.count, 0)} audit events`);
  step(`complaints by status: ${JSON.stringify(manifest.summary.complaintsByStatus)}`);
  step(`letters by status: ${JSON.stringify(manifest.summary.lettersByStatus)}`);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
