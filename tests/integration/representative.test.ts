/**
 * The representative (gemachtigde, Awb 2:1): set on the public form or in staff registration, corrected in
 * the dossier; the complainant's letters go to the representative (e-mail, or post without one), with a copy
 * to the complainant when asked; a message per field when the representative cannot be reached; cleared by
 * anonymisation.
 */
import { searchDatabase } from '../helpers/db-search';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { publicSubmission } from '../helpers/submission';
import { startApp, type TestApp } from '../helpers/strapi';

const REPRESENTATIVE = {
  represented: true,
  representativeName: 'Mr. A. Visser',
  representativeEmail: 'A.Visser@Advocaten.example.nl',
  representativeCopiesComplainant: true,
};

describe('the representative (gemachtigde)', () => {
  let app: TestApp;
  let fx: Fixtures;
  let ip = 0;

  const admin = (method: 'get' | 'post', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const complainantLetters = (complaintId: number, kind: string) =>
    app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId, kind, audience: 'complainant' }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('sends the complainant’s letters to the representative, with a copy to the complainant when asked', async () => {
    const registered = await admin('post', '/complaints', registration(fx, { channel: 'telefoon', ...REPRESENTATIVE }));
    expect(registered.status).toBe(201);
    const id = registered.body.data.id;
    const dossier = (await admin('get', `/complaints/${id}`)).body.data;
    expect(dossier.complaint).toMatchObject({ representativeName: 'Mr. A. Visser', representativeEmail: 'a.visser@advocaten.example.nl', representativeCopiesComplainant: true });

    expect((await admin('post', `/complaints/${id}/acknowledge`, {})).status).toBe(200);
    const letters = await complainantLetters(id, 'acknowledgement');
    expect(letters.map((l: any) => [l.recipientName, l.recipientEmail, l.channel])).toEqual([
      ['Mr. A. Visser', 'a.visser@advocaten.example.nl', 'email'],
      ['Jan de Boer', 'jan@example.nl', 'email'],
    ]);
  });

  it('takes a representative from the public form: by post without an e-mail address, no copy unless asked', async () => {
    const form = await app.http().get('/api/complaints/form?locale=nl');
    const fields = form.body.data.fields as Array<{ name: string; showWhen?: string }>;
    expect(fields.find((f) => f.name === 'representativeName')?.showWhen).toBe('represented');
    expect(fields.find((f) => f.name === 'represented')).toBeDefined();

    const body = publicSubmission(app, fx, {
      represented: true,
      representativeName: 'Stichting Cliëntondersteuning',
      representativeAddress: 'Postbus 12',
      representativePostalCode: '1000aa',
      representativeCity: 'Amsterdam',
    });
    const filed = await app.http().post('/api/complaints/submissions').set('X-Forwarded-For', `10.77.0.${++ip}`).send(body);
    expect(filed.status).toBe(201);
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: filed.body.data.reference } });
    expect(complaint).toMatchObject({ representativeName: 'Stichting Cliëntondersteuning', representativePostalCode: '1000 AA', representativeEmail: null });
    expect(Boolean(complaint.representativeCopiesComplainant)).toBe(false);

    expect((await admin('post', `/complaints/${complaint.id}/acknowledge`, {})).status).toBe(200);
    const letters = await complainantLetters(complaint.id, 'acknowledgement');
    expect(letters.map((l: any) => [l.recipientName, l.channel])).toEqual([['Stichting Cliëntondersteuning', 'post']]);
    expect(JSON.stringify(letters[0].recipientAddress)).toContain('1000 AA');
  });

  it('says per field, in Dutch and English, when the representative has no name or cannot be reached; ignores what a hidden section sent', async () => {
    const unreachable = await admin('post', '/complaints', registration(fx, { represented: true, representativeName: 'Mr. B. Bakker' }));
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.error.details.fieldMessages.representativeEmail).toEqual({ nl: expect.stringContaining('gemachtigde'), en: expect.stringContaining('representative') });
    const nameless = await admin('post', '/complaints', registration(fx, { represented: true, representativeEmail: 'b@example.nl' }));
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.details.fieldErrors.representativeName).toBe('Vul de naam van de gemachtigde in.');

    const hidden = await admin('post', '/complaints', registration(fx, { represented: false, representativeName: 'Niet bedoeld', representativeEmail: 'niet@example.nl' }));
    expect(hidden.status).toBe(201);
    const row = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: hidden.body.data.id } });
    expect(row).toMatchObject({ representativeName: null, representativeEmail: null });
  });

  it('lets staff add and remove a representative as a correction, audited before and after', async () => {
    const id = (await admin('post', '/complaints', registration(fx))).body.data.id;
    const complaint = (await admin('get', `/complaints/${id}`)).body.data.complaint;
    const base = {
      complainantName: complaint.complainantName,
      complainantEmail: complaint.complainantEmail,
      complainantAddress: complaint.complainantAddress,
      complainantPostalCode: complaint.complainantPostalCode,
      complainantCity: complaint.complainantCity,
      categoryId: complaint.category.id,
      description: complaint.description,
    };
    const added = await admin('post', `/complaints/${id}/corrections`, { ...base, ...REPRESENTATIVE, representativeCopiesComplainant: false, reason: 'Machtiging ontvangen per post.' });
    expect(added.status).toBe(200);
    const event = added.body.data.timeline.find((e: any) => e.type === 'complaint.corrected');
    expect(event.data.changes.representativeName).toEqual({ from: null, to: 'Mr. A. Visser' });
    expect((await admin('post', `/complaints/${id}/acknowledge`, {})).status).toBe(200);
    expect((await complainantLetters(id, 'acknowledgement')).map((l: any) => l.recipientName)).toEqual(['Mr. A. Visser']);

    const removed = await admin('post', `/complaints/${id}/corrections`, { ...base, represented: false, reason: 'Machtiging ingetrokken.' });
    expect(removed.status).toBe(200);
    expect(removed.body.data.complaint).toMatchObject({ representativeName: null, representativeEmail: null, representativeCopiesComplainant: false });
  });

  it('clears the representative with the complainant’s personal data', async () => {
    const id = (await admin('post', '/complaints', registration(fx, { ...REPRESENTATIVE, representativeName: 'Mr. C. Wisselink', representativeEmail: 'wisselink@example.nl' }))).body.data.id;
    expect((await admin('post', `/complaints/${id}/anonymise`, { reason: 'Verzoek tot wissen (art. 17 AVG)' })).status).toBe(200);
    expect(await searchDatabase(app, ['Wisselink'])).toEqual([]);
  });
});
