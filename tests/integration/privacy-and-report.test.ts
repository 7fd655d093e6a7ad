/**
 * Privacy by default and the annual report: after the retention term (or on request) a complaint's personal
 * data is gone from every table of the database; the right of access exports everything on one complainant
 * as JSON and PDF; the annual report counts by grouped queries and exports CSV and XLSX.
 */
import { DateTime } from 'luxon';
import { searchDatabase } from '../helpers/db-search';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { statusLinkSecret, trackingToken } from '../../src/plugins/complaints/server/src/status-link';
import { startApp, type TestApp } from '../helpers/strapi';

const NAME = 'Wilhelmina Zonnebloem';
const EMAIL = 'w.zonnebloem@voorbeeld-mail.nl';
const SENTENCE = 'De lift in flat Zeezicht staat al drie weken stil';
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Amsterdam' }).toJSDate();

describe('privacy and the annual report', () => {
  let app: TestApp;
  let fx: Fixtures;
  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const travel = (iso: string) => service('clock').set(() => at(iso));
  const admin = (method: 'get' | 'post', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const binary = (req: any) =>
    req.buffer(true).parse((res: any, cb: any) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

  /** A complaint with personal data in every place it can be: fields, hearing, agreements, letters, events. */
  async function fullComplaint(receivedIso: string, overrides: Record<string, unknown> = {}) {
    travel(receivedIso);
    const body = registration(fx, { complainantName: NAME, complainantEmail: EMAIL, complainantPhone: '0612345678', complainantClientNumber: 'K-778899', description: `${SENTENCE}. Ik heb het al vaak gemeld.`, desiredOutcome: `Reparatie; ${NAME} wil gebeld worden`, accusedName: 'Piet Pieterse', aboutEmployeeBehaviour: true, channel: 'e-mail', receivedAt: at(receivedIso).toISOString(), ...overrides });
    const id = (await admin('post', '/complaints', body)).body.data.id;
    const base = DateTime.fromISO(receivedIso);
    const step = (days: number) => travel(base.plus({ days }).toISO()!);
    step(1);
    expect((await admin('post', `/complaints/${id}/acknowledge`, { answer: `Beste ${NAME}, wij kijken ernaar.` })).status).toBe(200);
    expect((await admin('post', `/complaints/${id}/hearing/plan`, { plannedAt: base.plus({ days: 5 }).toISO(), mode: 'home', location: 'Zeezicht 12', attendees: `${NAME}, manager`, accusedInvited: true })).status).toBe(200);
    step(6);
    expect((await admin('post', `/complaints/${id}/hearing/record`, { minutes: `${NAME} vertelde: ${SENTENCE}.`, proposedSolution: 'Monteur sturen' })).status).toBe(200);
    expect(
      (await admin('post', `/complaints/${id}/outcome`, { judgement: 'founded', findings: `${SENTENCE} — klopt.`, conclusions: 'Excuses', agreements: [{ description: `Lift repareren voor ${NAME}`, ownerDepartmentId: fx.departments.a, dueDate: base.plus({ days: 20 }).toISODate() }] })).status,
    ).toBe(200);
    step(8);
    await admin('post', `/complaints/${id}/monitoring`);
    const agreement = (await admin('get', `/complaints/${id}`)).body.data.agreements[0];
    await admin('post', `/complaints/${id}/agreements/${agreement.id}/result`, { result: 'kept', note: `Gebeld met ${NAME}` });
    expect((await admin('post', `/complaints/${id}/close`, { note: `Afgerond met ${EMAIL}` })).status).toBe(200);
    service('clock').set();
    return id;
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    service('clock').set();
    await app?.stop();
  });

  it('exports everything held on one complainant, by e-mail or client number, as JSON and as PDF', async () => {
    const first = await fullComplaint('2026-01-05T10:00');
    const second = (await admin('post', '/complaints', registration(fx, { complainantName: NAME, complainantEmail: EMAIL.toUpperCase(), complainantClientNumber: 'K-778899' }))).body.data.id;
    const json = await admin('get', `/privacy/export?email=${encodeURIComponent(EMAIL)}`);
    expect(json.status).toBe(200);
    const complaints = json.body.data.complaints;
    expect(complaints.map((c: any) => c.id).sort()).toEqual([first, second].sort());
    const full = complaints.find((c: any) => c.id === first);
    expect(full.hearings[0].minutes).toContain(SENTENCE);
    expect(full.agreements[0].description).toContain(NAME);
    expect(full.events.length).toBeGreaterThan(5);
    expect(full.letters.length).toBeGreaterThan(0);
    expect(JSON.stringify(json.body)).not.toContain('trackingToken');
    expect((await admin('get', '/privacy/export?clientNumber=K-778899')).body.data.complaints).toHaveLength(2);
    // each export is on the record of the complaints it covered, with who made it
    const exported = (await admin('get', `/complaints/${first}`)).body.data.timeline.filter((e: any) => e.type === 'complaint.data_exported');
    expect(exported.length).toBeGreaterThanOrEqual(2);
    expect(exported[0]).toMatchObject({ actorType: 'admin', actorId: fx.superAdmin.id, data: { format: 'json' } });

    const pdf = await binary(admin('get', `/privacy/export?email=${encodeURIComponent(EMAIL)}&format=pdf`));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
    expect(text).toContain(NAME);
    expect(text).toContain(SENTENCE);
    expect(text).toContain('Inzage in uw persoonsgegevens');
    // in words, as the complainant reads them: the agreement's result, the way and state of each letter
    expect(text).toMatch(/uiterlijk \d{1,2}-\d{1,2}-\d{4}, Nagekomen\)/);
    expect(text).toMatch(/per e-mail, (wacht op verzending|verzonden)/);
    expect(text).not.toMatch(/\(email, |, kept\)|queued\)/);
    expect((await admin('get', '/privacy/export')).status).toBe(400);
  });

  it('finds a complainant who writes by post by name and postal code together, never by one of them alone', async () => {
    const postal = (await admin('post', '/complaints', registration(fx, { complainantName: 'Gerrit Postma', complainantEmail: '', complainantPostalCode: '9711 AB' }))).body.data.id;
    const other = (await admin('post', '/complaints', registration(fx, { complainantName: 'Gerrit Postma', complainantEmail: '', complainantPostalCode: '1011 AA' }))).body.data.id;
    const found = await admin('get', `/privacy/export?name=${encodeURIComponent('gerrit postma')}&postalCode=9711ab`);
    expect(found.status).toBe(200);
    expect(found.body.data.complaints.map((c: any) => c.id)).toEqual([postal]);
    expect(found.body.data.complaints.map((c: any) => c.id)).not.toContain(other);
    expect(found.body.data.query).toMatchObject({ name: 'gerrit postma', postalCode: '9711 AB' });
    const nameOnly = await admin('get', `/privacy/export?name=${encodeURIComponent('Gerrit Postma')}`);
    expect(nameOnly.status).toBe(400);
    expect(nameOnly.body.error.details.fieldErrors.postalCode).toBe('Vul naam én postcode in: een van beide is niet genoeg om iemand te vinden.');
    expect((await admin('get', '/privacy/export?postalCode=9711AB')).status).toBe(400);
  });

  it('anonymises closed complaints after the retention term: no trace of name, e-mail or description in any table', async () => {
    // start clean: anonymise what the previous test left, so only this complaint's data matters
    for (const c of await app.strapi.db.query('plugin::complaints.complaint').findMany({ where: { anonymisedAt: { $null: true } }, select: ['id'] })) {
      await service('privacy').anonymise(c.id, { type: 'system' }, 'test cleanup');
    }
    const id = await fullComplaint('2026-02-02T10:00');
    expect((await searchDatabase(app, [NAME, EMAIL, SENTENCE])).length).toBeGreaterThan(10);
    const reference = (await service('complaints').requireById(id)).reference;
    const token = trackingToken(statusLinkSecret(app.strapi), reference);
    expect((await app.http().post(`/api/complaints/status/${reference}`).send({ token })).status).toBe(200);

    travel('2027-02-20T03:00'); // 12 months later: still within the 24-month term
    expect((await service('privacy').applyRetention()).anonymised).toBe(0);
    travel('2028-03-01T03:00'); // past 24 months after closing
    expect((await service('privacy').applyRetention()).anonymised).toBe(1);
    service('clock').set();

    expect(await searchDatabase(app, [NAME, EMAIL, SENTENCE, 'Zeezicht', '0612345678', '+31612345678', 'K-778899', 'Piet Pieterse'])).toEqual([]);
    const dossier = (await admin('get', `/complaints/${id}`)).body.data;
    expect(dossier.complaint.anonymisedAt).toBeTruthy();
    expect(dossier.complaint).toMatchObject({ reference, status: 'closed', judgement: 'founded', categoryId: fx.categories.service, departmentId: fx.departments.a });
    expect(dossier.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['complaint.received', 'complaint.outcome_sent', 'complaint.closed', 'complaint.anonymised']));
    expect((await app.http().post(`/api/complaints/status/${reference}`).send({ token })).status).toBe(404);
  });

  it('erases on request before the term, audited with who and why; refuses a second time', async () => {
    const id = (await admin('post', '/complaints', registration(fx, { complainantName: 'Gerrit Wisverzoek', complainantEmail: 'gerrit@wis.nl' }))).body.data.id;
    expect((await admin('post', `/complaints/${id}/anonymise`, {})).status).toBe(400);
    const res = await admin('post', `/complaints/${id}/anonymise`, { reason: 'Verzoek tot wissen van 3 maart (art. 17 AVG)' });
    expect(res.status).toBe(200);
    expect(res.body.data.complaint.complainantName).toBe('[geanonimiseerd]');
    const event = res.body.data.timeline.find((e: any) => e.type === 'complaint.anonymised');
    expect(event).toMatchObject({ actorType: 'admin', actorId: fx.superAdmin.id, note: 'Verzoek tot wissen van 3 maart (art. 17 AVG)' });
    expect(await searchDatabase(app, ['Gerrit Wisverzoek', 'gerrit@wis.nl'])).toEqual([]);
    expect((await admin('post', `/complaints/${id}/anonymise`, { reason: 'nogmaals' })).status).toBe(409);
  });

  it('computes the annual report with grouped queries and exports it as CSV and XLSX', async () => {
    // a fresh year with a known spread
    const year = '2029';
    const make = async (iso: string, overrides: Record<string, unknown>) => {
      travel(iso);
      const res = await admin('post', '/complaints', registration(fx, { receivedAt: at(iso).toISOString(), ...overrides }));
      return res.body.data.id as number;
    };
    const a = await make(`${year}-01-15T10:00`, { channel: 'post' });
    const b = await make(`${year}-01-20T10:00`, { channel: 'telefoon', categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'X' });
    const c = await make(`${year}-03-03T10:00`, { channel: 'post', departmentId: fx.departments.b });
    travel(`${year}-01-16T10:00`);
    await admin('post', `/complaints/${a}/acknowledge`, {}); // in time (due 18 Jan… 3 working days)
    travel(`${year}-03-20T10:00`);
    await admin('post', `/complaints/${c}/withdraw`, {});
    await admin('post', `/complaints/${a}/hearing/skip`, { reason: 'clearly_unfounded' });
    await admin('post', `/complaints/${a}/outcome`, { judgement: 'unfounded', findings: 'Niet terecht.', noAgreements: true });
    service('clock').set();

    const res = await admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31`);
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.total).toBe(3);
    expect(report.byChannel).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'post', count: 2 }), expect.objectContaining({ key: 'telefoon', count: 1 })]));
    expect(report.byCategory.find((r: any) => r.key === fx.categories.behaviour).count).toBe(1);
    expect(report.byDepartment.find((r: any) => r.label === 'Afdeling B').count).toBe(1);
    expect(report.behaviourComplaints).toBe(1);
    expect(report.acknowledgedWithinTerm).toEqual({ count: 1, of: 1, percentage: 100 });
    expect(report.handledWithinTerm).toEqual({ count: 0, of: 1, percentage: 0 }); // due 26 Feb, outcome 20 Mar
    expect(report.medianHandlingDays).toBe(64); // 15 Jan → 20 Mar
    expect(report.hearingsSkipped).toBe(1);
    expect(report.byMonth).toEqual([{ month: `${year}-01`, count: 2 }, { month: `${year}-03`, count: 1 }]);
    expect(report.byStatus.map((s: any) => s.key).sort()).toEqual(['agreements_sent', 'received', 'withdrawn']);
    // by judgement: the one with an outcome under its judgement, the two others without one
    expect(report.byJudgement.reduce((n: number, r: any) => n + r.count, 0)).toBe(3);
    expect(report.byJudgement.find((r: any) => r.key === null)).toEqual({ key: null, label: 'Geen oordeel (nog niet, of niet nodig)', count: 2 });
    expect(report.byJudgement.filter((r: any) => r.key !== null)).toEqual([expect.objectContaining({ count: 1 })]);
    expect(report.satisfaction).toEqual({ satisfied: 0, of: 0, percentage: null });

    const csv = await admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('"Kanaal";"Per post";"2"');
    expect(csv.text).toContain(`"Instroom per maand";"${year}-01";"2"`);
    expect(csv.text).toContain('"Oordeel";"Geen oordeel (nog niet, of niet nodig)";"2"');
    expect(csv.text).toContain('"Tevredenheid";"Tevredenheidsvragen beantwoord";"0"');

    const xlsx = await binary(admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31&format=xlsx`));
    expect(xlsx.body.subarray(0, 2).toString()).toBe('PK');
    const { unzipSync, strFromU8 } = require('fflate');
    const files = unzipSync(new Uint8Array(xlsx.body));
    const sheet = Object.entries(files).find(([name]) => /worksheets\/sheet1\.xml$/.test(name as string))![1] as Uint8Array;
    const strings = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : strFromU8(sheet);
    expect(strings).toContain('Instroom per maand');

    // in English when asked (the admin sends the user's language): labels, categories, file name
    const english = await admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31&format=csv&locale=en`);
    expect(english.headers['content-disposition']).toContain(`annual-report-complaints-${year}-01-01-${year}-12-31.csv`);
    expect(english.text.split('\r\n')[0]).toBe('\uFEFFsection;item;count');
    expect(english.text).toContain('"Channel";"By post";"2"');
    expect(english.text).toContain(`"Intake per month";"${year}-01";"2"`);
    expect(english.text).not.toContain('Instroom');
    const englishJson = (await admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31&locale=en`)).body.data;
    expect(englishJson.byChannel.find((c: any) => c.key === 'post').label).toBe('By post');
    expect((await admin('get', `/reports/annual?from=${year}-01-01&to=${year}-12-31&locale=de`)).status).toBe(400);

    expect((await admin('get', `/reports/annual?from=${year}-12-31&to=${year}-01-01`)).status).toBe(400);

    // the register: one row per complaint, what the procedure recorded, nothing personal
    const register = await admin('get', `/reports/register?from=${year}-01-01&to=${year}-12-31`);
    expect(register.headers['content-type']).toContain('text/csv');
    expect(register.headers['content-disposition']).toContain(`klachtenregister-${year}-01-01-${year}-12-31.csv`);
    const lines = register.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Kenmerk;Ontvangen op;Kanaal;Categorie;Afdeling;Gedrag medewerker;Status;Oordeel;Tijdig bevestigd;Tijdig afgehandeld (oorspronkelijke termijn);Tijdig afgehandeld (verlengde termijn);Behandelduur (dagen);Ontevredenheid verklaard');
    expect(lines).toHaveLength(4);
    const references = (await app.strapi.db.query('plugin::complaints.complaint').findMany({ where: { receivedOn: { $between: [`${year}-01-01`, `${year}-12-31`] } }, select: ['reference'], orderBy: [{ receivedOn: 'asc' }, { id: 'asc' }] })).map((c: any) => c.reference);
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(references.map((r: string) => `"${r}"`));
    expect(lines.slice(1).some((l) => l.includes('"Afspraken verstuurd"'))).toBe(true);
    const complainants = await app.strapi.db.query('plugin::complaints.complaint').findMany({ select: ['complainantName', 'complainantEmail', 'description'] });
    for (const c of complainants) for (const personal of [c.complainantName, c.complainantEmail, c.description].filter(Boolean)) expect(register.text).not.toContain(personal);
    const registerXlsx = await binary(admin('get', `/reports/register?from=${year}-01-01&to=${year}-12-31&format=xlsx&locale=en`));
    expect(registerXlsx.headers['content-disposition']).toContain(`complaints-register-${year}-01-01-${year}-12-31.xlsx`);
    expect(registerXlsx.body.subarray(0, 2).toString()).toBe('PK');
  });
});
