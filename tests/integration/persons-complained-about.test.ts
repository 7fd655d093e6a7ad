/**
 * Several persons per complaint (Awb 9:7, 9:9, 9:10, 9:12): each a record of its own, named on the form or
 * by staff, linked to a staff account later by a correction. Every linked person is kept off the complaint
 * and gets the letters the law gives them; a complaint that comes to name the manager moves past them.
 */
import { loginAdmin } from '../helpers/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { publicSubmission } from '../helpers/submission';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the persons a complaint is about', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerA: string;
  let managerA: string;
  let ip = 40;

  const as = (token: string) => ({
    get: (path: string) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });
  const admin = () => as(fx.superAdmin.token);
  const accusedLetters = (complaintId: number) => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId, audience: 'accused' }, orderBy: { id: 'asc' } });
  const kindsTo = async (complaintId: number) => (await accusedLetters(complaintId)).map((l: any) => `${l.kind} ${l.recipientEmail}`).sort();
  const correctionOf = (complaint: any, changes: object) => ({
    complainantName: complaint.complainantName,
    complainantEmail: complaint.complainantEmail,
    categoryId: complaint.category.id,
    description: complaint.description,
    aboutEmployeeBehaviour: true,
    ...changes,
  });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    [handlerA, managerA] = await Promise.all([loginAdmin(app, fx.handlerA), loginAdmin(app, fx.managerA)]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('registers several, keeps every linked one off the complaint and writes to each of them', async () => {
    const persons = [
      { name: 'Behandelaar A', function: 'Klantadviseur', userId: fx.handlerA.id },
      { name: 'R. Pieters', function: 'Opzichter', userId: null },
      { name: 'Behandelaar B', function: null, userId: fx.handlerB.id },
    ];
    const filed = await admin().post('/complaints', registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, persons }));
    expect(filed.status).toBe(201);
    const { id, reference } = filed.body.data;
    const dossier = (await admin().get(`/complaints/${id}`)).body.data;
    expect(dossier.complaint.persons).toEqual([
      { ...persons[0], userName: 'Behandelaar A' },
      { ...persons[1], userName: null },
      { ...persons[2], userName: 'Behandelaar B' },
    ]);
    expect(dossier.complaint).not.toHaveProperty('accusedName');
    // a behaviour complaint not about the manager goes to the manager
    expect(dossier.complaint.handlerId).toBe(fx.managerA.id);

    // the linked persons: not in their list, no dossier, no action; a handler among them is refused
    expect((await as(handlerA).get(`/complaints/${id}`)).status).toBe(403);
    expect((await as(handlerA).get(`/complaints?search=${reference}`)).body.data.results).toEqual([]);
    expect((await as(handlerA).post(`/complaints/${id}/acknowledge`, {})).status).toBe(403);
    const assigned = await admin().post(`/complaints/${id}/assign`, { handlerId: fx.handlerB.id });
    expect(assigned.status).toBe(409);
    expect(assigned.body.error.details.code).toBe('handler_is_accused');
    // nor can a note name them
    expect((await admin().post(`/complaints/${id}/notes`, { text: 'Even overleggen.', mentions: [fx.handlerB.id] })).status).toBe(400);

    // Awb 9:9: each linked person gets the copy once it is taken up; the one without an account cannot be reached
    expect(await kindsTo(id)).toEqual([]);
    expect((await as(managerA).post(`/complaints/${id}/acknowledge`, { inviteForHearing: true })).status).toBe(200);
    expect(await kindsTo(id)).toEqual([`accused_copy ${fx.handlerA.email}`, `accused_copy ${fx.handlerB.email}`]);
    const [copy] = await accusedLetters(id);
    // the letter names them all, as a sentence
    expect(copy.context.complaint.accusedName).toBe('Behandelaar A, R. Pieters en Behandelaar B');

    // Awb 9:10: a conversation with the employees invites each of them
    const planned = await as(managerA).post(`/complaints/${id}/hearing/plan`, { side: 'accused', plannedAt: new Date(Date.now() + 3 * 86400_000).toISOString(), mode: 'office' });
    expect(planned.status).toBe(200);
    expect((await kindsTo(id)).filter((k) => k.startsWith('hearing_invitation'))).toEqual([`hearing_invitation ${fx.handlerA.email}`, `hearing_invitation ${fx.handlerB.email}`]);
  });

  it('takes the one person the web form names, and staff link them, add another and remove them later: each change audited', async () => {
    const submitted = await app
      .http()
      .post('/api/complaints/submissions')
      .set('X-Forwarded-For', `10.9.0.${ip++}`)
      .send(publicSubmission(app, fx, { categoryId: String(fx.categories.behaviour), aboutEmployeeBehaviour: true, accusedName: 'de leidinggevende', accusedFunction: 'Manager' }));
    expect(submitted.status).toBe(201);
    const row = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: submitted.body.data.reference } });
    const id = row.id;
    let complaint = (await admin().get(`/complaints/${id}`)).body.data.complaint;
    expect(complaint.persons).toEqual([{ name: 'de leidinggevende', function: 'Manager', userId: null, userName: null }]);
    // named only: the manager of the department it went to still handles it, and still sees it
    const department = complaint.department;
    expect(department).not.toBeNull();
    expect((await admin().post(`/complaints/${id}/acknowledge`, {})).status).toBe(200);

    // staff learn who it is: the manager, and a colleague who was there
    const manager = department.managerId;
    const linked = await admin().post(
      `/complaints/${id}/corrections`,
      correctionOf(complaint, {
        persons: [
          { name: 'de leidinggevende', function: 'Manager', userId: manager },
          { name: 'Behandelaar A', function: null, userId: fx.handlerA.id },
        ],
        reason: 'Klager noemde aan de telefoon wie het waren.',
      }),
    );
    expect(linked.status).toBe(200);
    complaint = linked.body.data.complaint;
    // Awb 9:7: the manager (of the department that takes the web's complaints) is one of them: the complaint
    // no longer waits for them, and they can neither open it nor act on it
    expect(manager).toBe(fx.managerA.id);
    expect(complaint.handlerId).not.toBe(manager);
    expect((await as(managerA).get(`/complaints/${id}`)).status).toBe(403);
    expect((await as(managerA).post(`/complaints/${id}/assign`, { handlerId: fx.managerA.id })).status).toBe(403);
    const event = linked.body.data.timeline.find((e: any) => e.type === 'complaint.corrected');
    expect(event.data.changes.persons).toEqual({
      from: [{ name: 'de leidinggevende', function: 'Manager', userId: null }],
      to: [
        { name: 'de leidinggevende', function: 'Manager', userId: manager },
        { name: 'Behandelaar A', function: null, userId: fx.handlerA.id },
      ],
    });
    // taken up already: both get their copy now, once
    expect(await kindsTo(id)).toEqual([`accused_copy ${fx.handlerA.email}`, `accused_copy ${fx.managerA.email}`].sort());

    // the colleague turns out not to be involved: removed again, and sees the complaint as before
    const removed = await admin().post(
      `/complaints/${id}/corrections`,
      correctionOf(complaint, { persons: [{ name: 'de leidinggevende', function: 'Manager', userId: manager }], reason: 'Behandelaar A was er niet bij.' }),
    );
    expect(removed.status).toBe(200);
    expect(removed.body.data.complaint.persons.map((p: any) => p.userId)).toEqual([manager]);
    expect(await kindsTo(id)).toHaveLength(2);
    // errors name the person and the field
    const bad = await admin().post(`/complaints/${id}/corrections`, correctionOf(complaint, { persons: [{ name: 'X', userId: 999999 }, { name: '' }], reason: 'fout' }));
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fieldErrors)).toEqual(['persons.1.name']);
    const unknown = await admin().post(`/complaints/${id}/corrections`, correctionOf(complaint, { persons: [{ name: 'X', userId: 999999 }], reason: 'fout' }));
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.details.fieldErrors)).toEqual(['persons.0.userId']);
  });
});
