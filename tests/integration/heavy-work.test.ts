/**
 * Heavy work never freezes the server. A letter whose text holds a word of 20,000 characters kept the main
 * thread busy for about a minute while pdfmake laid it out, 24 previews of a looping template for seconds,
 * the privacy export of a complainant's own 10,000-character word too; health checks and the public form
 * got no answer meanwhile. Each of them now runs on the plugin's worker pool.
 *
 * How it is shown, without any timing threshold: start the heavy request, wait until the pool is at work
 * on it, then ask the health route, and see which of the two completes first. Health must answer while the
 * work still runs. The heavy request then gets its answer — the PDF with every character of the word, or
 * 422 when a limit stopped it — and never a 500.
 */
import { fillStatusToken, statusLinkSecret, trackingToken } from '../../src/plugins/complaints/server/src/status-link';
import { blocksToText } from '../../src/plugins/complaints/server/src/letters/render';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';


const WORD = 'X'.repeat(20_000);
/** A template whose trial render loops until Liquid's own limit stops it. */
const LOOPING_BODY = '{% for i in (1..900) %}{% for j in (1..900) %}{% for k in (1..2) %}x{% endfor %}{% endfor %}{% endfor %}';

describe('heavy work and the health route', () => {
  let app: TestApp;
  let fx: Fixtures;

  // The pool of the plugin as Strapi loaded it, to know when it is at work. Without a pool (work done on
  // the main thread) nothing is ever seen at work, and the order shows it.
  const poolBusy = (): boolean => (app.strapi.plugin('complaints').service('work').stats()?.busy ?? 0) > 0;

  const admin = (method: 'get' | 'post', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const binary = (req: any): Promise<any> =>
    req.buffer(true).parse((res: any, cb: any) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const pdfText = async (body: Buffer) => {
    const { extractText, getDocumentProxy } = await import('unpdf');
    return (await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true })).text;
  };
  const count = (text: string, letter: string) => text.split(letter).length - 1;

  /**
   * Starts `heavy`, waits until a worker of the pool is busy with it, asks the health route, and records
   * the order in which the two complete. Fails if the work was never seen running before it completed.
   */
  async function healthWhile<T>(heavy: () => Promise<T>): Promise<{ order: string[]; result: T; health: any }> {
    const order: string[] = [];
    const running = heavy().then((result) => {
      order.push('heavy work');
      return result;
    });
    while (!order.length && !poolBusy()) await new Promise((r) => setTimeout(r, 2));
    expect(order).toEqual([]);
    const health = await app.http().get('/api/complaints/health');
    order.push('health');
    return { order, health, result: await running };
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers health while the PDF of a letter with a 20,000-character word is made, then delivers that PDF whole', async () => {
    const created = await admin('post', '/complaints', registration(fx, { channel: 'post', complainantEmail: null, complainantName: 'Truus Post' }));
    expect(created.status).toBe(201);
    const { id } = created.body.data;
    expect((await admin('post', `/complaints/${id}/acknowledge`, { answer: WORD })).status).toBe(200);
    await app.strapi.plugin('complaints').service('outbox').drain();
    const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: id, kind: 'acknowledgement' } });
    expect(letters).toHaveLength(1);
    expect(letters[0].status).toBe('to_print');

    const { order, health, result: pdf } = await healthWhile(() => binary(admin('get', `/letters/${letters[0].id}/pdf`)));
    expect(order).toEqual(['health', 'heavy work']);
    expect(health.status).toBe(200);
    expect(health.body.data.status).toBe('ok');

    expect([200, 422]).toContain(pdf.status);
    if (pdf.status === 422) {
      expect(JSON.parse(pdf.body.toString()).error.details.code).toBe('work_limit_exceeded');
      return;
    }
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // every character of the letter is on paper: the word (it flows over pages, between headers and
    // footers) and whatever X the token of the status link holds (the stored letter has a stand-in; the
    // paper for the complainant has the token)
    const token = trackingToken(statusLinkSecret(app.strapi), created.body.data.reference);
    const letterText = fillStatusToken(blocksToText(letters[0].blocks), token);
    expect(count(letterText, 'X')).toBeGreaterThanOrEqual(WORD.length);
    expect(count(await pdfText(pdf.body), 'X')).toBe(count(letterText, 'X'));
  });

  it('answers health while 24 previews of a looping template run, and answers every preview without a 500', async () => {
    const previews = () =>
      Promise.all(Array.from({ length: 24 }, (_, i) => admin('post', '/letter-templates/preview', { kind: 'acknowledgement', subject: `Voorbeeld ${i}`, body: LOOPING_BODY })));
    const { order, health, result } = await healthWhile(previews);
    expect(order).toEqual(['health', 'heavy work']);
    expect(health.status).toBe(200);
    for (const preview of result) {
      // 400: the template check found that it does too much work; 422: a limit of the pool stopped it
      expect([400, 422]).toContain(preview.status);
      if (preview.status === 400) expect(preview.body.error.details.fieldErrors.body).toMatch(/te veel werk/);
    }
  });

  it('answers health while a complainant’s own 10,000-character word goes into a privacy export PDF', async () => {
    const word = 'Y'.repeat(10_000);
    const form = app.strapi.plugin('complaints').service('publicForm');
    const submitted = await app
      .http()
      .post('/api/complaints/submissions')
      .send({ complainantName: 'Lange Woorden', complainantEmail: 'lange.woorden@example.nl', categoryId: fx.categories.service, description: word, privacyConsent: true, website: '', formToken: form.issueToken(new Date(Date.now() - 10_000)) });
    expect(submitted.status).toBe(201);

    const { order, health, result: pdf } = await healthWhile(() => binary(admin('get', `/privacy/export?email=${encodeURIComponent('lange.woorden@example.nl')}&format=pdf`)));
    expect(order).toEqual(['health', 'heavy work']);
    expect(health.status).toBe(200);
    expect([200, 422]).toContain(pdf.status);
    if (pdf.status === 200) expect(count(await pdfText(pdf.body), 'Y')).toBe(word.length);
  });
});
