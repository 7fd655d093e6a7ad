/**
 * The print queue: every postal letter waiting to be printed, of the complaints the user may see; several
 * in one PDF (each on sheets of its own, numbered as when printed alone), then marked printed at once with
 * a result per letter and an audit event each.
 */
import { loginAdmin } from '../helpers/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the print queue', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerA: string;

  const as = (token: string) => ({
    get: (path: string) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });
  const admin = () => as(fx.superAdmin.token);
  const drain = () => app.strapi.plugin('complaints').service('outbox').drain();
  const binary = (path: string, token: string) =>
    as(token)
      .get(path)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const pages = async (pdf: Buffer) => {
    const { extractText, getDocumentProxy } = await import('unpdf');
    return (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })).text as string[];
  };

  /** A complaint by post, acknowledged: its acknowledgement waits to be printed. */
  async function postal(name: string, departmentId: number) {
    const res = await admin().post('/complaints', registration(fx, { channel: 'post', complainantEmail: null, complainantName: name, departmentId }));
    expect(res.status).toBe(201);
    expect((await admin().post(`/complaints/${res.body.data.id}/acknowledge`)).status).toBe(200);
    return res.body.data as { id: number; reference: string };
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    handlerA = await loginAdmin(app, fx.handlerA);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists the letters waiting, prints several in one PDF with each letter’s own page numbers, and marks them printed', async () => {
    const first = await postal('Anna Papier', fx.departments.a);
    const second = await postal('Bert Papier', fx.departments.a);
    const elsewhere = await postal('Carla Papier', fx.departments.b);
    await drain();

    const queue = await as(handlerA).get('/letters/to-print');
    expect(queue.status).toBe(200);
    const mine = queue.body.data.filter((l: any) => [first.id, second.id].includes(l.complaintId));
    expect(mine.map((l: any) => [l.reference, l.kind, l.recipientName])).toEqual([
      [first.reference, 'acknowledgement', 'Anna Papier'],
      [second.reference, 'acknowledgement', 'Bert Papier'],
    ]);
    // department B's letter is not in handler A's queue
    expect(queue.body.data.map((l: any) => l.complaintId)).not.toContain(elsewhere.id);

    const ids = mine.map((l: any) => l.id);
    const pdf = await binary(`/letters/print?letterIds=${ids.join(',')}`, handlerA);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pages(pdf.body);
    // each letter starts on a sheet of its own, numbered within the letter
    const starts = text.map((page, i) => [i, page.includes('Anna Papier') ? 'A' : page.includes('Bert Papier') ? 'B' : '']).filter(([, who]) => who);
    expect(starts.map(([, who]) => who)).toEqual(['A', 'B']);
    for (const [i] of starts) expect(text[i as number]).toMatch(/Pagina 1 van \d/);
    expect(text.join('\n')).not.toContain('Carla Papier');

    // a letter of another department is refused by number, not left out silently
    const refused = await as(handlerA).get(`/letters/print?letterIds=${ids[0]},${(await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: elsewhere.id } })).id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fieldMessages.letterIds.nl).toContain('Geen brief om te printen');

    const marked = await as(handlerA).post('/letters/printed', { letterIds: [...ids, ids[0]] });
    expect(marked.status).toBe(200);
    expect(marked.body.data.results.map((r: any) => [r.reference, r.ok])).toEqual([
      [first.reference, true],
      [second.reference, true],
    ]);
    // a second time: refused per letter with the reason
    const again = await as(handlerA).post('/letters/printed', { letterIds: ids });
    expect(again.body.data.results.map((r: any) => r.code)).toEqual(['letter_not_to_print', 'letter_not_to_print']);
    for (const complaint of [first, second]) {
      const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: complaint.id, type: 'letter.printed' } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorType: 'admin', actorId: fx.handlerA.id });
    }
    expect((await as(handlerA).get('/letters/to-print')).body.data.map((l: any) => l.complaintId)).not.toContain(first.id);
  });

  it('answers 400 per field for an empty or too large batch', async () => {
    const none = await admin().get('/letters/print');
    expect(none.status).toBe(400);
    expect(none.body.error.details.fieldMessages.letterIds).toEqual({ nl: expect.any(String), en: expect.any(String) });
    const many = await admin().post('/letters/printed', { letterIds: Array.from({ length: 41 }, (_v, i) => i + 1) });
    expect(many.status).toBe(400);
  });
});
