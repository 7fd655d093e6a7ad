/**
 * The outbox with several instances on one database and a crash: two workers never send the same letter
 * (also when every message takes the relay longer than the lease: the heartbeat keeps it), and a worker
 * killed mid-run loses nothing (its leased letters are reclaimed by the next one).
 */
import { MARK_BATCH } from '../../src/plugins/complaints/server/src/outbox';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startAppProcess, type AppProcess } from '../helpers/process';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { startApp, type TestApp } from '../helpers/strapi';

describe('outbox across instances', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let fx: Fixtures;
  const workers: AppProcess[] = [];

  // On SQLite the processes share one file: Strapi's own start-up writes (its core store) wait for another
  // worker's commit instead of failing after the app's 100 ms (a busy machine stretches those commits);
  // the leases and marks under test are the same. Several instances in production run on PostgreSQL.
  const workerEnv = (relay: TestSmtp = smtp) => ({ ...relay.env, DATABASE_BUSY_TIMEOUT: '1000', COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_POLL_SECONDS: '1', COMPLAINTS_OUTBOX_LEASE_SECONDS: '3', COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '1' });
  /** Starts a worker and keeps it in `workers` at once, so a later one that fails to start cannot leave it running. */
  const startWorker = async (env: Record<string, string>) => {
    workers.push(await startAppProcess(app.db, env));
  };

  /** Queues `count` letters to `to` in one transaction (the in-test instance does not send). */
  async function queueLetters(to: string, count: number): Promise<void> {
    const res = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantEmail: to }));
    const complaint = await app.strapi.plugin('complaints').service('complaints').requireById(res.body.data.id);
    const letters = app.strapi.plugin('complaints').service('letters');
    const recipient = { name: 'Ontvanger', email: to, addressLines: [], locale: 'nl' };
    const letter = { kind: 'closure', audience: 'complainant', recipient, channel: 'email' };
    await letters.queueMany(complaint, Array.from({ length: count }, () => letter));
  }

  const deliveredTo = (to: string, relay: TestSmtp = smtp) => relay.received.filter((m) => m.to === to);
  const duplicates = (to: string, relay: TestSmtp = smtp) => deliveredTo(to, relay).length - new Set(deliveredTo(to, relay).map((m) => m.messageId)).size;

  beforeAll(async () => {
    smtp = await startSmtp({ parse: false });
    app = await startApp({ listen: true, env: { ...smtp.env, COMPLAINTS_JOBS_ENABLED: 'false' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await app?.stop();
    await smtp?.close();
  });

  it('two instances draining one queue send every letter exactly once', async () => {
    await queueLetters('twee@example.nl', 300);
    await startWorker(workerEnv());
    await startWorker(workerEnv());
    await smtp.waitFor(() => new Set(deliveredTo('twee@example.nl').map((m) => m.messageId)).size >= 300, 90000);
    await new Promise((r) => setTimeout(r, 1500)); // a late duplicate would arrive now
    expect(deliveredTo('twee@example.nl')).toHaveLength(300);
    expect(duplicates('twee@example.nl')).toBe(0);
    const sentCount = () => app.strapi.db.query('plugin::complaints.letter').count({ where: { recipientEmail: 'twee@example.nl', status: 'sent' } });
    for (let wait = 0; (await sentCount()) < 300 && wait < 100; wait += 1) await new Promise((r) => setTimeout(r, 100));
    const sent = await sentCount();
    expect(sent).toBe(300);
    while (workers.length) await workers.pop()!.stop();
  });

  it('a relay slower than the lease still gets every letter once: the heartbeat keeps the lease while the worker sends', async () => {
    // each message takes the relay 1.5 leases; without renewal the other instance would reclaim and resend
    const leaseSeconds = 2;
    const slow = await startSmtp({ parse: false, delayMs: leaseSeconds * 1500 });
    try {
      const env = { ...workerEnv(slow), COMPLAINTS_OUTBOX_LEASE_SECONDS: String(leaseSeconds), COMPLAINTS_OUTBOX_CONCURRENCY: '4' };
      await queueLetters('traag@example.nl', 24);
      await startWorker(env);
      await startWorker(env);
      await slow.waitFor(() => new Set(deliveredTo('traag@example.nl', slow).map((m) => m.messageId)).size >= 24, 90000);
      await new Promise((r) => setTimeout(r, leaseSeconds * 1500)); // a letter sent again would arrive by now
      expect(deliveredTo('traag@example.nl', slow)).toHaveLength(24);
      expect(duplicates('traag@example.nl', slow)).toBe(0);
      const letters = () => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { recipientEmail: 'traag@example.nl' }, select: ['status', 'attempts'] });
      for (let wait = 0; (await letters()).some((l: { status: string }) => l.status !== 'sent') && wait < 100; wait += 1) await new Promise((r) => setTimeout(r, 100));
      const rows = await letters();
      expect(rows.map((l: { status: string }) => l.status)).toEqual(Array(24).fill('sent'));
      // no letter was claimed twice: its lease held from claim to mark
      expect(rows.map((l: { attempts: number }) => Number(l.attempts))).toEqual(Array(24).fill(1));
      const repeats = await app.strapi.db.query('plugin::complaints.complaint-event').count({ where: { type: 'letter.possibly_duplicated' } });
      expect(repeats).toBe(0);
    } finally {
      while (workers.length) await workers.pop()!.stop();
      await slow.close();
    }
  });

  it('a worker that stalls past its lease mid-send lets its letters go, and a letter it still sent is reported in the dossier', async () => {
    const leaseSeconds = 2;
    const slow = await startSmtp({ parse: false, delayMs: 3000 });
    try {
      const env = { ...workerEnv(slow), COMPLAINTS_OUTBOX_LEASE_SECONDS: String(leaseSeconds), COMPLAINTS_OUTBOX_CONCURRENCY: '4' };
      await queueLetters('pauze@example.nl', 12);
      const stalled = await startAppProcess(app.db, env);
      workers.push(stalled);
      await slow.waitFor(() => slow.inProgress() > 0, 60000);
      stalled.child.kill('SIGSTOP'); // a long GC or a paused VM: the relay finishes the message meanwhile
      await startWorker(env);
      await slow.waitFor(() => new Set(deliveredTo('pauze@example.nl', slow).map((m) => m.messageId)).size >= 12, 90000);
      const sentCount = () => app.strapi.db.query('plugin::complaints.letter').count({ where: { recipientEmail: 'pauze@example.nl', status: 'sent' } });
      for (let wait = 0; (await sentCount()) < 12 && wait < 100; wait += 1) await new Promise((r) => setTimeout(r, 100));
      expect(await sentCount()).toBe(12);

      stalled.child.kill('SIGCONT');
      const reported = () => app.strapi.db.query('plugin::complaints.complaint-event').count({ where: { type: 'letter.possibly_duplicated' } });
      for (let wait = 0; (await reported()) === 0 && wait < 150; wait += 1) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 4000)); // a send the stalled worker had begun ends by now
      // Only the conversations the stalled worker had begun go out twice (it cannot take back what the relay
      // has), each one written in its dossier; after it woke it began no new send.
      // every letter on this relay counts: the registration's staff notices went out in the same run
      const repeated = slow.received.length - new Set(slow.received.map((m) => m.messageId)).size;
      expect(repeated).toBeGreaterThan(0);
      expect(repeated).toBeLessThanOrEqual(4);
      expect(await reported()).toBe(repeated);
      expect(await sentCount()).toBe(12);
    } finally {
      while (workers.length) {
        const worker = workers.pop()!;
        worker.child.kill('SIGCONT');
        await worker.stop();
      }
      await slow.close();
    }
  });

  it('a worker killed mid-run loses no letter; the next one delivers the rest', async () => {
    const concurrency = 8;
    const first = await startAppProcess(app.db, { ...workerEnv(), COMPLAINTS_OUTBOX_CONCURRENCY: String(concurrency) });
    workers.push(first);
    await queueLetters('crash@example.nl', 400);
    await smtp.waitFor(() => deliveredTo('crash@example.nl').length >= 100, 60000);
    await first.stop('SIGKILL');
    workers.pop();
    const atKill = deliveredTo('crash@example.nl').length;
    expect(atKill).toBeLessThan(400);

    workers.push(await startAppProcess(app.db, workerEnv()));
    await smtp.waitFor(() => new Set(deliveredTo('crash@example.nl').map((m) => m.messageId)).size >= 400, 90000);
    const sentCount = () => app.strapi.db.query('plugin::complaints.letter').count({ where: { recipientEmail: 'crash@example.nl', status: 'sent' } });
    for (let wait = 0; (await sentCount()) < 400 && wait < 100; wait += 1) await new Promise((r) => setTimeout(r, 100));
    const sent = await sentCount();
    expect(sent).toBe(400);
    // Only a letter accepted by the SMTP server before the kill and not yet on the record can go out again:
    // one of the sends in flight, or one whose mark waited for the next group commit (at most a batch of
    // them). It keeps its Message-ID, so the recipient's mail client shows it once.
    expect(duplicates('crash@example.nl')).toBeLessThanOrEqual(concurrency + MARK_BATCH);
    process.stdout.write(`[outbox crash test] delivered before kill: ${atKill}, repeated Message-IDs after restart: ${duplicates('crash@example.nl')}\n`);
  });
});
