/**
 * Databases written by a previous release (tests/fixtures/upgrade/<version>/, made by
 * scripts/upgrade-fixture/make.js): load one into an empty database, start the new version on it, and
 * check with the manifest that everything the old release wrote is still there.
 *
 *   const db = await upgradeFixtureDatabase('0.1.0');        // TEST_DB decides sqlite or postgres
 *   const app = await startApp({ database: db });            // or startAppProcess(db)
 *   const manifest = readManifest('0.1.0');
 *   …
 *   await app.stop(); await db.drop();
 *
 * Neither loader needs a command-line tool: SQLite loads with better-sqlite3, PostgreSQL with the pg client
 * (the dump is INSERT statements without psql meta-commands, so one query() runs it).
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';
import { createPostgresDatabase, dropPostgresDatabase, PG_ADMIN, testDatabaseKind, type TestDatabase, type TestDatabaseKind } from './database';

export const UPGRADE_FIXTURES_DIR = path.join(__dirname, '..', 'fixtures', 'upgrade');

export interface UpgradeManifest {
  format: number;
  release: string;
  commit: string;
  madeAt: string;
  command: string;
  databases: Partial<Record<TestDatabaseKind, { file: string; bytes: number }>>;
  /** COMPLAINTS_NOW of the run's two phases. */
  clock: { phase1: string; phase2: string };
  /** TEST ONLY: the password every admin user of the fixture has. */
  credentials: { note: string; superAdmin: { email: string; password: string }; password: string };
  adminUsers: Array<{ id: number; email: string; isActive: boolean; roles: string[] }>;
  /** Rows per plugin table (complaints_*) that both databases have. */
  tables: Record<string, number>;
  /** Plugin tables only one database has (PostgreSQL: the rate limiter's counters), with their rows. */
  tablesOnlyIn: Partial<Record<TestDatabaseKind, Record<string, number>>>;
  complaints: Array<{
    id: number;
    reference: string;
    status: string;
    channel: string;
    complainantName: string;
    complainantEmail: string | null;
    departmentId: number | null;
    categoryId: number | null;
    handlerId: number | null;
    aboutEmployeeBehaviour: boolean | null;
    disputeEligible: boolean | null;
    /** What the maker did with this complaint. */
    scenario: string | null;
  }>;
  letters: Array<{
    id: number;
    complaintId: number;
    kind: string;
    audience: string;
    channel: string;
    locale: string;
    status: string;
    attempts: number;
    recipientEmail: string | null;
    dedupeKey: string | null;
    hasError: boolean;
    /** Random per letter, so per database. */
    messageId: Partial<Record<TestDatabaseKind, string>>;
  }>;
  /** Per complaint id: its audit events in id order. */
  events: Record<string, { count: number; types: string[]; ids: number[] }>;
  hearings: Array<{ id: number; complaintId: number; mode: string | null; location: string | null; held: boolean; skippedReason: string | null; minutes: string | null }>;
  agreements: Array<{ id: number; complaintId: number; description: string; ownerUserId: number | null; ownerDepartmentId: number | null; dueDate: string; status: string; settledNote: string | null }>;
  departments: Array<{ id: number; name: string; email: string | null; managerId: number | null; active: boolean | null; receivesUnassigned: boolean | null }>;
  categories: Array<{ id: number; key: string; nameNl: string; active: boolean | null; suggestsBehaviour: boolean | null }>;
  closedDays: Array<{ id: number; date: string; name: string; kind: string }>;
  editedTemplates: Array<{ id: number; kind: string; audience: string; locale: string; subject: string; editedByUserId: number | null }>;
  settings: { organisationName: string | null; committeeName: string | null; retentionMonths: number | null };
  formSettings: { minFillSeconds: number | null; showStaffNames: boolean | null };
  summary: Record<string, unknown>;
}

function fixtureFile(version: string, name: string): string {
  const file = path.join(UPGRADE_FIXTURES_DIR, version, name);
  if (!fs.existsSync(file)) throw new Error(`no upgrade fixture ${path.relative(process.cwd(), file)} (make it with node scripts/upgrade-fixture/make.js --out tests/fixtures/upgrade/${version})`);
  return file;
}

export function readManifest(version: string): UpgradeManifest {
  return JSON.parse(fs.readFileSync(fixtureFile(version, 'manifest.json'), 'utf8'));
}

/** Loads the release's SQLite dump into `targetFile`, which must not exist yet (or be empty). */
export function loadSqliteFixture(version: string, targetFile: string): void {
  const sql = fs.readFileSync(fixtureFile(version, 'sqlite.sql'), 'utf8');
  if (fs.existsSync(targetFile) && fs.statSync(targetFile).size > 0) throw new Error(`${targetFile} is not empty`);
  fs.mkdirSync(path.dirname(targetFile), { recursive: true });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Database = require('better-sqlite3');
  const db = new Database(targetFile);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Creates the PostgreSQL database `databaseName` (127.0.0.1:5432 as the suite uses) and loads the release's dump. */
export async function loadPostgresFixture(version: string, databaseName: string): Promise<void> {
  const sql = fs.readFileSync(fixtureFile(version, 'postgres.sql'), 'utf8');
  await createPostgresDatabase(databaseName);
  const client = new Client({ ...PG_ADMIN, database: databaseName });
  try {
    await client.connect();
    // one simple query: the statements run in one implicit transaction, all or nothing
    await client.query(sql);
  } catch (error) {
    await client.end().catch(() => undefined);
    await dropPostgresDatabase(databaseName);
    throw error;
  }
  await client.end();
}

/**
 * A TestDatabase (for startApp({ database }) or startAppProcess) holding the release's fixture: a temp
 * SQLite file or a new PostgreSQL database; `drop()` removes it.
 */
export async function upgradeFixtureDatabase(version: string, kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const suffix = `${process.pid}_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  if (kind === 'postgres') {
    const name = `complaints_upgrade_${version.replace(/\W/g, '_')}_${suffix}`;
    await loadPostgresFixture(version, name);
    return {
      kind,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: PG_ADMIN.host, DATABASE_PORT: String(PG_ADMIN.port), DATABASE_NAME: name, DATABASE_USERNAME: PG_ADMIN.user, DATABASE_PASSWORD: PG_ADMIN.password, DATABASE_SSL: 'false' },
      drop: () => dropPostgresDatabase(name),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-upgrade-'));
  const filename = path.join(dir, `upgrade_${suffix}.db`);
  loadSqliteFixture(version, filename);
  return {
    kind,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Rows of a query on a fixture database as the old release left it (before an app has started on it). */
export async function queryFixtureDatabase<T = Record<string, unknown>>(database: TestDatabase, sql: string): Promise<T[]> {
  if (database.kind === 'sqlite') {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Database = require('better-sqlite3');
    const db = new Database(database.env.DATABASE_FILENAME, { readonly: true });
    try {
      return db.prepare(sql).all() as T[];
    } finally {
      db.close();
    }
  }
  const client = new Client({ ...PG_ADMIN, database: database.env.DATABASE_NAME });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
