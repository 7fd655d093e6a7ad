/**
 * The outbox with several instances on one database and a crash: two workers never send the same letter,
 * and a worker killed mid-run loses nothing (its leased letters are reclaimed by the next one).
 */
import { MARK_BATCH } from '../../src/plugins/complaints/server/src/services/outbox';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startAppProcess, type AppProcess } from '../helpers/process';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { startApp, type TestApp } from '../helpers/strapi';

describe('outbox across instances', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let fx: Fixtures;
  const workers: AppProcess[] = [];

  const workerEnv = () => ({ ...smtp.env, COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_POLL_SECONDS: '1', COMPLAINTS_OUTBOX_LEASE_SECONDS: '3', COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '1' });

  /** Queues `count` letters to `to` in one transaction (the in-test instance does not send). */
  async function queueLetters(to: string, count: number): Promise<void> {
    const res = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantEmail: to }));
    const complaint = await app.strapi.plugin('complaints').service('complaints').requireById(res.body.data.id);
    const letters = app.strapi.plugin('complaints').service('letters');
    const recipient = { name: 'Ontvanger', email: to, addressLines: [], locale: 'nl' };
    await app.strapi.db.transaction(async () => {
      for (let i = 0; i < count; i += 1) await letters.queue(complaint, { kind: 'closure', audience: 'complainant', recipient, channel: 'email' });
    });
  }

  const deliveredTo = (to: string) => smtp.received.filter((m) => m.to === to);
  const duplicates = (to: string) => deliveredTo(to).length - new Set(deliveredTo(to).map((m) => m.messageId)).size;

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
    workers.push(await startAppProcess(app.db, workerEnv()), await startAppProcess(app.db, workerEnv()));
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
