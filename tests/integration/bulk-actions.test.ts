/**
 * One action on several rows of a step list: each complaint goes through the procedure on its own, with the
 * guards of the single action, and the answer says per complaint what happened.
 */
import { loginAdmin } from '../helpers/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('bulk actions on a step list', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerA: string;

  const post = (token: string, path: string, body: object) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${token}`).send(body);
  const register = async (overrides: Record<string, unknown> = {}) => (await post(fx.superAdmin.token, '/complaints', registration(fx, overrides))).body.data.id as number;
  const complaint = (id: number) => app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    handlerA = await loginAdmin(app, fx.handlerA);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('acknowledges each selected complaint with the template’s text and says per row what happened', async () => {
    const fresh = [await register(), await register(), await register()];
    const done = await register();
    expect((await post(fx.superAdmin.token, `/complaints/${done}/acknowledge`, {})).status).toBe(200);
    const elsewhere = await register({ departmentId: fx.departments.b });

    const res = await post(handlerA, '/complaints/bulk', { action: 'acknowledge', ids: [...fresh, done, elsewhere, 987654] });
    expect(res.status).toBe(200);
    const results = res.body.data.results;
    expect(results.map((r: any) => [r.id, r.ok])).toEqual([...fresh.map((id) => [id, true]), [done, false], [elsewhere, false], [987654, false]]);
    // the refusal the single action gives, in both languages
    expect(results[3]).toMatchObject({ reference: expect.stringMatching(/^KL-/), code: expect.any(String), message: { nl: expect.any(String), en: expect.any(String) } });
    // a complaint of another department is answered as one that does not exist
    expect(results[4]).toMatchObject({ reference: null, code: 'not_found' });
    expect(results[5]).toMatchObject({ reference: null, code: 'not_found' });

    for (const id of fresh) {
      expect(await complaint(id)).toMatchObject({ status: 'acknowledged' });
      const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: id, kind: 'acknowledgement' } });
      expect(letters).toHaveLength(1);
      const event = await app.strapi.db.query('plugin::complaints.complaint-event').findOne({ where: { complaintId: id, type: 'complaint.acknowledged' } });
      expect(event).toMatchObject({ actorType: 'admin', actorId: fx.handlerA.id });
    }
    expect(await complaint(elsewhere)).toMatchObject({ status: 'received' });
  });

  it('assigns a handler to each, refusing per row where that handler may not handle the department', async () => {
    const a = [await register(), await register()];
    const b = await register({ departmentId: fx.departments.b });
    const res = await post(fx.superAdmin.token, '/complaints/bulk', { action: 'assignHandler', ids: [...a, b], handlerId: fx.handlerA.id });
    expect(res.status).toBe(200);
    expect(res.body.data.results.map((r: any) => r.ok)).toEqual([true, true, false]);
    expect(res.body.data.results[2].message.nl).toContain('deze afdeling mag behandelen');
    for (const id of a) expect((await complaint(id)).handlerId).toBe(fx.handlerA.id);
    expect((await complaint(b)).handlerId).not.toBe(fx.handlerA.id);
  });

  it('answers 400 per field for a request it cannot run at all', async () => {
    const noHandler = await post(fx.superAdmin.token, '/complaints/bulk', { action: 'assignHandler', ids: [1] });
    expect(noHandler.status).toBe(400);
    expect(noHandler.body.error.details.fieldMessages.handlerId).toEqual({ nl: 'Kies de behandelaar.', en: 'Choose the handler.' });
    const none = await post(fx.superAdmin.token, '/complaints/bulk', { action: 'acknowledge', ids: [] });
    expect(none.status).toBe(400);
    expect(Object.keys(none.body.error.details.fieldErrors)).toEqual(['ids']);
    const unknown = await post(fx.superAdmin.token, '/complaints/bulk', { action: 'close', ids: [1] });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.details.fieldErrors)).toEqual(['action']);
  });
});
