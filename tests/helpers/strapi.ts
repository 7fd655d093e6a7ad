/**
 * Boots a real Strapi (the compiled app with the complaints plugin) on a fresh database, once per test
 * file. The suite's global setup compiled the app; this only loads it.
 */
import path from 'path';
import supertest from 'supertest';
import type { Core } from '@strapi/strapi';
import { TEST_ENV } from '../setup/test-env';
import { createTestDatabase, TestDatabase, TestDatabaseKind } from './database';

export const APP_DIR = path.join(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  /** supertest against the instance's HTTP server */
  http: () => supertest.Agent;
  /** http://127.0.0.1:port when started with `listen: true` */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for this instance (SMTP settings, feature switches). */
  env?: Record<string, string>;
  /** Listen on a real port (browser tests) instead of only mounting the routes for supertest. */
  listen?: boolean;
  serveAdminPanel?: boolean;
  /** Reuse this database instead of creating one (a second instance on the same data). */
  database?: TestDatabase;
  databaseKind?: TestDatabaseKind;
}

export async function startApp(options: StartOptions = {}): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase(options.databaseKind));
  Object.assign(process.env, TEST_ENV, db.env, options.env ?? {});

  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: options.serveAdminPanel ?? false,
  });
  await strapi.load();

  let url = '';
  if (options.listen) {
    await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
    const address = strapi.server.httpServer.address();
    url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  } else {
    strapi.server.mount();
  }

  return {
    strapi,
    db,
    url,
    http: () => supertest.agent(strapi.server.httpServer),
    async stop() {
      await strapi.destroy();
      if (!options.database) await db.drop();
    },
  };
}
