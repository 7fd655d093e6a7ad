/**
 * The outcome while it is being written (step 4): kept on the server as staff type, so leaving the page loses
 * nothing; a save based on an older version is refused (409) instead of overwriting a colleague's text;
 * sending the outcome removes the draft; it is in the right of access and gone with anonymisation.
 */
import { loginAdmin } from '../helpers/admin';
import { searchDatabase } from '../helpers/db-search';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const FINDINGS = 'Bij navraag bleek dat de monteur van Liftservice Zuidoost drie keer niet is gekomen.';

const draftValues = (findings: string) => ({
  judgement: 'founded',
  findings,
  conclusions: '',
  noAgreements: false,
  agreements: [{ description: 'Lift controleren', ownerType: 'department', ownerId: '', dueDate: '' }],
});

describe('the outcome draft', () => {
  let app: TestApp;
  let fx: Fixtures;
  let managerA: string;
  let handlerB: string;

  const as = (token: string) => (method: 'get' | 'post' | 'put' | 'delete', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${token}`);
    return method === 'get' || method === 'delete' ? req : req.send(body);
  };
  const admin = (method: 'get' | 'post' | 'put' | 'delete', path: string, body: object = {}) => as(fx.superAdmin.token)(method, path, body);
  const heardComplaint = async (overrides: Record<string, unknown> = {}) => {
    const { id } = (await admin('post', '/complaints', registration(fx, overrides))).body.data;
    expect((await admin('post', `/complaints/${id}/acknowledge`, {})).status).toBe(200);
    expect((await admin('post', `/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    return id as number;
  };

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    [managerA, handlerB] = await Promise.all([loginAdmin(app, fx.managerA), loginAdmin(app, fx.handlerB)]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps what is written, version by version, and refuses a save based on an older version', async () => {
    const id = await heardComplaint();
    expect((await admin('get', `/complaints/${id}/outcome/draft`)).body.data).toBeNull();

    const first = await as(managerA)('put', `/complaints/${id}/outcome/draft`, { values: draftValues('Eerste versie.'), basedOn: 0 });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ version: 1, savedBy: 'Manager A', values: draftValues('Eerste versie.') });

    const second = await as(managerA)('put', `/complaints/${id}/outcome/draft`, { values: draftValues(FINDINGS), basedOn: 1 });
    expect(second.body.data.version).toBe(2);

    // a colleague who opened the page before the second save
    const stale = await admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues('Mijn eigen tekst.'), basedOn: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.code).toBe('draft_changed');
    expect(stale.body.error.details.messages.nl).toContain('Manager A heeft het concept om');
    expect(stale.body.error.details.messages.en).toContain('Manager A saved the draft at');
    const kept = (await admin('get', `/complaints/${id}/outcome/draft`)).body.data;
    expect(kept).toMatchObject({ version: 2, values: { findings: FINDINGS } });
  });

  it('lets only one of two first saves in the same moment win', async () => {
    const id = await heardComplaint();
    const answers = await Promise.all([
      as(managerA)('put', `/complaints/${id}/outcome/draft`, { values: draftValues('Versie van de manager.'), basedOn: 0 }),
      admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues('Versie van de beheerder.'), basedOn: 0 }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const winner = answers.find((a) => a.status === 200)!.body.data;
    expect((await admin('get', `/complaints/${id}/outcome/draft`)).body.data).toEqual(winner);
  });

  it('answers 400 per field and 403 to someone who may not see the complaint', async () => {
    const id = await heardComplaint();
    const bad = await admin('put', `/complaints/${id}/outcome/draft`, { values: { ...draftValues('x'), judgement: 'half' }, basedOn: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fieldMessages['values.judgement']).toEqual({ nl: expect.any(String), en: expect.any(String) });
    expect((await as(handlerB)('put', `/complaints/${id}/outcome/draft`, { values: draftValues('x'), basedOn: 0 })).status).toBe(403);
    expect((await as(handlerB)('get', `/complaints/${id}/outcome/draft`)).status).toBe(403);
    expect((await admin('get', `/complaints/${id}/outcome/draft`)).body.data).toBeNull();
  });

  it('is gone once the outcome is sent, and nothing is saved after it', async () => {
    const id = await heardComplaint();
    await admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues(FINDINGS), basedOn: 0 });
    expect((await admin('post', `/complaints/${id}/outcome`, { judgement: 'founded', findings: FINDINGS, noAgreements: true })).status).toBe(200);
    expect((await admin('get', `/complaints/${id}/outcome/draft`)).body.data).toBeNull();
    const late = await admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues('Te laat.'), basedOn: 0 });
    expect(late.status).toBe(409);
    expect(late.body.error.details.code).toBe('outcome_sent');
  });

  it('is in the right of access and erased with the personal data', async () => {
    const email = 'concept@example.nl';
    const id = await heardComplaint({ complainantEmail: email });
    const secret = 'Mevrouw Bakker van de derde verdieping';
    await admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues(secret), basedOn: 0 });
    const exported = await admin('get', `/privacy/export?email=${encodeURIComponent(email)}`);
    expect(exported.body.data.complaints[0].outcomeDraft).toMatchObject({ findings: secret });
    expect((await admin('post', `/complaints/${id}/anonymise`, { reason: 'Verzoek tot wissen (art. 17 AVG)' })).status).toBe(200);
    expect(await searchDatabase(app, [secret])).toEqual([]);
    expect((await admin('put', `/complaints/${id}/outcome/draft`, { values: draftValues('x'), basedOn: 0 })).status).toBe(409);
  });
});
