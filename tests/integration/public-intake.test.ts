/**
 * The public API the embedded form uses (procedure step 1): form definition, submission with every field
 * rule in both languages, anti-abuse (size, honeypot, fill time, rate limit, CORS) and the complainant's
 * status lookup and response.
 */
import { DateTime } from 'luxon';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startAppProcess } from '../helpers/process';
import { startApp, type TestApp } from '../helpers/strapi';
import { statusToken } from '../helpers/status-link';
import { searchDatabase } from '../helpers/db-search';
import { createHash } from 'crypto';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

const EMBEDDER = 'https://www.gemeente-voorbeeld.nl';

describe('public intake API', () => {
  let app: TestApp;
  let fx: Fixtures;
  let ipCounter = 0;

  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  /** A token issued ten seconds ago: the form was filled in at human speed. */
  const formToken = () => service('publicForm').issueToken(new Date(Date.now() - 10_000));
  const nextIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;
  const submit = (body: object, ip = nextIp(), query = '') => app.http().post(`/api/complaints/submissions${query}`).set('X-Forwarded-For', ip).send(body);
  const admin = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);

  function valid(overrides: Record<string, unknown> = {}) {
    return {
      complainantName: 'Fatma Öztürk',
      complainantEmail: 'Fatma@Example.nl',
      complainantPhone: '06 12345678',
      categoryId: String(fx.categories.service),
      description: 'Mijn melding over schimmel in de badkamer is twee keer gesloten zonder dat er iemand is geweest.',
      privacyConsent: true,
      website: '',
      formToken: formToken(),
      locale: 'nl',
      ...overrides,
    };
  }

  beforeAll(async () => {
    app = await startApp({ env: { TRUST_PROXY: 'true', COMPLAINTS_EMBED_ORIGINS: EMBEDDER, COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '5/3600', COMPLAINTS_RATE_LIMIT_STATUS: '30/600' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('serves the form definition in Dutch and English, with categories, departments and a form token', async () => {
    const nl = await app.http().get('/api/complaints/form?locale=nl');
    expect(nl.status).toBe(200);
    expect(nl.body.data.texts.title).toBe('Klacht indienen');
    const category = nl.body.data.fields.find((f: any) => f.name === 'categoryId');
    expect(category.options).toEqual(expect.arrayContaining([{ value: String(fx.categories.service), label: 'Dienstverlening' }]));
    expect(nl.body.data.fields.find((f: any) => f.name === 'departmentId').options.map((o: any) => o.label)).toEqual(['Afdeling A', 'Afdeling B']);
    expect(nl.body.data.fields.find((f: any) => f.name === 'accusedName').showWhen).toBe('aboutEmployeeBehaviour');
    expect(nl.body.data.formToken).toMatch(/^\d+\.[\w-]{22}\.[\w-]+$/);
    expect(nl.body.data.honeypotField).toBe('website');

    const en = await app.http().get('/api/complaints/form?locale=en');
    expect(en.body.data.texts.title).toBe('File a complaint');
    expect(en.body.data.fields.find((f: any) => f.name === 'categoryId').options[0].label).toBe('Service');
    // a department's English name where editors gave one, its own name elsewhere
    expect(en.body.data.fields.find((f: any) => f.name === 'departmentId').options.map((o: any) => o.label)).toEqual(['Department A', 'Afdeling B']);
  });

  it('tells the site owner once, in the log, when a page on an origin not in embedOrigins calls the form API', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      const elsewhere = 'https://www.niet-ingesteld.example';
      for (let i = 0; i < 3; i += 1) {
        const res = await app.http().get('/api/complaints/form').set('Origin', elsewhere);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
      await app.http().get('/api/complaints/form').set('Origin', EMBEDDER);
      const told = warn.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('embedOrigins'));
      expect(told).toEqual([expect.stringContaining(`a page on ${elsewhere} called the public form API, but that origin is not in embedOrigins`)]);
    } finally {
      warn.mockRestore();
    }
  });

  it('uses the texts and required fields editors set', async () => {
    await service('publicForm').update({ texts: { nl: { title: 'Uw klacht bij de gemeente' } }, fieldTexts: { nl: { description: { label: 'Wat ging er mis?' } } }, requiredFields: ['complainantPhone'] });
    const res = await app.http().get('/api/complaints/form?locale=nl');
    expect(res.body.data.texts.title).toBe('Uw klacht bij de gemeente');
    expect(res.body.data.fields.find((f: any) => f.name === 'description').label).toBe('Wat ging er mis?');
    expect(res.body.data.fields.find((f: any) => f.name === 'complainantPhone').required).toBe(true);
    const missingPhone = await submit(valid({ complainantPhone: '' }));
    expect(missingPhone.status).toBe(400);
    expect(missingPhone.body.error.details.fieldErrors.complainantPhone).toBe('Dit veld is verplicht.');
    await service('publicForm').update({ texts: null, fieldTexts: null, requiredFields: [] });
  });

  it('accepts a valid submission: 201 with reference and status link; stored once with its audit event', async () => {
    const res = await submit(valid());
    expect(res.status).toBe(201);
    expect(res.body.data.reference).toMatch(/^KL-\d{4}-\d{6}$/);
    expect(res.body.data.statusUrl).toMatch(/\/klachtenformulier\/status#ref=KL-\d{4}-\d{6}&token=[\w-]{32}&locale=nl$/);
    expect(res.body.data.message).toContain(res.body.data.reference);

    const stored = await app.strapi.db.query('plugin::complaints.complaint').findMany({ where: { reference: res.body.data.reference } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'online', status: 'received', complainantEmail: 'fatma@example.nl', complainantPhone: '+31612345678', departmentId: fx.departments.a });
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: stored[0].id } });
    expect(events).toEqual([expect.objectContaining({ type: 'complaint.received', actorType: 'public' })]);
  });

  it.each([
    ['complainantName', { complainantName: '' }, 'Dit veld is verplicht.', 'This field is required.'],
    ['complainantName', { complainantName: 'x'.repeat(201) }, 'Gebruik hoogstens 200 tekens.', 'Use at most 200 characters.'],
    ['complainantEmail', { complainantEmail: 'jan@' }, 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', 'Enter a valid e-mail address, such as name@example.com.'],
    ['complainantEmail', { complainantEmail: '', complainantAddress: 'Straat 1' }, 'Vul een e-mailadres in, of uw adres, postcode en woonplaats, zodat wij u kunnen antwoorden.', 'Enter an e-mail address, or your address, postal code and city, so that we can reply.'],
    ['complainantPhone', { complainantPhone: '12345' }, 'Vul een geldig telefoonnummer in, zoals 0612345678.', 'Enter a valid phone number, such as +31 6 12345678.'],
    ['complainantPostalCode', { complainantPostalCode: '1234 SA' }, 'Vul een Nederlandse postcode in, zoals 1234 AB.', 'Enter a Dutch postal code, such as 1234 AB.'],
    ['complainantPostalCode', { complainantPostalCode: '0123 AB' }, 'Vul een Nederlandse postcode in, zoals 1234 AB.', 'Enter a Dutch postal code, such as 1234 AB.'],
    ['complainantCity', { complainantCity: 'x'.repeat(101) }, 'Gebruik hoogstens 100 tekens.', 'Use at most 100 characters.'],
    ['complainantAddress', { complainantAddress: 'x'.repeat(201) }, 'Gebruik hoogstens 200 tekens.', 'Use at most 200 characters.'],
    ['complainantClientNumber', { complainantClientNumber: 'x'.repeat(51) }, 'Gebruik hoogstens 50 tekens.', 'Use at most 50 characters.'],
    ['categoryId', { categoryId: '' }, 'Dit veld is verplicht.', 'This field is required.'],
    ['categoryId', { categoryId: null }, 'Dit veld is verplicht.', 'This field is required.'],
    ['categoryId', { categoryId: 0 }, 'Kies een geldige waarde.', 'Choose a valid value.'],
    ['categoryId', { categoryId: 'abc' }, 'Dit veld heeft een ongeldige waarde.', 'This field has an invalid value.'],
    ['categoryId', { categoryId: '99999' }, 'Kies een van de categorieën.', 'Choose one of the categories.'],
    ['departmentId', { departmentId: '99999' }, 'Kies een van de afdelingen.', 'Choose one of the departments.'],
    ['accusedName', { aboutEmployeeBehaviour: true, accusedName: '' }, 'Over welke medewerker gaat uw klacht? Vul de naam in.', 'Which employee is your complaint about? Enter the name.'],
    ['description', { description: 'Te kort' }, 'Gebruik minstens 10 tekens.', 'Use at least 10 characters.'],
    ['description', { description: 'x'.repeat(10001) }, 'Gebruik hoogstens 10000 tekens.', 'Use at most 10000 characters.'],
    ['desiredOutcome', { desiredOutcome: 'x'.repeat(5001) }, 'Gebruik hoogstens 5000 tekens.', 'Use at most 5000 characters.'],
    ['privacyConsent', { privacyConsent: false }, 'Geef toestemming om uw gegevens te gebruiken; zonder die toestemming kunnen wij uw klacht niet behandelen.', 'Please agree to the use of your details; without it we cannot handle your complaint.'],
  ])('refuses %s (%j) with a message in Dutch and English', async (field, overrides, nl, en) => {
    const before = await app.strapi.db.query('plugin::complaints.complaint').count();
    const resNl = await submit(valid(overrides));
    expect(resNl.status).toBe(400);
    expect(resNl.body.error.details.fieldErrors[field]).toBe(nl);
    const resEn = await submit(valid({ ...overrides, locale: 'en' }), nextIp(), '?locale=en');
    expect(resEn.status).toBe(400);
    expect(resEn.body.error.details.fieldErrors[field]).toBe(en);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count()).toBe(before);
  });

  it('answers every field error at once, never a 500, for hostile bodies', async () => {
    const all = await submit({ website: '', complainantName: 42, complainantEmail: ['x'], categoryId: { $gt: 0 }, description: null, privacyConsent: 'yes', __proto__: { admin: true }, constructor: { prototype: { x: 1 } } });
    expect(all.status).toBe(400);
    expect(Object.keys(all.body.error.details.fieldErrors)).toEqual(expect.arrayContaining(['complainantName', 'complainantEmail', 'categoryId', 'description', 'privacyConsent']));
    expect(({} as any).admin).toBeUndefined();
    expect((await app.http().post('/api/complaints/submissions').set('Content-Type', 'application/json').send('{"broken":')).status).toBe(400);
    expect((await app.http().post('/api/complaints/submissions').set('Content-Type', 'application/json').set('X-Forwarded-For', nextIp()).send('"just a string"')).status).toBe(400);
    const huge = await submit(valid({ description: 'x'.repeat(70_000) }));
    expect(huge.status).toBe(400);
    expect(JSON.stringify(huge.body)).not.toMatch(/at \w+ \(|node_modules/);
  });

  it('files a resent form once: the same submission key returns the same complaint, also when sent twice at once', async () => {
    const key = 'k'.repeat(8) + Date.now().toString(36) + 'abcdef';
    const first = await submit(valid({ submissionKey: key, complainantName: 'Dubbel Verzonden' }));
    const again = await submit(valid({ submissionKey: key, complainantName: 'Dubbel Verzonden' }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.data.reference).toBe(first.body.data.reference);
    expect(statusToken(again.body.data.statusUrl)).toBe(statusToken(first.body.data.statusUrl));

    const racing = 'r'.repeat(8) + Date.now().toString(36) + 'ghijkl';
    const [a, b] = await Promise.all([submit(valid({ submissionKey: racing, complainantName: 'Tegelijk' })), submit(valid({ submissionKey: racing, complainantName: 'Tegelijk' }))]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.data.reference).toBe(b.body.data.reference);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: { $in: ['Dubbel Verzonden', 'Tegelijk'] } } })).toBe(2);
    expect((await submit(valid({ submissionKey: 'te kort' }))).body.error.details.fieldErrors.submissionKey).toBeTruthy();
  });

  it('files 60 submissions sent at once, ten of them twice, as 50 complaints, each with its audit event and letters', async () => {
    // many at once: on SQLite they commit in groups (a refused duplicate rolls back alone), on PostgreSQL
    // each complaint is one statement with its event and letters
    const keys = Array.from({ length: 50 }, (_, i) => `groep${String(i).padStart(3, '0')}${Date.now().toString(36)}`);
    const bodies = [...keys.map((key, i) => valid({ submissionKey: key, complainantName: `Groep ${i}` })), ...keys.slice(0, 10).map((key, i) => valid({ submissionKey: key, complainantName: `Groep ${i}` }))];
    const results = await Promise.all(bodies.map((body) => submit(body)));
    expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body])).toEqual([]);
    for (let i = 0; i < 10; i += 1) expect(results[50 + i].body.data.reference).toBe(results[i].body.data.reference);
    expect(new Set(results.map((r) => r.body.data.reference)).size).toBe(50);

    const stored = await app.strapi.db.query('plugin::complaints.complaint').findMany({ where: { submissionKeyHash: { $in: keys.map(sha256) } }, select: ['id', 'reference', 'referenceNumber'] });
    expect(stored.length).toBe(50);
    expect(stored.map((c: any) => c.reference).sort()).toEqual([...new Set(results.map((r) => r.body.data.reference))].sort());
    const ids = stored.map((c: any) => c.id);
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: { $in: ids }, type: 'complaint.received' }, select: ['complaintId'] });
    expect(new Set(events.map((e: any) => e.complaintId)).size).toBe(50);
    expect(events.length).toBe(50);
    const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: { $in: ids }, kind: 'submission_received' }, select: ['complaintId'] });
    expect(letters.length).toBe(50);
    if (app.strapi.db.dialect.client !== 'postgres') {
      // SQLite numbers inside the write: a duplicate rolled back gives its number back
      const numbers = stored.map((c: any) => Number(c.referenceNumber)).sort((a: number, b: number) => a - b);
      expect(numbers[49] - numbers[0]).toBe(49);
    }
  });

  it('removes control characters such as NUL (PostgreSQL refuses them in text) instead of failing', async () => {
    const res = await submit(valid({ complainantName: 'Nul\u0000 Byte\u0007', description: 'Tekst met\u0000 een NUL-teken en een\ttab.' }));
    expect(res.status).toBe(201);
    const stored = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: res.body.data.reference } });
    expect(stored.complainantName).toBe('Nul Byte');
    expect(stored.description).toBe('Tekst met een NUL-teken en een\ttab.');
  });

  it('refuses a filled honeypot, a forged or expired token, and a form sent faster than a person can', async () => {
    expect((await submit(valid({ website: 'http://spam.example' }))).status).toBe(400);
    const forged = await submit(valid({ formToken: `${Date.now() - 10_000}.${'n'.repeat(22)}.forged` }));
    expect(forged.status).toBe(400);
    expect(forged.body.error.details.fieldErrors.formToken).toMatch(/verlopen/);
    const expired = await submit(valid({ formToken: service('publicForm').issueToken(new Date(Date.now() - 25 * 3600_000)) }));
    expect(expired.body.error.details.fieldErrors.formToken).toMatch(/verlopen/);
    const tooFast = await submit(valid({ formToken: service('publicForm').issueToken(new Date()) }));
    expect(tooFast.status).toBe(400);
    expect(tooFast.body.error.details.fieldErrors.formToken).toMatch(/snel/);
  });

  it('rate-limits submissions per client IP across the limit, with Retry-After', async () => {
    const ip = '192.0.2.77';
    const answers: number[] = [];
    for (let i = 0; i < 6; i += 1) answers.push((await submit(valid(), ip)).status);
    expect(answers).toEqual([201, 201, 201, 201, 201, 429]);
    const limited = await submit(valid(), ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.error.message).toMatch(/Te veel verzoeken/);
    expect((await submit(valid(), '192.0.2.78')).status).toBe(201);
  });

  it('allows CORS only for the configured embedding origins', async () => {
    const allowed = await app.http().options('/api/complaints/submissions').set('Origin', EMBEDDER).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type');
    expect(allowed.headers['access-control-allow-origin']).toBe(EMBEDDER);
    const other = await app.http().options('/api/complaints/submissions').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const get = await app.http().get('/api/complaints/form').set('Origin', 'https://evil.example');
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('closes a part of the form when the Public role loses it, also after a restart, and opens it again', async () => {
    const permissions = () => app.strapi.db.query('plugin::users-permissions.permission');
    const grant = await permissions().findOne({ where: { action: 'plugin::complaints.public.submit', role: { type: 'public' } }, populate: ['role'] });
    expect(grant?.role?.id).toEqual(expect.any(Number));
    await permissions().delete({ where: { id: grant.id } });
    const closed = await submit(valid());
    expect(closed.status).toBe(403);
    expect(closed.body.error.message).toBe('Dit deel van het klachtenformulier is gesloten. Neem contact met ons op.');
    expect((await submit(valid({ locale: 'en' }))).body.error.message).toBe('This part of the complaint form is closed. Please contact us.');
    expect((await app.http().get('/api/complaints/form')).status).toBe(200); // the rest stays open

    // a restart (here: a second instance booting on the same database) does not grant it again
    const second = await startAppProcess(app.db, { COMPLAINTS_JOBS_ENABLED: 'false' });
    try {
      const res = await fetch(`${second.url}/api/complaints/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid()) });
      expect(res.status).toBe(403);
    } finally {
      await second.stop();
    }
    await permissions().create({ data: { action: 'plugin::complaints.public.submit', role: grant.role.id } });
    expect((await submit(valid())).status).toBe(201);
  });

  describe('status lookup', () => {
    let reference: string;
    let token: string;

    beforeAll(async () => {
      const res = await submit(valid({ complainantName: 'Status Klager' }));
      reference = res.body.data.reference;
      token = statusToken(res.body.data.statusUrl);
    });

    it('shows the complainant their step, dates and next term with the right token', async () => {
      const res = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', nextIp()).send({ token, locale: 'nl' });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ reference, status: 'received', statusLabel: 'Ontvangen', canRespond: false, handlerName: null });
      expect(res.body.data.steps.map((s: any) => s.state)).toEqual(['done', 'current', 'todo', 'todo', 'todo']);
      expect(res.body.data.nextStep).toMatch(/ontvangstbevestiging/);
      expect(JSON.stringify(res.body)).not.toMatch(/Status Klager|example\.nl|trackingToken/);
    });

    it('answers a wrong token and an unknown reference identically (404)', async () => {
      const wrong = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', nextIp()).send({ token: `${token.slice(0, -2)}xx` });
      const unknown = await app.http().post(`/api/complaints/status/KL-1999-000001`).set('X-Forwarded-For', nextIp()).send({ token });
      const missing = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', nextIp()).send({ token: '' });
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(wrong.body).toEqual(unknown.body);
    });

    it('lets the complainant declare dissatisfaction after the outcome, which opens the dispute path', async () => {
      const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } });
      const early = await app.http().post(`/api/complaints/status/${reference}/response`).set('X-Forwarded-For', nextIp()).send({ token, response: 'dissatisfied' });
      expect(early.status).toBe(409);
      expect(early.body.error.details.code).toBe('internal_procedure_not_done');

      await admin(`/complaints/${complaint.id}/acknowledge`, {});
      await admin(`/complaints/${complaint.id}/hearing/skip`, { reason: 'clearly_unfounded' });
      await admin(`/complaints/${complaint.id}/outcome`, { judgement: 'unfounded', findings: 'Er is twee keer iemand geweest.', noAgreements: true });
      const view = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', nextIp()).send({ token });
      expect(view.body.data).toMatchObject({ status: 'agreements_sent', canRespond: true, judgement: 'Ongegrond', respondClosed: false });
      // the window after the outcome: twelve weeks by default
      const sentOn = DateTime.now().setZone('Europe/Amsterdam');
      expect(view.body.data.respondUntil).toBe(sentOn.plus({ weeks: 12 }).toISODate());

      const res = await app.http().post(`/api/complaints/status/${reference}/response`).set('X-Forwarded-For', nextIp()).send({ token, response: 'dissatisfied', note: 'Ik ben het er niet mee eens.' });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ status: 'dispute', canRespond: false });
      expect(res.body.data.steps).toHaveLength(6);
      const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: complaint.id }, orderBy: { id: 'asc' } });
      expect(events.at(-1)).toMatchObject({ type: 'complaint.dissatisfaction_declared', actorType: 'public', note: 'Ik ben het er niet mee eens.' });
      expect((await app.http().post(`/api/complaints/status/${reference}/response`).set('X-Forwarded-For', nextIp()).send({ token: 'nope', response: 'accept' })).status).toBe(404);
    });

    it('refuses a declaration of dissatisfaction after the window, with a message saying until when it was possible', async () => {
      const res = await submit(valid({ complainantName: 'Late Klager' }));
      const ref = res.body.data.reference;
      const tok = statusToken(res.body.data.statusUrl);
      const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: ref } });
      await admin(`/complaints/${complaint.id}/acknowledge`, {});
      await admin(`/complaints/${complaint.id}/hearing/skip`, { reason: 'complainant_waived' });
      await admin(`/complaints/${complaint.id}/outcome`, { judgement: 'founded', findings: 'De reparatie is te laat uitgevoerd.', noAgreements: true });
      const until = DateTime.now().setZone('Europe/Amsterdam').plus({ weeks: 12 }).toISODate()!;
      const clock = app.strapi.plugin('complaints').service('clock');
      clock.set(() => DateTime.fromISO(until, { zone: 'Europe/Amsterdam' }).plus({ days: 1, hours: 10 }).toJSDate());
      try {
        const late = await app.http().post(`/api/complaints/status/${ref}/response`).set('X-Forwarded-For', nextIp()).send({ token: tok, response: 'dissatisfied' });
        expect(late.status).toBe(409);
        expect(late.body.error.details.code).toBe('dissatisfaction_window_closed');
        expect(late.body.error.details.messages.nl).toContain(until);
        expect(late.body.error.details.messages.en).toContain(until);
        const view = await app.http().post(`/api/complaints/status/${ref}`).set('X-Forwarded-For', nextIp()).send({ token: tok });
        expect(view.body.data).toMatchObject({ canRespond: false, respondClosed: true, respondUntil: until });
        expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: ref } })).dissatisfactionDeclaredAt).toBeNull();
      } finally {
        clock.set();
      }
    });

    it('lets the complainant accept the outcome, which starts the monitoring', async () => {
      const res = await submit(valid({ complainantName: 'Tevreden Klager' }));
      const ref = res.body.data.reference;
      const tok = statusToken(res.body.data.statusUrl);
      const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: ref } });
      await admin(`/complaints/${complaint.id}/acknowledge`, {});
      await admin(`/complaints/${complaint.id}/hearing/skip`, { reason: 'clearly_unfounded' });
      const due = DateTime.now().plus({ days: 10 }).toISODate();
      await admin(`/complaints/${complaint.id}/outcome`, { judgement: 'founded', findings: 'Klopt.', agreements: [{ description: 'Schimmel verwijderen', ownerDepartmentId: fx.departments.a, dueDate: due }] });
      const accepted = await app.http().post(`/api/complaints/status/${ref}/response`).set('X-Forwarded-For', nextIp()).send({ token: tok, response: 'accept', locale: 'en' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.data).toMatchObject({ status: 'monitoring', statusLabel: 'Monitoring agreements', canRespond: false });
      expect(accepted.body.data.agreements).toEqual([{ description: 'Schimmel verwijderen', dueDate: due, status: 'open' }]);
    });
  });
});
