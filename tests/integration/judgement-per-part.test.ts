/**
 * Judgement per part (Awb 9:12): a complaint of several grievances is judged part by part, the judgement of
 * the whole follows from them; the outcome letter lists each part with its judgement, the annual report
 * counts them, and a reopened complaint's earlier parts stay but no longer count.
 */
import { DateTime } from 'luxon';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('judgement per part', () => {
  let app: TestApp;
  let fx: Fixtures;

  const admin = (method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const today = () => DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
  const report = async () => (await admin('get', `/reports/annual?from=${today()}&to=${today()}`)).body.data;
  const PARTS = [
    { description: 'De monteur kwam drie keer niet op de afgesproken dag.', judgement: 'founded' },
    { description: 'De monteur was onvriendelijk aan de deur.', judgement: 'unfounded' },
  ];

  /** A complaint with hoor en wederhoor completed (the complainant waived). */
  async function heard() {
    const id = (await admin('post', '/complaints', registration(fx))).body.data.id as number;
    await admin('post', `/complaints/${id}/acknowledge`, {});
    expect((await admin('post', `/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('judges each part, lists them in the letter with their judgement, and holds the whole to what the parts give', async () => {
    const id = await heard();
    const before = await report();

    const mismatch = await admin('post', `/complaints/${id}/outcome`, { judgement: 'founded', parts: PARTS, findings: 'Onderzocht.', noAgreements: true });
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.error.details.code).toBe('judgement_not_parts');
    expect(mismatch.body.error.details.messages.nl).toContain('deels gegrond');
    const empty = await admin('post', `/complaints/${id}/outcome`, { judgement: 'partly_founded', parts: [{ description: ' ', judgement: 'founded' }], findings: 'Onderzocht.', noAgreements: true });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fieldMessages['parts.0.description']).toEqual({ nl: expect.any(String), en: expect.any(String) });

    // the composer keeps the parts in its draft while it is written
    const draft = await admin('put', `/complaints/${id}/outcome/draft`, { values: { judgement: 'partly_founded', parts: [{ description: 'Te laat', judgement: '' }], findings: '', conclusions: '', noAgreements: true, agreements: [] }, basedOn: 0 });
    expect(draft.status).toBe(200);
    expect((await admin('get', `/complaints/${id}/outcome/draft`)).body.data.values.parts).toEqual([{ description: 'Te laat', judgement: '' }]);
    const preview = await admin('post', `/complaints/${id}/outcome/preview`, { judgement: 'partly_founded', parts: PARTS, findings: 'Onderzocht.', noAgreements: true });
    expect(preview.body.data.text).toContain('Ons oordeel per onderdeel');

    const sent = await admin('post', `/complaints/${id}/outcome`, { judgement: 'partly_founded', parts: PARTS, findings: 'Onderzocht.', noAgreements: true });
    expect(sent.status).toBe(200);
    expect(sent.body.data.parts.map((p: any) => [p.position, p.description, p.judgement])).toEqual([
      [0, PARTS[0].description, 'founded'],
      [1, PARTS[1].description, 'unfounded'],
    ]);
    expect(sent.body.data.timeline.find((e: any) => e.type === 'complaint.outcome_sent').data).toMatchObject({ judgement: 'partly_founded', parts: ['founded', 'unfounded'] });
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'agreements_letter' } });
    expect(letter.context.parts).toEqual([
      { description: PARTS[0].description, judgement: 'Gegrond' },
      { description: PARTS[1].description, judgement: 'Ongegrond' },
    ]);
    await app.strapi.plugin('complaints').service('outbox').drain();
    expect((await admin('get', `/letters/${letter.id}/content`)).body.data.text).toContain('Oordeel: ongegrond');

    const after = await report();
    const count = (r: any, key: string) => r.partsByJudgement.find((row: any) => row.key === key)?.count ?? 0;
    expect(count(after, 'founded') - count(before, 'founded')).toBe(1);
    expect(count(after, 'unfounded') - count(before, 'unfounded')).toBe(1);
  });

  it('keeps the parts of an outcome a reopening ended, no longer counted; the new outcome may judge the whole', async () => {
    const id = await heard();
    expect((await admin('post', `/complaints/${id}/outcome`, { judgement: 'founded', parts: [PARTS[0]], findings: 'Onderzocht.', noAgreements: true })).status).toBe(200);
    await admin('post', `/complaints/${id}/close`, {});
    const counted = await report();
    expect((await admin('post', `/complaints/${id}/reopen`, { reason: 'De monteur bleef weer weg.' })).status).toBe(200);
    const reopened = await report();
    expect(reopened.partsByJudgement.find((r: any) => r.key === 'founded')?.count ?? 0).toBe((counted.partsByJudgement.find((r: any) => r.key === 'founded')?.count ?? 0) - 1);

    await admin('post', `/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' });
    const again = await admin('post', `/complaints/${id}/outcome`, { judgement: 'unfounded', findings: 'Opnieuw onderzocht.', noAgreements: true });
    expect(again.status).toBe(200);
    expect(again.body.data.parts.map((p: any) => [p.judgement, p.earlierRound])).toEqual([['founded', true]]);
    const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: id, kind: 'agreements_letter' }, orderBy: { id: 'asc' } });
    expect(letters.map((l: any) => l.context.parts.length)).toEqual([1, 0]);
  });
});
