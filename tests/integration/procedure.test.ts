/**
 * The procedure over HTTP on a real Strapi (SQLite and PostgreSQL): one complaint through all six steps,
 * a behaviour complaint, not admissible, solved at acknowledgement, an extension, and the refusals the law
 * demands, each answered 409 with the reason in Dutch and English and nothing changed.
 */
import { DateTime } from 'luxon';
import { loginAdmin } from '../helpers/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';
import { WEBHOOK_EVENTS } from '../../src/plugins/complaints/shared/webhooks';
import { statusLinkSecret, trackingToken } from '../../src/plugins/complaints/server/src/status-link';

describe('the complaint procedure over HTTP', () => {
  let app: TestApp;
  let fx: Fixtures;
  let token: string;
  let hooks: WebhookReceiver;

  const post = (path: string, body: unknown = {}, as = token) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${as}`).send(body as object);
  const get = (path: string, as = token) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${as}`);
  const future = (days: number) => DateTime.now().plus({ days }).set({ hour: 14, minute: 0 }).toISO();
  const dateIn = (days: number) => DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate();

  async function register(overrides: Record<string, unknown> = {}) {
    const res = await post('/complaints', registration(fx, overrides));
    expect(res.status).toBe(201);
    return res.body.data as { id: number; reference: string };
  }

  /** A complaint with its outcome sent: one open agreement, due in `days` days; answers its id. */
  async function withOutcome(days: number) {
    const { id } = await register();
    expect((await post(`/complaints/${id}/acknowledge`, {})).status).toBe(200);
    expect((await post(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    const outcome = await post(`/complaints/${id}/outcome`, { judgement: 'founded', findings: 'Terecht.', agreements: [{ description: 'Dakgoot repareren', ownerUserId: fx.handlerA.id, dueDate: dateIn(days) }] });
    expect(outcome.status).toBe(200);
    return id;
  }

  /** A correction's body: the complaint as registered, turned into a behaviour complaint, with `changes`. */
  function asBehaviourComplaint(complaint: Record<string, unknown>, changes: Record<string, unknown>) {
    const kept = ['complainantName', 'complainantEmail', 'complainantAddress', 'complainantPostalCode', 'complainantCity', 'description'];
    return { ...Object.fromEntries(kept.map((field) => [field, complaint[field]])), categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, ...changes };
  }

  async function status(id: number) {
    return (await get(`/complaints/${id}`)).body.data.complaint.status;
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    token = fx.superAdmin.token;
    // a site owner subscribes to every complaint event, through Strapi's own webhook API
    hooks = await startWebhookReceiver();
    const created = await app
      .http()
      .post('/admin/webhooks')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'Klachtregistratie', url: hooks.url, headers: {}, events: Object.keys(WEBHOOK_EVENTS) });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await app?.stop();
    await hooks?.close();
  });

  it('takes one complaint through all six steps to an eligible dispute, audited step by step', async () => {
    const { id, reference } = await register();
    expect(reference).toMatch(/^KL-\d{4}-\d{6}$/);

    let dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.complaint).toMatchObject({ status: 'received', channel: 'post', complainantPostalCode: '1234 AB' });
    expect(dossier.complaint.trackingToken).toBeUndefined();
    expect(dossier.terms.acknowledgementDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dossier.allowedActions.map((a: any) => a.action)).toEqual(expect.arrayContaining(['acknowledge', 'declareNotAdmissible', 'withdraw']));
    expect(dossier.allowedActions.map((a: any) => a.action)).not.toContain('sendOutcome');

    expect((await post(`/complaints/${id}/acknowledge`, { inviteForHearing: true })).status).toBe(200);
    expect((await post(`/complaints/${id}/hearing/plan`, { plannedAt: future(3), mode: 'video', attendees: 'Klager, behandelaar' })).status).toBe(200);
    expect(await status(id)).toBe('hearing_planned');
    expect((await post(`/complaints/${id}/hearing/record`, { minutes: 'Klager lichtte toe; wij erkenden het.', proposedSolution: 'Reparatie', complainantPresent: true })).status).toBe(200);

    const outcome = await post(`/complaints/${id}/outcome`, {
      judgement: 'founded',
      findings: 'De afspraken zijn niet nagekomen.',
      conclusions: 'Excuses en herstel.',
      agreements: [
        { description: 'Kraan repareren', ownerUserId: fx.handlerA.id, dueDate: dateIn(7) },
        { description: 'Tegoed €25', ownerDepartmentId: fx.departments.a, dueDate: dateIn(14) },
      ],
    });
    expect(outcome.status).toBe(200);
    expect(outcome.body.data.complaint.status).toBe('agreements_sent');
    expect(outcome.body.data.agreements).toHaveLength(2);

    expect((await post(`/complaints/${id}/monitoring`)).status).toBe(200);
    const early = await post(`/complaints/${id}/close`);
    expect(early.status).toBe(409);
    expect(early.body.error.details.code).toBe('agreements_open');

    const [first, second] = outcome.body.data.agreements;
    expect((await post(`/complaints/${id}/agreements/${first.id}/result`, { result: 'kept' })).status).toBe(200);
    expect((await post(`/complaints/${id}/agreements/${first.id}/result`, { result: 'kept' })).status).toBe(409);
    expect((await post(`/complaints/${id}/agreements/${second.id}/result`, { result: 'not_kept', note: 'Vergeten' })).status).toBe(200);
    expect((await post(`/complaints/${id}/close`, { note: 'Alle afspraken afgehandeld' })).status).toBe(200);
    expect(await status(id)).toBe('closed');

    expect((await post(`/complaints/${id}/dissatisfaction`, { note: 'Niet tevreden met het oordeel' })).status).toBe(200);
    const eligible = await post(`/complaints/${id}/dispute/eligible`, { reason: 'Interne procedure doorlopen; klager ontevreden.' });
    expect(eligible.status).toBe(200);
    expect(eligible.body.data.complaint).toMatchObject({ status: 'dispute', disputeEligible: true });
    expect(eligible.body.data.complaint.disputeEligibleSince).toBeTruthy();

    dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.timeline.map((e: any) => e.type)).toEqual([
      'complaint.received',
      'complaint.acknowledged',
      'complaint.hearing_planned',
      'complaint.hearing_held',
      'complaint.outcome_sent',
      'complaint.monitoring_started',
      'complaint.agreement_result',
      'complaint.agreement_result',
      'complaint.closed',
      'complaint.dissatisfaction_declared',
      'complaint.dispute_eligible',
    ]);
    expect(dossier.timeline[1]).toMatchObject({ actorType: 'admin', actorId: fx.superAdmin.id, fromStatus: 'received', toStatus: 'acknowledged' });
    expect(dossier.allowedActions.map((a: any) => a.action)).toEqual(['assignHandler', 'transferDepartment', 'recordCommitteeOutcome']);

    // every step went out as a webhook, in the timeline's order (Strapi delivers up to five at once, so
    // the receiver orders by the moment in the payload), with no personal data in any of them
    const timeline = dossier.timeline.map((e: any) => e.type);
    await hooks.waitFor(timeline.length);
    const ours = hooks.deliveries.filter((d) => d.body.reference === reference);
    expect([...ours].sort((a, b) => String(a.body.at).localeCompare(String(b.body.at))).map((d) => d.body.event)).toEqual(timeline);
    expect(ours[0].body).toEqual({
      event: 'complaint.received',
      createdAt: expect.any(String),
      reference,
      step: 2,
      fromStatus: null,
      toStatus: 'received',
      at: expect.any(String),
      receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      acknowledgementDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      handlingDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      departmentId: fx.departments.a,
      categoryId: fx.categories.service,
      channel: 'post',
    });
    expect(ours.find((d) => d.body.event === 'complaint.dispute_eligible')?.body).toMatchObject({ step: 6, fromStatus: 'dispute', toStatus: 'dispute' });
    const personal = Object.values(registration(fx)).filter((v) => typeof v === 'string' && !['post'].includes(v as string)) as string[];
    for (const delivery of ours) for (const value of [...personal, 'Kraan repareren', 'Niet tevreden met het oordeel']) expect(delivery.raw).not.toContain(value);
  });

  it("lists a handler's queue (own and the department's unassigned open complaints) and makes the acknowledging staff member the handler of a complaint without one", async () => {
    const handlerA = await loginAdmin(app, fx.handlerA);
    const unassigned = await register({ departmentId: fx.departments.a });
    const elsewhere = await register({ departmentId: fx.departments.b });
    const mine = async () => ((await get('/complaints?mine=true&pageSize=100', handlerA)).body.data.results as Array<{ id: number; handlerId: number | null }>).map((r) => r.id);
    expect(await mine()).toContain(unassigned.id);
    expect(await mine()).not.toContain(elsewhere.id);
    expect((await get('/complaints?mine=maybe', handlerA)).status).toBe(400);

    // acknowledged without a handler: the one who acknowledges handles it from now on
    expect((await get(`/complaints/${unassigned.id}`)).body.data.complaint.handlerId).toBeNull();
    expect((await post(`/complaints/${unassigned.id}/acknowledge`, {}, handlerA)).status).toBe(200);
    const dossier = (await get(`/complaints/${unassigned.id}`)).body.data;
    expect(dossier.complaint.handlerId).toBe(fx.handlerA.id);
    expect(dossier.timeline.find((e: any) => e.type === 'complaint.acknowledged').data).toMatchObject({ handlerAssigned: fx.handlerA.id });
    expect(await mine()).toContain(unassigned.id);

    // a handler already set stays, whoever acknowledges
    const assigned = await register({ departmentId: fx.departments.a });
    expect((await post(`/complaints/${assigned.id}/assign`, { handlerId: fx.handlerA.id })).status).toBe(200);
    expect((await post(`/complaints/${assigned.id}/acknowledge`, {})).status).toBe(200);
    expect((await get(`/complaints/${assigned.id}`)).body.data.complaint.handlerId).toBe(fx.handlerA.id);
  });

  it('records an agreement as kept on the day it was kept: a past day after the outcome letter, not the future nor before that letter', async () => {
    const id = await withOutcome(10);
    const [agreement] = (await get(`/complaints/${id}`)).body.data.agreements;
    const result = (body: object) => post(`/complaints/${id}/agreements/${agreement.id}/result`, { result: 'kept', ...body });
    const future = await result({ settledOn: dateIn(1) });
    expect(future.status).toBe(400);
    expect(future.body.error.details.fieldErrors.settledOn).toBe('Deze datum ligt in de toekomst.');
    const early = await result({ settledOn: dateIn(-1) });
    expect(early.status).toBe(400);
    expect(early.body.error.details.fieldErrors.settledOn).toBe('Deze datum ligt vóór de brief met de afspraken.');
    expect((await result({ settledOn: '2026-02-30' })).status).toBe(400);

    // the letter went out a week ago; the agreement was kept three days ago
    await app.strapi.db.query('plugin::complaints.complaint').update({ where: { id }, data: { outcomeSentAt: DateTime.now().minus({ days: 7 }).toJSDate() } });
    expect((await result({ settledOn: dateIn(-3) })).status).toBe(200);
    const stored = await app.strapi.db.query('plugin::complaints.agreement').findOne({ where: { id: agreement.id } });
    expect(DateTime.fromJSDate(new Date(stored.settledAt)).setZone('Europe/Amsterdam').toISODate()).toBe(dateIn(-3));
    const event = (await get(`/complaints/${id}`)).body.data.timeline.find((e: any) => e.type === 'complaint.agreement_result');
    expect(event.data).toMatchObject({ result: 'kept', settledOn: dateIn(-3) });
  });

  it('shows a letter as it was sent, e-mail or paper, to staff who may see its complaint', async () => {
    const { id, reference } = await register({ departmentId: fx.departments.a });
    expect((await post(`/complaints/${id}/acknowledge`, { answer: 'Wij bellen u dinsdag.' })).status).toBe(200);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'acknowledgement' } });
    await app.strapi.plugin('complaints').service('outbox').drain();
    const content = await get(`/letters/${letter.id}/content`);
    expect(content.status).toBe(200);
    expect(content.body.data.subject).toContain(reference);
    expect(content.body.data.html).toContain('Wij bellen u dinsdag.');
    expect(content.body.data.text).toContain('Wij bellen u dinsdag.');
    const outsider = await loginAdmin(app, fx.handlerB);
    expect([403, 404]).toContain((await get(`/letters/${letter.id}/content`, outsider)).status);
  });

  it('previews the agreements letter of an outcome being composed, for a handler', async () => {
    const { id } = await register({ departmentId: fx.departments.a });
    await post(`/complaints/${id}/acknowledge`, {});
    await post(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' });
    const handlerA = await loginAdmin(app, fx.handlerA);
    const draft = { judgement: 'partly_founded', findings: 'Deels terecht: de monteur kwam te laat.', conclusions: 'Wij passen de planning aan.', agreements: [{ description: 'Planning per sms bevestigen', ownerDepartmentId: fx.departments.a, dueDate: dateIn(10) }] };
    const preview = await post(`/complaints/${id}/outcome/preview`, draft, handlerA);
    expect(preview.status).toBe(200);
    expect(preview.body.data.text).toMatch(/deels gegrond/i);
    expect(preview.body.data.text).toContain('Planning per sms bevestigen');
    expect(preview.body.data.text).toContain('Afdeling A');
    expect(preview.body.data.channel).toBe('post');
    expect((await get(`/complaints/${id}`)).body.data.complaint.status).toBe('hearing_held'); // nothing saved
  });

  it('states the day a hearing was held, not the day it was planned, in the outcome letter and on the status page; refuses a moment still to come', async () => {
    const { id } = await register({ departmentId: fx.departments.a });
    await post(`/complaints/${id}/acknowledge`, {});
    const planned = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 7 }).set({ hour: 10, minute: 0 });
    expect((await post(`/complaints/${id}/hearing/plan`, { plannedAt: planned.toISO(), mode: 'office', accusedInvited: false })).status).toBe(200);
    // held earlier than planned: a moment in the future is refused, the field left empty means now
    const future = await post(`/complaints/${id}/hearing/record`, { heldAt: planned.toISO(), minutes: 'Besproken.' });
    expect(future.status).toBe(400);
    expect(future.body.error.details.fieldErrors.heldAt).toMatch(/toekomst/);
    expect((await post(`/complaints/${id}/hearing/record`, { minutes: 'Besproken.' })).status).toBe(200);

    const longDate = (d: DateTime) => d.setLocale('nl').toFormat('d MMMM yyyy');
    const today = DateTime.now().setZone('Europe/Amsterdam');
    const preview = await post(`/complaints/${id}/outcome/preview`, { judgement: 'unfounded', findings: 'Niet terecht.', noAgreements: true });
    expect(preview.status).toBe(200);
    expect(preview.body.data.text).toContain(`Op ${longDate(today)} hebben wij met u over uw klacht gesproken`);
    expect(preview.body.data.text).not.toContain(longDate(planned));
  });

  it('filters lists by overdue agreements, expiring terms and eligible disputes, with agreement and hearing facts per row', async () => {
    const { id } = await register();
    await post(`/complaints/${id}/acknowledge`, {});
    await post(`/complaints/${id}/hearing/plan`, { plannedAt: future(2), mode: 'phone' });
    const planned = (await get('/complaints?step=3&pageSize=100')).body.data.results.find((r: any) => r.id === id);
    expect(planned).toMatchObject({ hearingMode: 'phone', agreementsOpen: 0, agreementsTotal: 0, outcomeAcceptedAt: null });
    expect(planned.hearingPlannedAt).toBeTruthy();
    expect((await get('/complaints?expiring=60&pageSize=100')).body.data.results.map((r: any) => r.id)).toContain(id);
    expect((await get('/complaints?overdue=agreements&pageSize=100')).body.data.results.map((r: any) => r.id)).not.toContain(id);

    // an open agreement due in three days: overdue (in the list and the overview's count) four days on
    const late = await withOutcome(3);
    const overdueAgreements = async () => ({
      count: (await get('/overview')).body.data.complaintsWithOverdueAgreements as number,
      ids: (await get('/complaints?overdue=agreements&pageSize=100')).body.data.results.map((r: any) => r.id) as number[],
    });
    const onTime = await overdueAgreements();
    expect(onTime.ids).not.toContain(late);
    expect(onTime.count).toBe(onTime.ids.length);
    const clock = app.strapi.plugin('complaints').service('clock');
    clock.set(() => DateTime.now().plus({ days: 4 }).toJSDate());
    try {
      const afterDue = await overdueAgreements();
      expect(afterDue.ids).toContain(late);
      expect(afterDue.count).toBe(afterDue.ids.length);
      expect(afterDue.count).toBe(onTime.count + 1); // the other complaints of this file have no open agreement
    } finally {
      clock.set();
    }

    // eligible disputes: one referred to the committee is listed, one only declared is not
    const referred = await withOutcome(30);
    const declared = await withOutcome(30);
    for (const disputed of [referred, declared]) expect((await post(`/complaints/${disputed}/dissatisfaction`, { note: 'Niet tevreden' })).status).toBe(200);
    expect((await post(`/complaints/${referred}/dispute/eligible`, { reason: 'Interne procedure doorlopen.' })).status).toBe(200);
    const eligible = (await get('/complaints?disputeEligible=true&pageSize=100')).body.data.results;
    expect(eligible.map((r: any) => r.id)).toContain(referred);
    expect(eligible.map((r: any) => r.id)).not.toContain(declared);
    expect(eligible.every((r: any) => r.disputeEligible === true)).toBe(true);
  });

  it('finds complaints by whole reference, part of a reference, the number alone, a name, an e-mail address, a postal code, a client number or a phone number', async () => {
    const { id, reference } = await register({ complainantName: 'Fenna Zoekenburg-Ligtvoet', complainantEmail: 'fenna.zoek@voorbeeld.nl', complainantPostalCode: '9876 ZX', complainantClientNumber: '77001234', complainantPhone: '0612398765' });
    const other = await register({ complainantName: 'Kees Anders' });
    const found = async (term: string) => (await get(`/complaints?search=${encodeURIComponent(term)}&pageSize=100`)).body.data.results.map((r: any) => r.id);
    expect(await found(reference)).toEqual([id]);
    expect(await found(reference.toLowerCase())).toEqual([id]);
    expect(await found(reference.slice(0, 8))).toEqual(expect.arrayContaining([id, other.id])); // "KL-2026-"
    expect(await found(reference.split('-')[2])).toEqual([id]); // the number with its zeros
    expect(await found(String(Number(reference.split('-')[2])))).toContain(id); // and without ("13")
    expect(await found('FENNA.ZOEK@voorbeeld.nl')).toEqual([id]);
    expect(await found('9876zx')).toEqual([id]);
    expect(await found('9876 ZX')).toEqual([id]);
    expect(await found('77001234')).toEqual([id]);
    expect(await found('12398765')).toEqual([id]);
    expect(await found('zoekenburg')).toEqual([id]);
    expect(await found('LIGTVOET')).toEqual([id]);
    expect(await found('Fenna Zoek')).toEqual([id]);
    expect(await found('Zoekenburg-Anders')).toEqual([]);
    const total = (await get(`/complaints?search=zoekenburg`)).body.data.pagination.total;
    expect(total).toBe(1);
  });

  it('finds complaints by a word of the description, in any case and inside a word, until the text is erased', async () => {
    const { id } = await register({ description: 'De Scootmobielstalling bij de achteringang is al maanden niet verlicht.' });
    const other = await register({ description: 'De buren maken lawaai.' });
    const found = async (term: string) => (await get(`/complaints?search=${encodeURIComponent(term)}&pageSize=100`)).body.data.results.map((r: any) => r.id);
    expect(await found('scootmobiel')).toEqual([id]);
    expect(await found('ACHTERINGANG')).toEqual([id]);
    expect(await found('stalling bij')).toEqual([id]);
    expect(await found('lawaai')).toEqual([other.id]);
    // found by both its name and its text, a complaint is listed and counted once; a quote is a character, not syntax
    const named = await register({ complainantName: 'Henk Stallinga', description: 'Niemand belt terug over de stalling.' });
    expect((await found('stalling')).sort()).toEqual([id, named.id].sort());
    expect((await get('/complaints?search=stalling')).body.data.pagination.total).toBe(2);
    expect(await found('"stalling"')).toEqual([]);
    expect((await get('/complaints?search=scootmobiel')).body.data.pagination.total).toBe(1);
    // the index follows the text: erased with the personal data, no longer found
    expect((await post(`/complaints/${id}/anonymise`, { reason: 'Verzoek tot wissen (art. 17 AVG)' })).status).toBe(200);
    expect(await found('scootmobiel')).toEqual([]);
  });

  it('refuses a dispute before the internal procedure is done (409, nl/en) and changes nothing', async () => {
    const { id } = await register();
    const res = await post(`/complaints/${id}/dissatisfaction`);
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('internal_procedure_not_done');
    expect(res.body.error.details.messages.nl).toMatch(/interne klachtprocedure/);
    expect(res.body.error.details.messages.en).toMatch(/internal complaint procedure/);
    const dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.complaint.status).toBe('received');
    expect(dossier.timeline).toHaveLength(1);
  });

  it('routes a behaviour complaint to the manager and enforces the law around it', async () => {
    const { id } = await register({ categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'B. Handelaar', accusedFunction: 'Behandelaar', accusedUserId: fx.handlerA.id });
    let dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.complaint.handlerId).toBe(fx.managerA.id);

    // Awb 9:7: the person complained about may not handle it
    const assign = await post(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    expect(assign.status).toBe(409);
    expect(assign.body.error.details.code).toBe('handler_is_accused');

    expect((await post(`/complaints/${id}/acknowledge`, { answer: 'Wij nemen contact op.' })).status).toBe(200);
    // always a conversation, unless the complainant waives it
    const resolve = await post(`/complaints/${id}/resolve`, { agreedHow: 'phone', hearingWaived: false });
    expect(resolve.status).toBe(409);
    expect(resolve.body.error.details.code).toBe('behaviour_requires_hearing');
    expect((await post(`/complaints/${id}/hearing/skip`, { reason: 'clearly_unfounded' })).body.error.details.code).toBe('behaviour_hearing_not_waived');
    // Awb 9:10: the employee complained about is invited too (a client that predates sides: the employee invited is a conversation with both)
    expect((await post(`/complaints/${id}/hearing/plan`, { plannedAt: future(2), mode: 'office', accusedInvited: true })).status).toBe(200);
    // a hearing in the past is refused
    expect((await post(`/complaints/${id}/hearing/plan`, { plannedAt: DateTime.now().minus({ days: 1 }).toISO(), mode: 'office', accusedInvited: true })).body.error.details.code).toBe('hearing_in_past');

    dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.hearing).toMatchObject({ accusedInvited: true, side: 'both', mode: 'office' });
    expect(dossier.complaint.status).toBe('hearing_planned');
  });

  it('a behaviour complaint may close at acknowledgement only when the complainant waives the hearing', async () => {
    const { id } = await register({ aboutEmployeeBehaviour: true, accusedName: 'X' });
    await post(`/complaints/${id}/acknowledge`, { answer: 'Excuses; de medewerker is aangesproken.' });
    const res = await post(`/complaints/${id}/resolve`, { agreedHow: 'phone', hearingWaived: true, note: 'Klager akkoord, wil geen gesprek' });
    expect(res.status).toBe(200);
    expect(res.body.data.complaint).toMatchObject({ status: 'solved_at_acknowledgement' });
    expect(res.body.data.complaint.hearingWaivedAt).toBeTruthy();
    // finished: only reopening is left
    expect(res.body.data.allowedActions.map((a: any) => a.action)).toEqual(['reopen']);
  });

  it('closes as resolved to satisfaction (Awb 9:5) at any moment before the outcome, recorded with how the complainant agreed, and confirmed by letter', async () => {
    const { id } = await register();
    await post(`/complaints/${id}/acknowledge`, { answer: 'De monteur komt morgen.' });
    expect((await post(`/complaints/${id}/resolve`, { note: 'Akkoord' })).body.error.details.fieldErrors.agreedHow).toBeTruthy();
    const res = await post(`/complaints/${id}/resolve`, { agreedHow: 'phone', note: 'Akkoord per telefoon' });
    expect(res.status).toBe(200);
    expect(res.body.data.complaint).toMatchObject({ status: 'solved_at_acknowledgement', solvedAgreedHow: 'phone' });
    expect(res.body.data.complaint.closedAt).toBeTruthy();

    // later too: after the hearing was planned, without an answer in the acknowledgement, solved by phone
    const later = await register();
    await post(`/complaints/${later.id}/acknowledge`, {});
    expect((await post(`/complaints/${later.id}/hearing/plan`, { plannedAt: future(3), mode: 'office' })).status).toBe(200);
    const solved = await post(`/complaints/${later.id}/resolve`, { agreedHow: 'email', note: 'Klager mailde dat het is opgelost.' });
    expect(solved.status).toBe(200);
    expect(solved.body.data.complaint).toMatchObject({ status: 'solved_at_acknowledgement', solvedAgreedHow: 'email', answerGivenInAcknowledgement: false });
    expect(solved.body.data.timeline.find((e: any) => e.type === 'complaint.solved_at_acknowledgement')).toMatchObject({ fromStatus: 'hearing_planned', data: { agreedHow: 'email' } });
    const confirmation = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: later.id, kind: 'closure' } });
    expect(confirmation).toMatchObject({ audience: 'complainant' });
    // after the outcome it is too late: the outcome letter is the answer
    const sent = await withOutcome(10);
    expect((await post(`/complaints/${sent}/resolve`, { agreedHow: 'phone' })).body.error.details.code).toBe('invalid_transition');
  });

  it('asks a finished complaint\'s complainant how satisfied they are: by e-mail, answered once on the status page, in the dossier and the annual report', async () => {
    const { id, reference } = await register({ complainantEmail: 'tevreden@example.nl' });
    await post(`/complaints/${id}/acknowledge`, { answer: 'Wij vervangen de deur morgen.' });
    expect((await post(`/complaints/${id}/resolve`, { agreedHow: 'phone', note: 'Akkoord' })).status).toBe(200);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'satisfaction_survey' } });
    expect(letter).toMatchObject({ audience: 'complainant', channel: 'email', recipientEmail: 'tevreden@example.nl' });
    const until = DateTime.now().setZone('Europe/Amsterdam').plus({ days: 14 }).toISODate();
    expect(letter.context.survey).toEqual({ until });

    const secret = trackingToken(statusLinkSecret(app.strapi), reference);
    const statusPage = (path: string, body: object) => app.http().post(`/api/complaints/status/${reference}${path}`).send({ token: secret, ...body });
    const questions = { intro: expect.stringMatching(/beantwoorden tot en met \w+dag \d+ \w+ \d{4}\.$/), satisfied: 'Bent u tevreden over de behandeling van uw klacht?', mark: expect.stringContaining('cijfer'), comment: expect.stringContaining('toelichten') };
    expect((await statusPage('', {})).body.data.survey).toEqual({ until, open: true, questions, answer: null });
    expect((await statusPage('/survey', { mark: 4 })).body.error.details.fieldErrors.satisfied).toBeTruthy();
    expect((await statusPage('/survey', { satisfied: false, mark: 11 })).body.error.details.fieldErrors.mark).toBeTruthy();
    const answered = await statusPage('/survey', { satisfied: false, mark: 4, comment: 'Het duurde lang voordat iemand belde.' });
    expect(answered.status).toBe(200);
    expect(answered.body.data.survey).toEqual({ until, open: false, questions, answer: { satisfied: false, mark: 4, comment: 'Het duurde lang voordat iemand belde.', answeredAt: expect.any(String) } });
    const again = await statusPage('/survey', { satisfied: true, locale: 'en' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('You have already answered these questions. Thank you.');

    const dossier = (await get(`/complaints/${id}`)).body.data;
    expect(dossier.complaint).toMatchObject({ surveySatisfied: false, surveyMark: 4, surveyComment: 'Het duurde lang voordat iemand belde.' });
    expect(dossier.timeline.map((e: any) => e.type)).toContain('complaint.survey_answered');
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const report = (await get(`/reports/annual?from=${year}-01-01&to=${year}-12-31`)).body.data;
    expect(report.satisfaction.of).toBeGreaterThanOrEqual(1);
    expect(report.satisfaction.satisfied).toBeLessThan(report.satisfaction.of);

    // a complaint still running has no survey, and withdrawing one sends none
    const running = await register({ complainantEmail: 'loopt@example.nl' });
    expect((await app.http().post(`/api/complaints/status/${running.reference}/survey`).send({ token: trackingToken(statusLinkSecret(app.strapi), running.reference), satisfied: true })).status).toBe(409);
    await post(`/complaints/${running.id}/withdraw`, { reason: 'Opgelost' });
    expect(await app.strapi.db.query('plugin::complaints.letter').count({ where: { complaintId: running.id, kind: 'satisfaction_survey' } })).toBe(0);
  });

  it('transfers a complaint to another department: its manager handles a behaviour complaint, the department is told, the terms run on; only into a department the staff member may see', async () => {
    const { id } = await register({ aboutEmployeeBehaviour: true, accusedName: 'Medewerker X', categoryId: fx.categories.behaviour });
    const before = (await get(`/complaints/${id}`)).body.data;
    expect(before.complaint).toMatchObject({ departmentId: fx.departments.a, handlerId: fx.managerA.id });
    expect((await post(`/complaints/${id}/transfer`, { departmentId: fx.departments.a, reason: 'Zelfde' })).body.error.details.code).toBe('same_department');
    expect((await post(`/complaints/${id}/transfer`, { departmentId: fx.departments.b })).body.error.details.fieldErrors.reason).toBeTruthy();

    const letters = () => app.strapi.db.query('plugin::complaints.letter').count({ where: { complaintId: id, kind: 'staff_new_complaint' } });
    const lettersBefore = await letters();
    const moved = await post(`/complaints/${id}/transfer`, { departmentId: fx.departments.b, reason: 'Gaat over het onderhoud: afdeling B.' });
    expect(moved.status).toBe(200);
    expect(moved.body.data.complaint).toMatchObject({ departmentId: fx.departments.b, handlerId: fx.managerB.id, status: before.complaint.status });
    expect(moved.body.data.terms.handlingDue).toBe(before.terms.handlingDue);
    expect(moved.body.data.timeline.find((e: any) => e.type === 'complaint.transferred')).toMatchObject({
      note: 'Gaat over het onderhoud: afdeling B.',
      data: { from: fx.departments.a, to: fx.departments.b, handlerFrom: fx.managerA.id, handlerTo: fx.managerB.id },
    });
    expect(await letters()).toBeGreaterThan(lettersBefore);

    // a handler of department A cannot hand a complaint to department B, whose complaints they do not see
    const own = await register();
    const handlerA = await loginAdmin(app, fx.handlerA);
    const refused = await post(`/complaints/${own.id}/transfer`, { departmentId: fx.departments.b, reason: 'Hoort bij B' }, handlerA);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fieldErrors.departmentId).toBeTruthy();
    expect((await get(`/complaints/${own.id}`)).body.data.complaint.departmentId).toBe(fx.departments.a);
  });

  it('corrects what was registered: every change in the timeline with before and after and the reason; who handles it follows the corrected facts (Awb 9:7)', async () => {
    const { id } = await register({ complainantName: 'Jan de Bor' });
    await post(`/complaints/${id}/assign`, { handlerId: fx.handlerA.id });
    const complaint = (await get(`/complaints/${id}`)).body.data.complaint;
    const person = { name: 'Behandelaar A', function: null, userId: fx.handlerA.id };
    const body = asBehaviourComplaint(complaint, { complainantName: 'Jan de Boer', persons: [person] });
    expect((await post(`/complaints/${id}/corrections`, body)).body.error.details.fieldErrors.reason).toBeTruthy();
    expect((await post(`/complaints/${id}/corrections`, { ...body, persons: [], reason: 'x' })).body.error.details.fieldErrors.persons).toBeTruthy();

    const corrected = await post(`/complaints/${id}/corrections`, { ...body, reason: 'Naam verkeerd gespeld; de klager belde dat het over de behandelaar gaat.' });
    expect(corrected.status).toBe(200);
    // the handler turned out to be the person complained about: the department manager takes it over
    expect(corrected.body.data.complaint).toMatchObject({ complainantName: 'Jan de Boer', aboutEmployeeBehaviour: true, persons: [{ ...person, userName: 'Behandelaar A' }], handlerId: fx.managerA.id });
    const event = corrected.body.data.timeline.find((e: any) => e.type === 'complaint.corrected');
    expect(event.note).toMatch(/verkeerd gespeld/);
    expect(event.data.changes).toMatchObject({
      complainantName: { from: 'Jan de Bor', to: 'Jan de Boer' },
      categoryId: { from: fx.categories.service, to: fx.categories.behaviour },
      aboutEmployeeBehaviour: { from: false, to: true },
      persons: { from: [], to: [person] },
    });
    expect(Object.keys(event.data.changes)).not.toContain('description');
    expect(event.data).toMatchObject({ handlerFrom: fx.handlerA.id, handlerTo: fx.managerA.id });
    // the terms stay: the complaint was received when it was
    expect(corrected.body.data.terms.handlingDue).toBe((await get(`/complaints/${id}`)).body.data.terms.handlingDue);
    // nothing changed, nothing recorded
    const again = await post(`/complaints/${id}/corrections`, { ...body, reason: 'nogmaals' });
    expect(again.body.data.timeline.filter((e: any) => e.type === 'complaint.corrected')).toHaveLength(1);
  });

  it('sends the employee complained about a copy of the complaint once it is taken up (Awb 9:9), and the outcome; someone named later gets the copy then', async () => {
    const lettersTo = (complaintId: number) => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId, audience: 'accused' }, orderBy: { id: 'asc' } });
    const { id } = await register({ categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'B. Handelaar', accusedUserId: fx.handlerB.id, description: 'De medewerker was onbeleefd aan de telefoon.' });
    expect(await lettersTo(id)).toEqual([]);
    expect((await post(`/complaints/${id}/acknowledge`, { inviteForHearing: true })).status).toBe(200);
    const [copy] = await lettersTo(id);
    expect(copy).toMatchObject({ kind: 'accused_copy', recipientEmail: fx.handlerB.email, channel: 'email' });
    expect(copy.context.complaint.description).toBe('De medewerker was onbeleefd aan de telefoon.');
    expect(copy.context.documents).toEqual([]);
    // no status link of the complainant in a letter to anyone else
    expect(copy.context.complaint.statusUrl).toBeNull();

    expect((await post(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    // the employee keeps the right to be heard (Awb 9:10): here they decline it
    expect((await post(`/complaints/${id}/hearing/skip`, { side: 'accused', reason: 'accused_waived' })).status).toBe(200);
    expect((await post(`/complaints/${id}/outcome`, { judgement: 'partly_founded', findings: 'Het gesprek verliep stroef.', noAgreements: true })).status).toBe(200);
    expect((await lettersTo(id)).map((l: any) => l.kind)).toEqual(['accused_copy', 'agreements_letter']);

    // named only after the acknowledgement, by a correction: the copy goes then, once
    const later = await register();
    await post(`/complaints/${later.id}/acknowledge`, {});
    const complaint = (await get(`/complaints/${later.id}`)).body.data.complaint;
    const correction = asBehaviourComplaint(complaint, { accusedName: 'B. Handelaar', accusedUserId: fx.handlerB.id });
    expect((await post(`/complaints/${later.id}/corrections`, { ...correction, reason: 'Klager noemde de medewerker aan de telefoon.' })).status).toBe(200);
    expect((await post(`/complaints/${later.id}/corrections`, { ...correction, accusedFunction: 'Behandelaar', reason: 'Functie aangevuld.' })).status).toBe(200);
    expect((await lettersTo(later.id)).map((l: any) => l.kind)).toEqual(['accused_copy']);
  });

  it('forwards a complaint meant for another organisation (Awb 2:3): named, with a reason, a letter to the complainant; finished here, reopened if it came back', async () => {
    const { id, reference } = await register();
    expect((await post(`/complaints/${id}/forward`, { reason: 'Stoep is van de gemeente.' })).body.error.details.fieldErrors.organisation).toBeTruthy();
    const forwarded = await post(`/complaints/${id}/forward`, { organisation: 'Gemeente Voorbeeldstad', reason: 'Het onderhoud van de stoep is een taak van de gemeente.' });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.data.complaint).toMatchObject({ status: 'forwarded', forwardedTo: 'Gemeente Voorbeeldstad', forwardReason: 'Het onderhoud van de stoep is een taak van de gemeente.' });
    expect(forwarded.body.data.complaint.closedAt).toBeTruthy();
    expect(forwarded.body.data.allowedActions.map((a: any) => a.action)).toEqual(['reopen']);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'forwarded' } });
    expect(letter).toMatchObject({ audience: 'complainant' });
    expect(letter.context.complaint).toMatchObject({ forwardedTo: 'Gemeente Voorbeeldstad' });
    // no satisfaction survey for a complaint handled elsewhere
    expect(await app.strapi.db.query('plugin::complaints.letter').count({ where: { complaintId: id, kind: 'satisfaction_survey' } })).toBe(0);
    const view = await app.http().post(`/api/complaints/status/${reference}`).send({ token: trackingToken(statusLinkSecret(app.strapi), reference) });
    expect(view.body.data.nextStep).toBe('Wij hebben uw klacht doorgestuurd naar Gemeente Voorbeeldstad. U heeft daarover een brief ontvangen.');
    // it came back: the organisation says it is ours after all
    const back = await post(`/complaints/${id}/reopen`, { reason: 'De gemeente stuurde de klacht terug: de stoep is van ons.' });
    expect(back.body.data.complaint).toMatchObject({ status: 'received', forwardedTo: null });
    // once the handling has started it is too late to forward
    const started = await withOutcome(5);
    expect((await post(`/complaints/${started}/forward`, { organisation: 'X', reason: 'Y' })).body.error.details.code).toBe('invalid_transition');
  });

  it('links related complaints both ways, audited on both; "handled before" names the earlier complaint and links it (Awb 9:8)', async () => {
    const first = await register();
    const second = await register();
    const third = await register();
    expect((await post(`/complaints/${second.id}/links`, { relatedReference: 'KL-1999-000001' })).body.error.details.fieldErrors.relatedReference).toBeTruthy();
    expect((await post(`/complaints/${second.id}/links`, { relatedReference: second.reference })).status).toBe(400);
    const linked = await post(`/complaints/${second.id}/links`, { relatedReference: first.reference.toLowerCase() });
    expect(linked.status).toBe(200);
    expect(linked.body.data.related).toEqual([{ id: first.id, reference: first.reference, status: 'received', receivedAt: expect.any(String) }]);
    const other = (await get(`/complaints/${first.id}`)).body.data;
    expect(other.related.map((r: any) => r.reference)).toEqual([second.reference]);
    expect(other.timeline.find((e: any) => e.type === 'complaint.linked').data).toMatchObject({ relatedId: second.id, reference: second.reference });
    // a user who may not see the other complaint learns nothing of it
    const outsider = await loginAdmin(app, fx.handlerB);
    const b = await post('/complaints', registration(fx, { departmentId: fx.departments.b }), outsider);
    expect((await post(`/complaints/${b.body.data.id}/links`, { relatedReference: first.reference }, outsider)).body.error.details.fieldErrors.relatedReference).toMatch(/mag inzien/);

    // "handled before": the notice names the earlier complaint, and links it
    const notice = { reason: 'handled_before', explanation: 'Dezelfde klacht is in maart behandeld.', referral: 'U kunt naar de Nationale ombudsman.' };
    expect((await post(`/complaints/${third.id}/not-admissible`, notice)).body.error.details.fieldErrors.relatedReference).toBeTruthy();
    const declared = await post(`/complaints/${third.id}/not-admissible`, { ...notice, relatedReference: first.reference });
    expect(declared.status).toBe(200);
    expect(declared.body.data.complaint.status).toBe('not_admissible');
    expect(declared.body.data.related.map((r: any) => r.reference)).toEqual([first.reference]);

    const unlinked = await app.http().delete(`/complaints/complaints/${second.id}/links/${first.id}`).set('Authorization', `Bearer ${token}`);
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.data.related).toEqual([]);
    expect((await get(`/complaints/${first.id}`)).body.data.related.map((r: any) => r.reference)).toEqual([third.reference]);
  });

  it('reopens a finished complaint with a reason: fresh terms from today, a letter, heard anew, what ended it kept in the timeline', async () => {
    const id = await withOutcome(10);
    const [agreement] = (await get(`/complaints/${id}`)).body.data.agreements;
    expect((await post(`/complaints/${id}/agreements/${agreement.id}/result`, { result: 'kept' })).status).toBe(200);
    expect((await post(`/complaints/${id}/close`, {})).status).toBe(200);
    expect((await post(`/complaints/${id}/reopen`, {})).body.error.details.fieldErrors.reason).toBeTruthy();

    const reopened = await post(`/complaints/${id}/reopen`, { reason: 'De dakgoot lekt opnieuw.' });
    expect(reopened.status).toBe(200);
    const fresh = (await get(`/complaints/${(await register()).id}`)).body.data.terms.handlingDue;
    expect(reopened.body.data.complaint).toMatchObject({ status: 'acknowledged', reopenReason: 'De dakgoot lekt opnieuw.', closedAt: null, outcomeSentAt: null, outcomeAcceptedAt: null });
    expect(reopened.body.data.terms.handlingDue).toBe(fresh);
    expect(reopened.body.data.allowedActions.map((a: any) => a.action)).toEqual(expect.arrayContaining(['planHearing', 'skipHearing', 'extendHandlingTerm']));
    const event = reopened.body.data.timeline.find((e: any) => e.type === 'complaint.reopened');
    expect(event).toMatchObject({ fromStatus: 'closed', toStatus: 'acknowledged', note: 'De dakgoot lekt opnieuw.' });
    expect(event.data.previous.closedAt).toBeTruthy();
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'reopened' } });
    expect(letter.context.complaint).toMatchObject({ reopenReason: 'De dakgoot lekt opnieuw.', handlingDue: fresh });

    // heard anew: the skipped hearing of the first round stays as it was
    expect((await post(`/complaints/${id}/hearing/plan`, { plannedAt: future(3), mode: 'home' })).status).toBe(200);
    const hearings = await app.strapi.db.query('plugin::complaints.hearing').findMany({ where: { complaintId: id }, orderBy: { id: 'asc' } });
    expect(hearings.map((h: any) => [h.skippedReason, h.mode])).toEqual([['complainant_waived', null], [null, 'home']]);
    expect((await post(`/complaints/${id}/reopen`, { reason: 'nog eens' })).body.error.details.code).toBe('invalid_transition');

    // withdrawn before the acknowledgement: back to acknowledging, with a fresh acknowledgement term
    const early = await register();
    expect((await post(`/complaints/${early.id}/withdraw`, {})).status).toBe(200);
    const again = await post(`/complaints/${early.id}/reopen`, { reason: 'Klager trekt de intrekking in.' });
    expect(again.body.data.complaint).toMatchObject({ status: 'received', withdrawnAt: null });
    expect(again.body.data.allowedActions.map((a: any) => a.action)).toContain('acknowledge');
  });

  it('does what editors chose with an unhappy survey answer: reopen the complaint, or open the dispute path', async () => {
    const unhappy = async (id: number, reference: string, comment: string) => {
      const res = await app.http().post(`/api/complaints/status/${reference}/survey`).send({ token: trackingToken(statusLinkSecret(app.strapi), reference), satisfied: false, comment });
      expect(res.status).toBe(200);
      return (await get(`/complaints/${id}`)).body.data;
    };
    expect((await app.http().put('/complaints/settings/procedure').set('Authorization', `Bearer ${token}`).send({ surveyWhenUnhappy: 'reopen' })).status).toBe(200);
    const solved = await register({ complainantEmail: 'ontevreden@example.nl' });
    await post(`/complaints/${solved.id}/acknowledge`, { answer: 'De monteur komt morgen.' });
    expect((await post(`/complaints/${solved.id}/resolve`, { agreedHow: 'letter' })).status).toBe(200);

    // editors word the questions and leave out the mark: what is not asked is not stored
    const form = (body: object) => app.http().put('/complaints/settings/form').set('Authorization', `Bearer ${token}`).send(body);
    expect((await form({ surveyAskMark: false, texts: { nl: { surveySatisfied: 'Hebben wij u goed geholpen?', surveyIntro: 'Uw mening telt, tot {until}.' } } })).status).toBe(200);
    const view = await app.http().post(`/api/complaints/status/${solved.reference}`).send({ token: trackingToken(statusLinkSecret(app.strapi), solved.reference) });
    expect(view.body.data.survey.questions).toEqual({ intro: expect.stringMatching(/^Uw mening telt, tot \w+dag \d+ \w+ \d{4}\.$/), satisfied: 'Hebben wij u goed geholpen?', mark: null, comment: expect.stringContaining('toelichten') });
    await app.http().post(`/api/complaints/status/${solved.reference}/survey`).send({ token: trackingToken(statusLinkSecret(app.strapi), solved.reference), satisfied: false, mark: 2, comment: 'De monteur is niet gekomen.' });
    expect((await form({ surveyAskMark: true, texts: null })).status).toBe(200);
    const reopened = (await get(`/complaints/${solved.id}`)).body.data;
    expect(reopened.complaint).toMatchObject({ surveySatisfied: false, surveyMark: null, surveyComment: 'De monteur is niet gekomen.' });
    expect(reopened.complaint.status).toBe('acknowledged');
    expect(reopened.complaint.reopenReason).toMatch(/niet tevreden[\s\S]*De monteur is niet gekomen\./);
    expect(reopened.timeline.map((e: any) => e.type).slice(-2)).toEqual(['complaint.survey_answered', 'complaint.reopened']);

    expect((await app.http().put('/complaints/settings/procedure').set('Authorization', `Bearer ${token}`).send({ surveyWhenUnhappy: 'dispute' })).status).toBe(200);
    const id = await withOutcome(10);
    const { reference } = (await get(`/complaints/${id}`)).body.data.complaint;
    const [agreement] = (await get(`/complaints/${id}`)).body.data.agreements;
    await post(`/complaints/${id}/agreements/${agreement.id}/result`, { result: 'kept' });
    expect((await post(`/complaints/${id}/close`, {})).status).toBe(200);
    const disputed = await unhappy(id, reference, 'Ik ben het niet eens met het oordeel.');
    expect(disputed.complaint).toMatchObject({ status: 'dispute', dissatisfactionNote: 'Ik ben het niet eens met het oordeel.' });
    expect((await app.http().put('/complaints/settings/procedure').set('Authorization', `Bearer ${token}`).send({ surveyWhenUnhappy: 'nothing' })).status).toBe(200);
  });

  it('shows the complainant the letters sent to them on the status page, as they were sent, and no staff letter', async () => {
    const { id, reference } = await register({ complainantEmail: '' });
    expect((await post(`/complaints/${id}/acknowledge`, {})).status).toBe(200);
    const statusPage = () => app.http().post(`/api/complaints/status/${reference}`).send({ token: trackingToken(statusLinkSecret(app.strapi), reference) });
    expect((await statusPage()).body.data.letters).toEqual([]); // still in the outbox
    await app.strapi.plugin('complaints').service('outbox').drain();
    const letters = (await statusPage()).body.data.letters;
    expect(letters).toEqual([{ id: expect.any(Number), subject: `Ontvangstbevestiging van uw klacht ${reference}`, channel: 'post', date: expect.any(String), text: expect.stringContaining(`kenmerk ${reference}`) }]);
    expect(letters[0].text).toContain('Jan de Boer');

    // the same page without JavaScript: reference and code posted from a form, the page rendered on the server
    const token = trackingToken(statusLinkSecret(app.strapi), reference);
    const lookup = await app.http().get('/klachtenformulier/status');
    expect(lookup.text).toMatch(/<noscript>[\s\S]*<form method="post" action="\/klachtenformulier\/status">[\s\S]*name="token"/);
    const read = await app.http().post('/klachtenformulier/status').type('form').send({ ref: reference.toLowerCase(), token, locale: 'en' });
    expect(read.status).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
    expect(read.headers['content-security-policy']).toContain("default-src 'none'");
    expect(read.text).toContain(`<dd>${reference}</dd>`);
    expect(read.text).toContain(`Ontvangstbevestiging van uw klacht ${reference}`);
    expect(read.text).toContain('Download as PDF');
    expect(read.text).not.toContain('<script');
    const wrong = await app.http().post('/klachtenformulier/status').type('form').send({ ref: reference, token: token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(wrong.status).toBe(404);
    expect(wrong.text).toContain('Wij vinden geen klacht met dit nummer en deze code');
    expect(wrong.text).toContain(`value="${reference}"`);
    expect((await app.http().post('/klachtenformulier/status').type('form').send({ ref: reference })).status).toBe(400);

    // each letter as the PDF that went by post, only to whom holds the token, only their own letters
    const pdf = await app.http().post('/klachtenformulier/status/brief').type('form').send({ ref: reference, token, letter: String(letters[0].id) }).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${reference}-acknowledgement.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const other = await register({ complainantEmail: '' });
    const otherToken = trackingToken(statusLinkSecret(app.strapi), other.reference);
    expect((await app.http().post('/klachtenformulier/status/brief').type('form').send({ ref: other.reference, token: otherToken, letter: String(letters[0].id) })).status).toBe(404);
    expect((await app.http().post('/klachtenformulier/status/brief').type('form').send({ ref: reference, token: otherToken, letter: String(letters[0].id) })).status).toBe(404);
  });

  it('declares a complaint not admissible from received, with reason and referral (Awb 9:8)', async () => {
    const { id } = await register();
    const res = await post(`/complaints/${id}/not-admissible`, { reason: 'conduct_over_a_year', explanation: 'De gebeurtenis was in 2023.', referral: 'U kunt terecht bij de Nationale ombudsman.' });
    expect(res.status).toBe(200);
    expect(res.body.data.complaint).toMatchObject({ status: 'not_admissible', notAdmissibleReason: 'conduct_over_a_year' });
    expect(res.body.data.complaint.notAdmissibleNoticeDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await post(`/complaints/${id}/acknowledge`)).status).toBe(409);
    const bad = await post(`/complaints/${id}/not-admissible`, { reason: 'because' });
    expect(bad.status).toBe(400);
  });

  it('extends the handling term once by at most four weeks; further only with consent (Awb 9:11)', async () => {
    const { id } = await register();
    const original = (await get(`/complaints/${id}`)).body.data.terms.handlingDue as string;
    const plus = (weeks: number) => DateTime.fromISO(original).plus({ weeks }).toISODate();

    const tooLong = await post(`/complaints/${id}/extend`, { until: plus(5), reason: 'Advies nodig' });
    expect(tooLong.status).toBe(409);
    expect(tooLong.body.error.details.code).toBe('extension_too_long');
    expect((await post(`/complaints/${id}/delay-consent`, { until: plus(6), consentNote: 'Brief klager' })).body.error.details.code).toBe('not_extended_yet');

    const ok = await post(`/complaints/${id}/extend`, { until: plus(3), reason: 'Wachten op advies van de technische dienst' });
    expect(ok.status).toBe(200);
    expect(ok.body.data.terms).toMatchObject({ handlingDue: plus(3), handlingDueOriginal: original, extended: true });
    expect((await post(`/complaints/${id}/extend`, { until: plus(4), reason: 'nog eens' })).body.error.details.code).toBe('already_extended');

    const consent = await post(`/complaints/${id}/delay-consent`, { until: plus(8), consentNote: 'Klager stemde per brief van 1 mei in' });
    expect(consent.status).toBe(200);
    expect(consent.body.data.terms.handlingDue).toBe(plus(8));
    expect(consent.body.data.timeline.map((e: any) => e.type)).toEqual(['complaint.received', 'complaint.term_extended', 'complaint.delay_consented']);
  });

  it('answers bad input with 400 and a message per field, in Dutch and in English', async () => {
    const body = registration(fx, { complainantName: '', complainantEmail: 'geen-email', complainantPostalCode: '0000 XX', complainantPhone: '12', description: 'kort', channel: 'fax' });
    const nl = await post('/complaints', body);
    expect(nl.status).toBe(400);
    expect(Object.keys(nl.body.error.details.fieldErrors).sort()).toEqual(['channel', 'complainantEmail', 'complainantName', 'complainantPhone', 'complainantPostalCode', 'description']);
    expect(nl.body.error.details.fieldErrors.complainantEmail).toMatch(/e-mailadres/);
    expect(nl.body.error.details.fieldErrors.complainantPostalCode).toMatch(/postcode/);
    const en = await app.http().post('/complaints/complaints?locale=en').set('Authorization', `Bearer ${token}`).send(body);
    expect(en.body.error.details.fieldErrors.complainantEmail).toMatch(/e-mail address/);
    expect(en.body.error.message).toMatch(/not filled in correctly/);

    // a complaint that cannot be answered is refused: no e-mail and no postal address
    const unreachable = await post('/complaints', registration(fx, { complainantEmail: null, complainantAddress: null }));
    expect(unreachable.body.error.details.fieldErrors.complainantEmail).toMatch(/adres/);
    // unknown category
    expect((await post('/complaints', registration(fx, { categoryId: 99999 }))).body.error.details.fieldErrors.categoryId).toBeTruthy();
    // not a JSON object
    expect((await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send('[1,2]')).status).toBe(400);
  });

  it('gives 200 parallel registrations 200 distinct, gapless references', async () => {
    const before = await app.strapi.db.query('plugin::complaints.complaint').count();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post('/complaints', registration(fx, { complainantName: `Parallel ${i}` }))));
    expect(results.filter((r) => r.status !== 201).map((r) => r.status)).toEqual([]);
    const numbers = results.map((r) => Number(r.body.data.reference.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers[199] - numbers[0]).toBe(199);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count()).toBe(before + 200);
  });

  it('enforces permissions on the server: no session 401, other department 403', async () => {
    const { id } = await register({ departmentId: fx.departments.a });
    expect((await app.http().get(`/complaints/complaints/${id}`)).status).toBe(401);
    const handlerB = await loginAdmin(app, fx.handlerB);
    expect((await get(`/complaints/${id}`, handlerB)).status).toBe(403);
    expect((await post(`/complaints/${id}/acknowledge`, {}, handlerB)).status).toBe(403);
    const handlerA = await loginAdmin(app, fx.handlerA);
    expect((await get(`/complaints/${id}`, handlerA)).status).toBe(200);
  });

  it('keeps the audit trail append-only, whatever the code path', async () => {
    const { id } = await register();
    const events = app.strapi.db.query('plugin::complaints.complaint-event');
    const [event] = await events.findMany({ where: { complaintId: id } });
    await expect(events.update({ where: { id: event.id }, data: { note: 'changed' } })).rejects.toThrow(/append-only/);
    await expect(events.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(events.deleteMany({ where: { complaintId: id } })).rejects.toThrow(/append-only/);
    expect(await events.count({ where: { complaintId: id } })).toBe(1);
  });
});
