/**
 * A double click on a letter's button: two requests at once to mark a postal letter printed, or to send a
 * failed letter again. One of them does it (200) and writes one audit event; the other finds it done and
 * answers 409 with the reason, as a late click always did.
 *
 * Over HTTP the two requests overlap on PostgreSQL (a connection pool, answers over the network); on SQLite
 * the driver answers synchronously and one request often runs to its end before the next is read. The
 * same two calls started together inside the process overlap on both databases.
 */
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { startApp, type TestApp } from '../helpers/strapi';

describe('a letter action clicked twice at once', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let fx: Fixtures;

  const admin = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
  const letters = (complaintId: number) => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId }, orderBy: { id: 'asc' } });
  const events = (complaintId: number, type: string) => app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId, type } });
  // background jobs are off in tests: the outbox works when told to
  const drain = () => app.strapi.plugin('complaints').service('outbox').drain();

  async function acknowledged(overrides: Record<string, unknown>) {
    const res = await admin('/complaints', registration(fx, overrides));
    expect(res.status).toBe(201);
    const { id } = res.body.data as { id: number };
    expect((await admin(`/complaints/${id}/acknowledge`)).status).toBe(200);
    await drain();
    const letter = (await letters(id)).find((l: any) => l.kind === 'acknowledgement');
    return { id, letter };
  }

  /** An acknowledged e-mail complaint whose acknowledgement the relay refused (one attempt: failed at once). */
  async function failedAcknowledgement() {
    await smtp.down();
    try {
      return await acknowledged({ channel: 'e-mail', complainantEmail: 'dubbelklik@example.nl' });
    } finally {
      await smtp.up();
    }
  }

  /** Both calls of the service at once, in this process: no request parsing or HTTP in between. */
  async function bothAtOnce(call: () => Promise<unknown>) {
    const settled = await Promise.allSettled([call(), call()]);
    const refused = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason);
    return { done: settled.filter((r) => r.status === 'fulfilled').length, refused };
  }

  const actor = () => ({ type: 'admin' as const, id: fx.superAdmin.id, name: 'Test Beheerder' });

  beforeAll(async () => {
    smtp = await startSmtp({ parse: false });
    // one attempt: a letter the relay refuses fails at once
    app = await startApp({ env: { ...smtp.env, COMPLAINTS_OUTBOX_MAX_ATTEMPTS: '1' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('marks a postal letter printed once on a double click: one 200, one 409, one audit event', async () => {
    const { id, letter } = await acknowledged({ channel: 'post', complainantEmail: null });
    expect(letter).toMatchObject({ status: 'to_print', channel: 'post' });

    const answers = await Promise.all([admin(`/letters/${letter.id}/printed`), admin(`/letters/${letter.id}/printed`)]);

    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.body.error.details.code).toBe('letter_not_to_print');
    const printed = await events(id, 'letter.printed');
    expect(printed).toHaveLength(1);
    expect(printed[0].data).toMatchObject({ letterId: letter.id, kind: 'acknowledgement' });
    expect((await letters(id)).find((l: any) => l.id === letter.id)).toMatchObject({ status: 'printed' });
  });

  it('marks a postal letter printed once when two calls meet in one process', async () => {
    const { id, letter } = await acknowledged({ channel: 'post', complainantEmail: null });
    expect(letter).toMatchObject({ status: 'to_print' });

    const { done, refused } = await bothAtOnce(() => app.strapi.plugin('complaints').service('printing').markPrinted(letter.id, actor()));

    expect(done).toBe(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 409, code: 'letter_not_to_print' });
    expect(await events(id, 'letter.printed')).toHaveLength(1);
  });

  it('sends a failed letter again once on a double click: one 200, one 409, one audit event', async () => {
    const { id, letter } = await failedAcknowledgement();
    expect(letter).toMatchObject({ status: 'failed', channel: 'email' });

    const answers = await Promise.all([admin(`/letters/${letter.id}/retry`), admin(`/letters/${letter.id}/retry`)]);

    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.status === 409)!.body.error.details.code).toBe('letter_not_failed');
    const retried = await events(id, 'letter.retried');
    expect(retried).toHaveLength(1);
    expect(retried[0].data).toMatchObject({ letterId: letter.id, kind: 'acknowledgement' });
    expect((await letters(id)).find((l: any) => l.id === letter.id)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('sends a failed letter again once when two calls meet in one process', async () => {
    const { id, letter } = await failedAcknowledgement();
    expect(letter).toMatchObject({ status: 'failed' });

    const { done, refused } = await bothAtOnce(() => app.strapi.plugin('complaints').service('letters').retry(letter.id, actor()));

    expect(done).toBe(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ status: 409, code: 'letter_not_failed' });
    expect(await events(id, 'letter.retried')).toHaveLength(1);
  });
});
