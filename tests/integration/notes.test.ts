/**
 * Internal notes on a complaint: staff write them in the dossier, naming colleagues who then get an e-mail
 * that points to the dossier (not the note); only colleagues who may see the complaint, never the person
 * complained about; never in anything the complainant receives; in the right of access; cleared by
 * anonymisation.
 */
import { loginAdmin } from '../helpers/admin';
import { searchDatabase } from '../helpers/db-search';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const NOTE = 'Klager belde op 3 december: de lift is inmiddels twee keer gerepareerd, maar valt weer uit. Graag even overleggen.';

describe('internal notes', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerA: string;
  let handlerB: string;

  const as = (token: string) => (method: 'get' | 'post', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${token}`);
    return method === 'get' ? req : req.send(body);
  };
  const admin = (method: 'get' | 'post', path: string, body: object = {}) => as(fx.superAdmin.token)(method, path, body);
  const letters = (where: Record<string, unknown>) => app.strapi.db.query('plugin::complaints.letter').findMany({ where, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    [handlerA, handlerB] = await Promise.all([loginAdmin(app, fx.handlerA), loginAdmin(app, fx.handlerB)]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps a note in the timeline and tells the colleagues it names by e-mail, without the note in the e-mail', async () => {
    const { id } = (await admin('post', '/complaints', registration(fx))).body.data;
    const res = await as(handlerA)('post', `/complaints/${id}/notes`, { text: NOTE, mentions: [fx.managerA.id, fx.handlerA.id] });
    expect(res.status).toBe(201);
    const event = res.body.data.timeline.find((e: any) => e.type === 'complaint.note_added');
    // the author is not told of their own note
    expect(event).toMatchObject({ actorType: 'admin', actorId: fx.handlerA.id, note: NOTE, data: { mentions: [fx.managerA.id] } });

    const mentioned = await letters({ complaintId: id, kind: 'staff_mentioned' });
    expect(mentioned.map((l: any) => [l.audience, l.recipientEmail])).toEqual([['staff', fx.managerA.email]]);
    // the complainant hears nothing of it
    expect((await letters({ complaintId: id, audience: 'complainant' })).map((l: any) => l.kind)).not.toContain('staff_mentioned');
    for (const letter of await letters({ complaintId: id })) expect(JSON.stringify(letter)).not.toContain('gerepareerd');
  });

  it('names only colleagues who may see the complaint, never the person complained about, with a message per field', async () => {
    const { id } = (await admin('post', '/complaints', registration(fx))).body.data;
    const outside = await as(handlerA)('post', `/complaints/${id}/notes`, { text: 'Voor B?', mentions: [fx.handlerB.id] });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details.fieldMessages.mentions).toEqual({ nl: expect.stringContaining('Noem alleen collega'), en: expect.stringContaining('Only name colleagues') });

    const behaviour = await admin(
      'post',
      '/complaints',
      registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedUserId: fx.handlerA.id, accusedName: 'Behandelaar A' }),
    );
    expect(behaviour.status).toBe(201);
    const accused = await admin('post', `/complaints/${behaviour.body.data.id}/notes`, { text: 'Even afstemmen.', mentions: [fx.handlerA.id] });
    expect(accused.status).toBe(400);
    expect(accused.body.error.details.fieldErrors.mentions).toContain('over wie wordt geklaagd');

    const empty = await as(handlerA)('post', `/complaints/${id}/notes`, { text: '   ', mentions: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fieldMessages.text).toEqual({ nl: expect.any(String), en: expect.any(String) });
    // a user who may not see the complaint cannot write on it either
    expect((await as(handlerB)('post', `/complaints/${id}/notes`, { text: 'Hallo', mentions: [] })).status).toBe(403);
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').count({ where: { complaintId: id, type: 'complaint.note_added' } });
    expect(events).toBe(0);
  });

  it('lists notes in the right of access and clears them with the personal data', async () => {
    const email = 'notitie@example.nl';
    const { id } = (await admin('post', '/complaints', registration(fx, { complainantEmail: email }))).body.data;
    const note = 'Mevrouw Jansen van nummer 12 bevestigde het telefonisch.';
    expect((await admin('post', `/complaints/${id}/notes`, { text: note, mentions: [] })).status).toBe(201);
    const exported = await admin('get', `/privacy/export?email=${encodeURIComponent(email)}`);
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body.data)).toContain(note);

    expect((await admin('post', `/complaints/${id}/anonymise`, { reason: 'Verzoek tot wissen (art. 17 AVG)' })).status).toBe(200);
    expect(await searchDatabase(app, ['Mevrouw Jansen'])).toEqual([]);
    const after = await admin('post', `/complaints/${id}/notes`, { text: 'Nog iets', mentions: [] });
    expect(after.status).toBe(409);
  });
});
