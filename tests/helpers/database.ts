/**
 * A fresh database per booted instance: a temp SQLite file, or a new PostgreSQL database on
 * 127.0.0.1:5432 when TEST_DB=postgres (created here, dropped when the instance stops).
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

export type TestDatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: TestDatabaseKind;
  env: Record<string, string>;
  /** Removes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

export const PG_ADMIN = {
  host: process.env.TEST_PG_HOST || '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT || 5432),
  user: process.env.TEST_PG_USER || 'postgres',
  password: process.env.TEST_PG_PASSWORD || '',
};

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...PG_ADMIN, database: 'postgres' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** A database for one test file; `shared` reuses an existing one (a second instance on the same data). */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind()): Promise<TestDatabase> {
  const suffix = `${process.pid}_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  if (kind === 'postgres') {
    const name = `complaints_test_${suffix}`;
    await createPostgresDatabase(name);
    return {
      kind,
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: PG_ADMIN.host,
        DATABASE_PORT: String(PG_ADMIN.port),
        DATABASE_NAME: name,
        DATABASE_USERNAME: PG_ADMIN.user,
        DATABASE_PASSWORD: PG_ADMIN.password,
        DATABASE_SSL: 'false',
      },
      drop: () => dropPostgresDatabase(name),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-test-'));
  const filename = path.join(dir, `test_${suffix}.db`);
  return {
    kind,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
