/**
 * Backup and restore with the database's own tools (scripts/backup.js: SQLite's online backup API,
 * pg_dump/pg_restore): a database with complaints, letters and the audit trail, restored into a fresh one,
 * has lost nothing — row counts and every row of the plugin's tables compared field by field, and a
 * Strapi on the restored database serves the same dossier.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createPostgresDatabase, dropPostgresDatabase, PG_ADMIN, type TestDatabase } from '../helpers/database';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, APP_DIR, type TestApp } from '../helpers/strapi';

const TABLES = ['complaints_complaints', 'complaints_events', 'complaints_letters', 'complaints_hearings', 'complaints_agreements', 'complaints_departments', 'complaints_categories', 'complaints_letter_templates', 'complaints_reference_counters'];

describe('backup and restore', () => {
  let app: TestApp;
  let fx: Fixtures;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-backup-'));

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    const post = (p: string, body: object = {}) => app.http().post(`/complaints${p}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    for (let i = 0; i < 5; i += 1) {
      const id = (await post('/complaints', registration(fx, { complainantName: `Backup ${i}`, description: `Klacht nummer ${i} met é, ü en €.` }))).body.data.id;
      await post(`/complaints/${id}/acknowledge`, { answer: i % 2 ? 'Opgelost' : null });
      if (i < 3) await post(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived', note: 'Geen gesprek gewenst' });
    }
  });

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function snapshot(knex: any) {
    const result: Record<string, unknown[]> = {};
    for (const table of TABLES) result[table] = (await knex(table).select('*').orderBy('id')).map((row: any) => JSON.parse(JSON.stringify(row)));
    return result;
  }

  it('restores every complaint, letter and audit event into a fresh database', async () => {
    const before = await snapshot(app.strapi.db.connection);
    expect(before.complaints_complaints).toHaveLength(5);
    expect(before.complaints_events.length).toBeGreaterThanOrEqual(13);
    expect(before.complaints_letters.length).toBeGreaterThanOrEqual(5);

    const file = path.join(dir, 'backup');
    execFileSync(process.execPath, [path.join(APP_DIR, 'scripts', 'backup.js'), file], { env: { ...process.env, ...app.db.env }, stdio: 'pipe' });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);

    // restore into a fresh database
    let restored: TestDatabase;
    if (app.db.kind === 'postgres') {
      const name = `${app.db.env.DATABASE_NAME}_restored`;
      await createPostgresDatabase(name);
      execFileSync('pg_restore', ['--no-owner', '-h', PG_ADMIN.host, '-p', String(PG_ADMIN.port), '-U', PG_ADMIN.user, '-d', name, file], { stdio: 'pipe' });
      restored = { kind: 'postgres', env: { ...app.db.env, DATABASE_NAME: name }, drop: () => dropPostgresDatabase(name) };
    } else {
      const copy = path.join(dir, 'restored.db');
      fs.copyFileSync(file, copy);
      restored = { kind: 'sqlite', env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: copy }, drop: async () => undefined };
    }

    const complaintId = (before.complaints_complaints[0] as any).id;
    const dossierBefore = (await app.http().get(`/complaints/complaints/${complaintId}`).set('Authorization', `Bearer ${fx.superAdmin.token}`)).body.data;
    const token = fx.superAdmin.token;
    await app.stop();
    app = await startApp({ database: restored });
    try {
      expect(await snapshot(app.strapi.db.connection)).toEqual(before);
      const dossierAfter = (await app.http().get(`/complaints/complaints/${complaintId}`).set('Authorization', `Bearer ${token}`)).body.data;
      expect(dossierAfter.complaint).toEqual(dossierBefore.complaint);
      expect(dossierAfter.timeline).toEqual(dossierBefore.timeline);
      expect(dossierAfter.letters).toEqual(dossierBefore.letters);
    } finally {
      await app.stop();
      await restored.drop();
      app = await startApp(); // afterAll stops a running instance
    }
  });
});
