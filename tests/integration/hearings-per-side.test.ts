/**
 * Hoor en wederhoor per side (Awb 9:10): a behaviour complaint's complainant and employee are heard together
 * or each apart, each with their own invitation and term to respond; the complainant waiving keeps the
 * employee's hearing, and the outcome waits until both sides are done.
 */
import { DateTime } from 'luxon';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('hearings per side', () => {
  let app: TestApp;
  let fx: Fixtures;

  const admin = (method: 'get' | 'post', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const future = (days: number) => DateTime.now().plus({ days }).set({ hour: 10, minute: 0 }).toISO();
  const day = (days: number) => DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate()!;
  const letters = (complaintId: number) => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId }, orderBy: { id: 'asc' } });
  const dossier = async (id: number) => (await admin('get', `/complaints/${id}`)).body.data;

  /** A behaviour complaint about handler B, acknowledged (the copy of 9:9 goes to B). */
  async function behaviourComplaint() {
    const res = await admin('post', '/complaints', registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'B. Handelaar', accusedUserId: fx.handlerB.id }));
    expect(res.status).toBe(201);
    const id = res.body.data.id as number;
    expect((await admin('post', `/complaints/${id}/acknowledge`, {})).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('invites both to one conversation; the complainant waives, the employee is still heard, and only then the outcome', async () => {
    const id = await behaviourComplaint();
    const respondBy = day(2);
    expect((await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: future(5), mode: 'office', location: 'Kantoor', side: 'both', respondBy })).status).toBe(200);
    const invitations = (await letters(id)).filter((l: any) => l.kind === 'hearing_invitation');
    expect(invitations.map((l: any) => [l.audience, l.channel, l.recipientEmail])).toEqual([
      ['complainant', 'post', null],
      ['accused', 'email', fx.handlerB.email],
    ]);
    for (const letter of invitations) expect(letter.context.hearing).toMatchObject({ withBoth: true, respondBy, location: 'Kantoor' });

    const waived = await admin('post', `/complaints/${id}/hearing/skip`, { side: 'complainant', reason: 'complainant_waived', note: 'Klager wil geen gesprek.' });
    expect(waived.status).toBe(200);
    expect(waived.body.data.complaint).toMatchObject({ status: 'hearing_planned', hearingWaivedAt: expect.any(String) });
    expect(waived.body.data.hearingSides).toEqual([
      { side: 'complainant', state: 'not_heard' },
      { side: 'accused', state: 'planned' },
    ]);
    // the conversation goes on with the employee alone
    expect(waived.body.data.hearings.map((h: any) => [h.side, h.skippedReason])).toEqual([
      ['accused', null],
      ['complainant', 'complainant_waived'],
    ]);
    const early = await admin('post', `/complaints/${id}/outcome`, { judgement: 'unfounded', findings: 'Niet terecht.', noAgreements: true });
    expect(early.status).toBe(409);

    const heard = await admin('post', `/complaints/${id}/hearing/record`, { minutes: 'De medewerker gaf zijn kant van het verhaal.', accusedPresent: true });
    expect(heard.status).toBe(200);
    expect(heard.body.data.complaint.status).toBe('hearing_held');
    expect(heard.body.data.hearingSides.map((s: any) => s.state)).toEqual(['not_heard', 'heard']);
    expect(heard.body.data.timeline.filter((e: any) => e.type.startsWith('complaint.hearing_')).map((e: any) => [e.type, e.data.side])).toEqual([
      ['complaint.hearing_planned', 'both'],
      ['complaint.hearing_skipped', 'complainant'],
      ['complaint.hearing_held', 'accused'],
    ]);
    expect((await admin('post', `/complaints/${id}/outcome`, { judgement: 'unfounded', findings: 'Niet terecht.', noAgreements: true })).status).toBe(200);
  });

  it('hears each side apart: own invitations, the choice of which to record, "no response" only after the term', async () => {
    const id = await behaviourComplaint();
    expect((await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: future(4), mode: 'phone', side: 'complainant' })).status).toBe(200);
    expect((await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: future(6), mode: 'office', side: 'accused', respondBy: day(3) })).status).toBe(200);
    const invitations = (await letters(id)).filter((l: any) => l.kind === 'hearing_invitation');
    expect(invitations.map((l: any) => [l.audience, l.context.hearing.withBoth, l.context.hearing.mode])).toEqual([
      ['complainant', false, 'Telefonisch'],
      ['accused', false, 'Op ons kantoor'],
    ]);
    expect((await dossier(id)).hearingSides.map((s: any) => s.state)).toEqual(['planned', 'planned']);

    // two conversations planned: which one is recorded must be said
    const which = await admin('post', `/complaints/${id}/hearing/record`, { minutes: 'Gesproken.' });
    expect(which.status).toBe(400);
    expect(which.body.error.details.fieldMessages.side).toEqual({ nl: expect.any(String), en: expect.any(String) });
    const complainant = await admin('post', `/complaints/${id}/hearing/record`, { side: 'complainant', minutes: 'De klager lichtte de klacht toe.' });
    expect(complainant.body.data.complaint.status).toBe('hearing_planned');

    // the employee did not answer: not before their term has passed
    const running = await admin('post', `/complaints/${id}/hearing/skip`, { side: 'accused', reason: 'no_response' });
    expect(running.status).toBe(409);
    expect(running.body.error.details.code).toBe('no_response_term_running');
    const clock = app.strapi.plugin('complaints').service('clock');
    clock.set(() => DateTime.now().plus({ days: 4 }).toJSDate());
    try {
      const skipped = await admin('post', `/complaints/${id}/hearing/skip`, { side: 'accused', reason: 'no_response' });
      expect(skipped.status).toBe(200);
      expect(skipped.body.data.complaint.status).toBe('hearing_held');
      expect(skipped.body.data.hearings.map((h: any) => [h.side, Boolean(h.heldAt), h.skippedReason])).toEqual([
        ['complainant', true, null],
        ['accused', false, 'no_response'],
      ]);
    } finally {
      clock.set();
    }
  });

  it('refuses a side that is not there or is done, and a reason of the other side', async () => {
    const plain = (await admin('post', '/complaints', registration(fx))).body.data.id as number;
    await admin('post', `/complaints/${plain}/acknowledge`, {});
    const noEmployee = await admin('post', `/complaints/${plain}/hearing/plan`, { plannedAt: future(3), mode: 'office', side: 'accused' });
    expect(noEmployee.body.error.details.code).toBe('no_employee_side');

    const id = await behaviourComplaint();
    expect((await admin('post', `/complaints/${id}/hearing/skip`, { side: 'accused', reason: 'complainant_waived' })).body.error.details.code).toBe('skip_reason_not_for_side');
    expect((await admin('post', `/complaints/${id}/hearing/skip`, { side: 'complainant', reason: 'complainant_waived' })).status).toBe(200);
    // still acknowledged: the employee's conversation is to be planned, the complainant's is done
    const after = await dossier(id);
    expect(after.complaint.status).toBe('acknowledged');
    expect(after.allowedActions.map((a: any) => a.action)).toEqual(expect.arrayContaining(['planHearing', 'skipHearing']));
    expect((await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: future(3), mode: 'office', side: 'both' })).body.error.details.code).toBe('side_already_heard');
    const employee = await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: future(3), mode: 'video', side: 'accused' });
    expect(employee.status).toBe(200);
    // no invitation to the complainant for the employee's conversation
    expect((await letters(id)).filter((l: any) => l.kind === 'hearing_invitation').map((l: any) => l.audience)).toEqual(['accused']);
  });
});
