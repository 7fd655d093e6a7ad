/**
 * The deadline sweep travels in time: a complaint received on the Thursday before Easter, the sweep run on
 * each following day. Reminders come on working days only, once per complaint, kind, recipient and day,
 * with escalation to the manager and the coordinators; an extension moves the handling term, but only
 * before it ends; the not-handled notice's term (Awb 9:8) is watched; the annual report counts "in time"
 * against the original and the extended term; two instances sweeping at the same moment queue nothing twice.
 */
import { DateTime } from 'luxon';
import { createAdminUser } from '../helpers/admin';
import { createFixtures, registration, roleId, type Fixtures } from '../helpers/fixtures';
import { startAppProcess } from '../helpers/process';
import { startApp, type TestApp } from '../helpers/strapi';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Amsterdam' }).toJSDate();

describe('deadline sweep', () => {
  let app: TestApp;
  let fx: Fixtures;
  let coordinatorEmail: string;
  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const travel = (iso: string) => service('clock').set(() => at(iso));
  const admin = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
  const reminders = async (complaintId: number) =>
    (await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId, audience: 'staff' }, orderBy: { id: 'asc' } })).filter((l: any) => l.dedupeKey);

  beforeAll(async () => {
    app = await startApp({ listen: true });
    fx = await createFixtures(app);
    const coordinator = await createAdminUser(app, [await roleId(app, 'complaints-coordinator')], { email: 'coordinator@test.local' });
    coordinatorEmail = coordinator.email;
  });

  afterAll(async () => {
    service('clock').set();
    await app?.stop();
  });

  it('reminds on working days only, once per day, and escalates an overdue acknowledgement to the manager', async () => {
    travel('2026-04-02T10:00');
    const res = await admin('/complaints', registration(fx, { receivedAt: at('2026-04-02T10:00').toISOString() }));
    const id = res.body.data.id;
    const complaint = await service('complaints').requireById(id);
    expect(complaint.acknowledgementDue).toBe('2026-04-09');

    const seen: Record<string, string[]> = {};
    for (let day = DateTime.fromISO('2026-04-02'); day <= DateTime.fromISO('2026-04-10'); day = day.plus({ days: 1 })) {
      travel(`${day.toISODate()}T08:00`);
      const before = (await reminders(id)).length;
      const result = await service('sweep').run();
      await service('sweep').run(); // twice on the same day: nothing more
      const added = (await reminders(id)).slice(before);
      seen[day.toISODate()!] = added.map((l: any) => `${l.kind}→${l.recipientEmail}`);
      if (['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'].includes(day.toISODate()!)) expect(result.workingDay).toBe(false);
    }
    expect(seen['2026-04-02']).toEqual([]);
    expect(seen['2026-04-03']).toEqual([]); // Goede Vrijdag
    expect(seen['2026-04-06']).toEqual([]); // Tweede Paasdag
    expect(seen['2026-04-07']).toEqual([]);
    expect(seen['2026-04-08'].sort()).toEqual([`staff_acknowledgement_due_tomorrow→${fx.managerA.email}`, 'staff_acknowledgement_due_tomorrow→a@test.local'].sort());
    expect(seen['2026-04-09']).toEqual([]);
    expect(seen['2026-04-10'].sort()).toEqual([`staff_acknowledgement_overdue→${fx.managerA.email}`, 'staff_acknowledgement_overdue→a@test.local'].sort());

    // assigned to a handler: the handler is reminded, the manager gets the escalation
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    travel('2026-04-13T08:00');
    await service('sweep').run();
    const monday = (await reminders(id)).filter((l: any) => l.dedupeKey.startsWith('2026-04-13'));
    expect(monday.map((l: any) => l.recipientEmail).sort()).toEqual([fx.handlerA.email, fx.managerA.email].sort());
    expect(monday[0].context.complaint.adminUrl).toContain(`/admin/plugins/complaints/complaints/${id}`);
  });

  it('warns before the handling term ends and escalates an overdue term to the coordinators; too late to extend then', async () => {
    travel('2026-02-02T09:00');
    const res = await admin('/complaints', registration(fx, { receivedAt: at('2026-02-02T09:00').toISOString() }));
    const id = res.body.data.id;
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${id}/acknowledge`, {});
    const due = (await service('complaints').requireById(id)).handlingDue;
    expect(due).toBe('2026-03-16');

    travel('2026-03-10T08:00');
    await service('sweep').run();
    expect((await reminders(id)).map((l: any) => l.kind)).toContain('staff_handling_expiring');

    travel('2026-03-17T08:00');
    await service('sweep').run();
    const overdue = (await reminders(id)).filter((l: any) => l.kind === 'staff_handling_overdue');
    expect(overdue.map((l: any) => l.recipientEmail).sort()).toEqual([fx.handlerA.email, fx.coordinator.email, coordinatorEmail].sort());

    // Awb 9:11: an extension after the term has ended is refused, and the escalation goes on
    const extended = await admin(`/complaints/${id}/extend`, { until: '2026-04-10', reason: 'Advies technische dienst' });
    expect(extended.status).toBe(409);
    travel('2026-03-18T08:00');
    await service('sweep').run();
    expect((await reminders(id)).filter((l: any) => l.dedupeKey.startsWith('2026-03-18')).map((l: any) => l.kind)).toContain('staff_handling_overdue');
  });

  it('counts statutory terms from the date of receipt; refuses an extension or a consent after the term has ended', async () => {
    // the example of the law: received Tuesday 23 March 2027 at 17:00 (after the cut-off hour)
    travel('2027-03-23T17:30');
    const res = await admin('/complaints', registration(fx, { receivedAt: at('2027-03-23T17:00').toISOString() }));
    const id = res.body.data.id;
    const complaint = await service('complaints').requireById(id);
    expect({ handlingDue: complaint.handlingDue, notice: complaint.notAdmissibleNoticeDue, ack: complaint.acknowledgementDue }).toEqual({ handlingDue: '2027-05-04', notice: '2027-04-20', ack: '2027-03-31' });
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${id}/acknowledge`, {});

    // the dossier says which rule made each date
    const dossier = await app.http().get(`/complaints/complaints/${id}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(dossier.body.data.terms.rules.handling.nl).toContain('6 weken na de ontvangst op dinsdag 23 maart 2027 (Awb 9:11)');
    expect(dossier.body.data.terms.rules.acknowledgement.nl).toContain('eigen termijn');
    expect(dossier.body.data.terms.lastDayToExtend).toBe('2027-05-04');

    // a day after the term: no extension, no consent, and the dossier no longer offers them
    travel('2027-05-05T09:00');
    const late = await admin(`/complaints/${id}/extend`, { until: '2027-05-25', reason: 'Te laat' });
    expect(late.status).toBe(409);
    expect(late.body.error.details.code).toBe('term_ended');
    expect(late.body.error.message).toContain('2027-05-04');
    const after = await app.http().get(`/complaints/complaints/${id}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(after.body.data.allowedActions.map((a: any) => a.action)).not.toContain('extendHandlingTerm');
    expect(after.body.data.terms.lastDayToExtend).toBeNull();
    expect((await service('complaints').requireById(id)).handlingDue).toBe('2027-05-04');
  });

  it('reports a complaint handled within its extension as late against the original term, and in time against the extended one', async () => {
    travel('2027-01-04T10:00');
    const id = (await admin('/complaints', registration(fx, { receivedAt: at('2027-01-04T10:00').toISOString() }))).body.data.id;
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${id}/acknowledge`, {});
    expect((await service('complaints').requireById(id)).handlingDue).toBe('2027-02-15');
    // on the last day of the term: extended by four weeks at most (2027-03-15)
    travel('2027-02-15T16:00');
    const extended = await admin(`/complaints/${id}/extend`, { until: '2027-03-15', reason: 'Advies van een deskundige' });
    expect(extended.status).toBe(200);
    // the sweep follows the new date: no overdue reminder the day after the original term
    travel('2027-02-16T08:00');
    await service('sweep').run();
    expect((await reminders(id)).filter((l: any) => l.kind === 'staff_handling_overdue')).toEqual([]);
    travel('2027-03-01T10:00');
    expect((await admin(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    const outcome = await admin(`/complaints/${id}/outcome`, { judgement: 'partly_founded', findings: 'Bevindingen', noAgreements: true });
    expect(outcome.status).toBe(200);
    expect(await service('complaints').requireById(id)).toMatchObject({ handledInTime: true, handledInOriginalTerm: false });

    // a not-handled notice, judged against its own four weeks: one in time, one late
    const notice = async (received: string, sent: string) => {
      travel(received);
      const noticeId = (await admin('/complaints', registration(fx, { receivedAt: at(received).toISOString() }))).body.data.id;
      await admin(`/complaints/${noticeId}/assign`, { handlerId: fx.handlerA.id });
      travel(sent);
      const res = await admin(`/complaints/${noticeId}/not-admissible`, { reason: 'criminal_investigation', explanation: 'Er loopt een strafrechtelijk onderzoek.', referral: 'Het Openbaar Ministerie' });
      expect(res.status).toBe(200);
    };
    await notice('2027-01-05T10:00', '2027-02-01T10:00'); // due 2 Feb
    await notice('2027-01-06T10:00', '2027-02-04T10:00'); // due 3 Feb

    const res = await app.http().get('/complaints/reports/annual?from=2027-01-01&to=2027-01-31').set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(res.status).toBe(200);
    expect(res.body.data.handledWithinTerm).toEqual({ count: 2, of: 3, percentage: 66.7 });
    expect(res.body.data.handledWithinOriginalTerm).toEqual({ count: 1, of: 3, percentage: 33.3 });
    expect(res.body.data.notAdmissibleNoticesWithinTerm).toEqual({ count: 1, of: 2, percentage: 50 });
    const csv = await app.http().get('/complaints/reports/annual?from=2027-01-01&to=2027-01-31&format=csv').set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(csv.text).toContain('"Binnen termijn afgehandeld, oorspronkelijke termijn (%)";"33.3"');
    expect(csv.text).toContain('"Binnen termijn afgehandeld, verlengde termijn (%)";"66.7"');
  });

  it('reminds the handler of the not-handled notice term (Awb 9:8) the working day before it ends, and the manager on its last day', async () => {
    travel('2027-06-07T10:00'); // Monday: the notice is due Monday 5 July
    const id = (await admin('/complaints', registration(fx, { receivedAt: at('2027-06-07T10:00').toISOString() }))).body.data.id;
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${id}/acknowledge`, {});
    expect((await service('complaints').requireById(id)).notAdmissibleNoticeDue).toBe('2027-07-05');
    const of = async (day: string) => (await reminders(id)).filter((l: any) => l.kind === 'staff_not_admissible_notice_due' && l.dedupeKey.startsWith(day)).map((l: any) => l.recipientEmail).sort();

    travel('2027-07-01T08:00');
    await service('sweep').run();
    expect(await of('2027-07-01')).toEqual([]);
    travel('2027-07-02T08:00'); // Friday, the working day before
    expect((await service('sweep').run()).findings.staff_not_admissible_notice_due).toBeGreaterThanOrEqual(1);
    expect(await of('2027-07-02')).toEqual([fx.handlerA.email]);
    travel('2027-07-05T08:00');
    await service('sweep').run();
    expect(await of('2027-07-05')).toEqual([fx.handlerA.email, fx.managerA.email].sort());
    travel('2027-07-06T08:00');
    await service('sweep').run();
    expect(await of('2027-07-06')).toEqual([]);

    // the overview counts notices due within five working days, and warns when next year has no decree days
    const overview = () => app.http().get('/complaints/overview').set('Authorization', `Bearer ${fx.superAdmin.token}`);
    travel('2027-06-30T09:00');
    const before = await overview();
    expect(before.body.data.notAdmissibleNoticeDueSoon).toBeGreaterThanOrEqual(1);
    expect(before.body.data.warnings.map((w: any) => w.code)).not.toContain('no_decree_days_next_year'); // 2028 has decree days
    travel('2028-07-03T09:00');
    expect((await overview()).body.data.warnings.map((w: any) => w.code)).toContain('no_decree_days_next_year'); // 2029 has none yet
  });

  it("reminds of tomorrow's conversation with what was planned for it, where each side has its own", async () => {
    travel('2026-06-10T09:00');
    const id = (await admin('/complaints', registration(fx, { receivedAt: at('2026-06-10T09:00').toISOString(), categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'B. Handelaar', accusedUserId: fx.handlerB.id }))).body.data.id;
    await admin(`/complaints/${id}/acknowledge`, {});
    // the complainant tomorrow by phone, the employee next week by video (planned after it)
    expect((await admin(`/complaints/${id}/hearing/plan`, { plannedAt: at('2026-06-12T10:00').toISOString(), mode: 'phone', side: 'complainant' })).status).toBe(200);
    expect((await admin(`/complaints/${id}/hearing/plan`, { plannedAt: at('2026-06-16T10:00').toISOString(), mode: 'video', side: 'accused' })).status).toBe(200);
    travel('2026-06-11T08:00');
    await service('sweep').run();
    const [reminder] = await reminders(id);
    expect(reminder.kind).toBe('staff_hearing_tomorrow');
    expect(reminder.context.hearing).toMatchObject({ mode: 'Telefonisch', withBoth: false });
  });

  it('reminds of agreements due tomorrow and overdue, and of tomorrow’s hearing', async () => {
    travel('2026-06-01T09:00');
    const first = (await admin('/complaints', registration(fx, { receivedAt: at('2026-06-01T09:00').toISOString() }))).body.data.id;
    await admin(`/complaints/${first}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${first}/acknowledge`, {});
    await admin(`/complaints/${first}/hearing/plan`, { plannedAt: at('2026-06-05T14:00').toISOString(), mode: 'office' });
    travel('2026-06-04T08:00');
    await service('sweep').run();
    expect((await reminders(first)).map((l: any) => `${l.kind}→${l.recipientEmail}`)).toEqual([`staff_hearing_tomorrow→${fx.handlerA.email}`]);
    const hearingLetter = (await reminders(first))[0];
    expect(hearingLetter.context.hearing.plannedAt).toBeTruthy();
    expect(hearingLetter.context.agreements).toEqual([]);
    // stored at the sweep's moment, on PostgreSQL too, where the reminders go in as one JSON value
    for (const column of ['createdAt', 'nextAttemptAt']) expect(new Date(hearingLetter[column]).getTime()).toBe(at('2026-06-04T08:00').getTime());

    travel('2026-06-05T16:00');
    await admin(`/complaints/${first}/hearing/record`, { minutes: 'Gesprek gevoerd.' });
    await admin(`/complaints/${first}/outcome`, { judgement: 'founded', findings: 'Terecht.', agreements: [{ description: 'Lekkage verhelpen', ownerUserId: fx.handlerB.id, dueDate: '2026-06-09' }] });
    await admin(`/complaints/${first}/monitoring`);
    travel('2026-06-08T08:00');
    await service('sweep').run();
    expect((await reminders(first)).filter((l: any) => l.dedupeKey.startsWith('2026-06-08')).map((l: any) => `${l.kind}→${l.recipientEmail}`)).toEqual([`staff_agreement_due→${fx.handlerB.email}`]);
    travel('2026-06-10T08:00');
    await service('sweep').run();
    const overdue = (await reminders(first)).filter((l: any) => l.dedupeKey.startsWith('2026-06-10'));
    expect(overdue.map((l: any) => l.kind)).toEqual(['staff_agreement_overdue']);
    expect(overdue[0].context.agreements.map((a: any) => a.description)).toEqual(['Lekkage verhelpen']);

    // the handling term ended with the outcome: monitoring long past the old due date brings no handling
    // reminder, and the term can no longer be extended
    const handlingDue = (await service('complaints').requireById(first)).handlingDue;
    travel(`${DateTime.fromISO(handlingDue).plus({ weeks: 2 }).toISODate()}T08:00`);
    await service('sweep').run();
    expect((await reminders(first)).filter((l: any) => l.kind.startsWith('staff_handling'))).toEqual([]);
    expect((await admin(`/complaints/${first}/extend`, { until: '2026-12-01', reason: 'Te laat' })).status).toBe(409);
  });

  it('reminds of an agreement due on a Saturday or a closed day on the last working day before it', async () => {
    // Hemelvaartsdag is Thursday 14 May 2026 and Friday 15 May a closed day (decree): after Wednesday 13 May
    // staff work again on Monday 18 May.
    travel('2026-05-04T09:00');
    const id = (await admin('/complaints', registration(fx, { receivedAt: at('2026-05-04T09:00').toISOString() }))).body.data.id;
    await admin(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    await admin(`/complaints/${id}/acknowledge`, {});
    await admin(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' });
    const outcome = await admin(`/complaints/${id}/outcome`, {
      judgement: 'founded',
      findings: 'Terecht.',
      agreements: [
        { description: 'Rekening corrigeren', ownerUserId: fx.handlerA.id, dueDate: '2026-05-15' }, // closed day
        { description: 'Monteur sturen', ownerUserId: fx.handlerB.id, dueDate: '2026-05-16' }, // Saturday
      ],
    });
    expect(outcome.status).toBe(200);
    const calendar = await service('settings').calendar();
    expect(calendar.dayOffReason('2026-05-15')).toBe('gesloten');
    expect(calendar.dayOffReason('2026-05-16')).toBe('weekend');

    const seen: Record<string, string[]> = {};
    for (let day = DateTime.fromISO('2026-05-11'); day <= DateTime.fromISO('2026-05-19'); day = day.plus({ days: 1 })) {
      travel(`${day.toISODate()}T08:00`);
      await service('sweep').run();
      seen[day.toISODate()!] = (await reminders(id)).filter((l: any) => l.dedupeKey.startsWith(day.toISODate()!)).map((l: any) => `${l.kind}→${l.recipientEmail}`).sort();
    }
    const both = (kind: string) => [`${kind}→${fx.handlerA.email}`, `${kind}→${fx.handlerB.email}`].sort();
    expect(seen).toEqual({
      '2026-05-11': [],
      '2026-05-12': [],
      '2026-05-13': both('staff_agreement_due'), // the last working day before either is due
      '2026-05-14': [],
      '2026-05-15': [],
      '2026-05-16': [],
      '2026-05-17': [],
      '2026-05-18': both('staff_agreement_overdue'),
      '2026-05-19': both('staff_agreement_overdue'),
    });
  });

  it('two instances sweeping at the same moment queue each reminder once, more than one statement of them each', async () => {
    service('clock').set();
    const now = '2026-11-18T08:00:00+01:00'; // a Wednesday
    travel('2026-11-02T09:00');
    const ids: number[] = [];
    // 220 reminders: more than one INSERT's worth (persistence/reminders.ts), stored while the rest are rendered
    for (let i = 0; i < 110; i += 1) ids.push((await admin('/complaints', registration(fx, { receivedAt: at('2026-11-02T09:00').toISOString(), complainantName: `Parallel ${i}` }))).body.data.id);
    service('clock').set(() => new Date(now));
    const second = await startAppProcess(app.db, { COMPLAINTS_NOW: now, COMPLAINTS_JOBS_ENABLED: 'false' });
    try {
      const run = (base: string) => fetch(`${base}/complaints/sweep`, { method: 'POST', headers: { Authorization: `Bearer ${fx.superAdmin.token}` } }).then((r) => r.json() as Promise<any>);
      const [a, b] = await Promise.all([run(app.url), run(second.url)]);
      // whole answers, so a refused sweep shows its error
      expect(a).toMatchObject({ data: { day: '2026-11-18' } });
      expect(b).toMatchObject({ data: { day: '2026-11-18' } });
      const rows = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: { $in: ids }, kind: 'staff_acknowledgement_overdue' }, select: ['dedupeKey'] });
      expect(rows.length).toBe(220); // 110 complaints × (manager A + department address)
      expect(new Set(rows.map((r: any) => r.dedupeKey)).size).toBe(rows.length);
    } finally {
      await second.stop();
    }
  });
});
