/**
 * Health and outages: the health route asks the database and reports the outbox backlog; when the
 * database cannot be reached (PostgreSQL cut off behind a TCP relay) or stays locked by another process
 * (SQLite), every route answers 503 with Retry-After in both languages instead of 500, the event loop
 * keeps serving meanwhile, and the same filled-in form sent again afterwards files one complaint.
 */
import crypto from 'crypto';
import { PG_ADMIN, testDatabaseKind } from '../helpers/database';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { holdWriteLock } from '../helpers/sqlite-lock';
import { startApp, type TestApp } from '../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';

const kind = testDatabaseKind();
const COMPLAINT = 'plugin::complaints.complaint';
const LETTER = 'plugin::complaints.letter';

describe('health and database outages', () => {
  let app: TestApp;
  let fx: Fixtures;
  let proxy: TcpProxy | null = null;
  let ipCounter = 0;

  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const health = () => app.http().get('/api/complaints/health');
  /** A filled-in public form (its token issued ten seconds ago: filled in at human speed). */
  const filledInForm = (complainantName: string) => ({
    complainantName,
    complainantEmail: 'storing@example.nl',
    categoryId: String(fx.categories.service),
    description: 'De afvalcontainer in onze straat is al drie weken niet geleegd, ondanks twee meldingen.',
    privacyConsent: true,
    website: '',
    formToken: service('publicForm').issueToken(new Date(Date.now() - 10_000)),
    submissionKey: crypto.randomBytes(16).toString('hex'),
    locale: 'nl',
  });
  const submit = (body: object) => app.http().post('/api/complaints/submissions').set('X-Forwarded-For', `10.7.0.${++ipCounter}`).send(body);
  const complaintsNamed = (complainantName: string) => app.strapi.db.query(COMPLAINT).count({ where: { complainantName } });

  function expectUnavailable(res: { status: number; headers: Record<string, string>; body: any }) {
    expect(res.status).toBe(503);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.error).toMatchObject({ status: 503, name: 'ServiceUnavailableError', details: { code: 'database_unavailable' } });
    expect(res.body.error.details.messages.nl).toMatch(/Probeer het over enkele minuten opnieuw/);
    expect(res.body.error.details.messages.en).toMatch(/try again in a few minutes/);
  }

  beforeAll(async () => {
    const env = { TRUST_PROXY: 'true', COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '100/3600' };
    if (kind === 'postgres') {
      // the instance reaches PostgreSQL only through this relay, which the outage test cuts
      proxy = await startTcpProxy({ host: PG_ADMIN.host, port: PG_ADMIN.port });
      app = await startApp({ env: { ...env, DATABASE_PORT: String(proxy.port) } });
    } else {
      app = await startApp({ env });
    }
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await proxy?.restore().catch(() => undefined);
    await app?.stop();
    await proxy?.close();
  });

  it('answers health with the outbox backlog (counts and an age, no personal data) while the database is up', async () => {
    const filed = await submit(filledInForm('Gezond Backlog'));
    expect(filed.status).toBe(201);
    const complaint = await service('complaints').requireById((await app.strapi.db.query(COMPLAINT).findOne({ where: { reference: filed.body.data.reference } })).id);
    // a known outbox: only the letters below
    await app.strapi.db.connection('complaints_letters').del();
    const recipient = { name: 'Gezond Backlog', email: 'backlog-ontvanger@example.nl', addressLines: [], locale: 'nl' };
    await service('letters').queueMany(complaint, Array.from({ length: 5 }, () => ({ kind: 'closure', audience: 'complainant', recipient, channel: 'email' })));
    const [overdue, later, dueNow, leaseRanOut, sent] = await app.strapi.db.query(LETTER).findMany({ orderBy: { id: 'asc' } });
    const now = Date.now();
    await app.strapi.db.query(LETTER).update({ where: { id: overdue.id }, data: { nextAttemptAt: new Date(now - 120_000) } });
    await app.strapi.db.query(LETTER).update({ where: { id: later.id }, data: { nextAttemptAt: new Date(now + 3_600_000) } });
    await app.strapi.db.query(LETTER).update({ where: { id: leaseRanOut.id }, data: { status: 'sending', claimedBy: 'a-dead-worker', claimedUntil: new Date(now - 30_000) } });
    await app.strapi.db.query(LETTER).update({ where: { id: sent.id }, data: { status: 'sent', sentAt: new Date(now) } });
    expect(dueNow.status).toBe('queued');

    const res = await health();
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.data).toMatchObject({ plugin: 'complaints', status: 'ok', database: 'up' });
    // queued: overdue, later, dueNow; due: overdue, dueNow and the one whose worker's lease ran out
    expect(res.body.data.outbox).toMatchObject({ queued: 3, due: 3 });
    expect(res.body.data.outbox.oldestDueSeconds).toBeGreaterThanOrEqual(120);
    expect(res.body.data.outbox.oldestDueSeconds).toBeLessThan(3600);
    expect(JSON.stringify(res.body)).not.toMatch(/backlog|Gezond|example\.nl|KL-/i);
  });

  if (kind === 'postgres') {
    it('PostgreSQL down: health and every route answer 503 with Retry-After; after recovery the same form files one complaint', async () => {
      const form = filledInForm('Storing Postgres');
      await proxy!.cut();
      try {
        const down = await health();
        expect(down.status).toBe(503);
        expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
        expect(down.body.data).toMatchObject({ plugin: 'complaints', status: 'unavailable', database: 'down' });

        // the public submission, first of all
        const submission = await submit(form);
        expectUnavailable(submission);
        expect(submission.body.error.message).toBe(submission.body.error.details.messages.nl);
        const english = await app.http().post('/api/complaints/submissions').set('X-Forwarded-For', '10.7.1.1').set('Accept-Language', 'en').send({ ...form, locale: undefined });
        expectUnavailable(english);
        expect(english.body.error.message).toBe(english.body.error.details.messages.en);

        // a staff route of the plugin, and one of Strapi's own (the admin login)
        expectUnavailable(await app.http().get('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`));
        expectUnavailable(await app.http().post('/admin/login').send({ email: fx.superAdmin.email, password: fx.superAdmin.password }));
      } finally {
        await proxy!.restore();
      }

      // back: health turns 200 once a connection is made again (the pool reconnects on demand)
      let up = await health();
      for (let tries = 0; up.status !== 200 && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        up = await health();
      }
      expect(up.status).toBe(200);
      const again = await submit(form);
      expect(again.status).toBe(201);
      expect(await complaintsNamed('Storing Postgres')).toBe(1);
    });
  }

  if (kind === 'sqlite') {
    const databaseFile = () => app.db.env.DATABASE_FILENAME;

    it('SQLite locked by another process: health keeps answering, and the waiting submission is filed once the lock is released', async () => {
      const lock = await holdWriteLock(databaseFile());
      let settled = false;
      let pending: Promise<any>;
      try {
        pending = submit(filledInForm('Slot Kort')).then((res) => {
          settled = true;
          return res;
        });
        // the event loop is not frozen by the lock: health answers from the database meanwhile
        const during = await health();
        expect(during.status).toBe(200);
        expect(during.body.data.database).toBe('up');
        const again = await health();
        expect(again.status).toBe(200);
        // …while the submission is still waiting for the lock
        expect(settled).toBe(false);
      } finally {
        await lock.release();
      }
      const res = await pending!;
      expect(res.status).toBe(201);
      expect(await complaintsNamed('Slot Kort')).toBe(1);
    });

    it('SQLite that stays locked: the submission and a staff registration answer 503 with Retry-After, never 500; the same form resent files one complaint', async () => {
      const form = filledInForm('Slot Lang');
      const lock = await holdWriteLock(databaseFile());
      try {
        const submission = await submit(form);
        expectUnavailable(submission);
        const staff = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantName: 'Slot Balie' }));
        expectUnavailable(staff);
        // reads go on: health still answers while the lock is held
        expect((await health()).status).toBe(200);
      } finally {
        await lock.release();
      }
      expect(await complaintsNamed('Slot Lang')).toBe(0);
      const again = await submit(form);
      expect(again.status).toBe(201);
      expect(await complaintsNamed('Slot Lang')).toBe(1);
      expect(await complaintsNamed('Slot Balie')).toBe(0);
    });
  }
});
