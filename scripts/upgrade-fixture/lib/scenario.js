/**
 * The fixture's content, written through the app's real HTTP routes as an organisation would: the first
 * super admin registers, invites staff with the plugin's roles (who register themselves), editors set up
 * departments, categories, settings, closed days and a letter template, complainants submit through the
 * public form, staff register complaints that came by post, phone, e-mail or at the desk, and every
 * complaint is taken to a different point of the procedure.
 *
 * Everything runs one step at a time and waits for the outbox to settle after each step (the app runs
 * with one outbox sender), so ids come out the same on SQLite and on PostgreSQL.
 *
 * Phase 1 (clock 2026-11-02 09:00, SMTP up, at most 2 attempts): letters end sent, to_print, printed or
 * failed (a recipient the SMTP server refuses with 550). Phase 2 (clock 2026-11-04 09:00, SMTP down): the
 * start-up sweep's reminders and the letters of a new submission and an acknowledgement stay queued after
 * one attempt, with the error on record: the state an upgrade meets during a mail outage.
 */
const crypto = require('crypto');
const { REJECTED_DOMAIN } = require('./smtp');
const { api } = require('../../bench/lib/http');

const DOMAIN = 'gemeente-voorbeeld.test';

const STAFF = [
  { key: 'managerWonen', firstname: 'Marloes', lastname: 'Dekker', email: `m.dekker@${DOMAIN}`, role: 'complaints-manager' },
  { key: 'managerBurgerzaken', firstname: 'Ruud', lastname: 'Bakker', email: `r.bakker@${DOMAIN}`, role: 'complaints-manager' },
  { key: 'handlerWonen', firstname: 'Sanne', lastname: 'Jansen', email: `s.jansen@${DOMAIN}`, role: 'complaints-handler' },
  { key: 'handlerBurgerzaken', firstname: 'Pim', lastname: 'Visser', email: `p.visser@${DOMAIN}`, role: 'complaints-handler' },
  { key: 'coordinator', firstname: 'Karin', lastname: 'Smit', email: `k.smit@${DOMAIN}`, role: 'complaints-coordinator' },
  { key: 'editor', firstname: 'Lotte', lastname: 'Mulder', email: `l.mulder@${DOMAIN}`, role: 'complaints-editor' },
];
/** Invited, never registered: an inactive admin user with a registration token. */
const PENDING = { firstname: 'Nog', lastname: 'Niet Geregistreerd', email: `n.geregistreerd@${DOMAIN}`, role: 'complaints-handler' };
const SUPER_ADMIN = { firstname: 'Bea', lastname: 'Beheerder', email: `beheerder@${DOMAIN}` };

/** The benchmarks' JSON client, failing on any status the step does not expect. */
function client(url) {
  return async function call(method, path, { body, token, expect = [200, 201], headers = {} } = {}) {
    const res = await api(url, method, path, { body, token, headers });
    if (!expect.includes(res.status)) throw new Error(`${method} ${path}: expected ${expect.join('/')}, got ${res.status}: ${JSON.stringify(res.body).slice(0, 1500)}`);
    return res.body;
  };
}

/** 'YYYY-MM-DD' plus n days, as a date (no time zone involved). */
function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Waits until the outbox has done what it will do: no letter left to try (`untried`) or in hand, and no
 * letter or audit event added for a moment (the worker writes its audit events after marking).
 */
async function settleOutbox(read, { untried, timeoutMs = 120_000 }) {
  const pending = untried === 'any-queued' ? "status IN ('queued', 'sending')" : "(status = 'sending' OR (status = 'queued' AND attempts = 0))";
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const [{ n }] = await read.query(`SELECT COUNT(*) AS n FROM complaints_letters WHERE ${pending}`);
    const [fp] = await read.query("SELECT (SELECT COUNT(*) FROM complaints_letters) AS letters, (SELECT COALESCE(SUM(attempts), 0) FROM complaints_letters) AS attempts, (SELECT COUNT(*) FROM complaints_letters WHERE status = 'sending') AS sending, (SELECT COUNT(*) FROM complaints_events) AS events");
    const fingerprint = JSON.stringify(fp);
    if (Number(n) === 0 && fingerprint === last) return;
    last = Number(n) === 0 ? fingerprint : '';
    if (Date.now() > deadline) throw new Error(`the outbox did not settle within ${timeoutMs / 1000} s (${n} letters pending)`);
    await new Promise((r) => setTimeout(r, 400));
  }
}

/** Phase 1: everything but the mail outage. Answers what phase 2 needs. */
async function phaseOne({ url, read, password, log }) {
  const call = client(url);
  const settle = () => settleOutbox(read, { untried: 'any-queued' });

  log('super admin registers (first start), invites staff with the plugin roles');
  const registered = await call('POST', '/admin/register-admin', { body: { ...SUPER_ADMIN, password } });
  const admin = registered.data.token;
  const roles = (await call('GET', '/admin/roles', { token: admin })).data;
  const roleId = (code) => {
    const role = roles.find((r) => r.code === code);
    if (!role) throw new Error(`role ${code} missing`);
    return role.id;
  };
  const users = {};
  const tokens = { admin };
  for (const person of STAFF) {
    const invited = await call('POST', '/admin/users', { token: admin, body: { firstname: person.firstname, lastname: person.lastname, email: person.email, roles: [roleId(person.role)] } });
    const signup = await call('POST', '/admin/register', { body: { registrationToken: invited.data.registrationToken, userInfo: { firstname: person.firstname, lastname: person.lastname, password } } });
    users[person.key] = signup.data.user.id;
    tokens[person.key] = signup.data.token;
  }
  await call('POST', '/admin/users', { token: admin, body: { firstname: PENDING.firstname, lastname: PENDING.lastname, email: PENDING.email, roles: [roleId(PENDING.role)] } });

  log('editor: procedure and form settings, closed days, departments, categories, a letter template');
  const editor = tokens.editor;
  await call('PUT', '/complaints/settings/procedure', {
    token: editor,
    body: {
      organisationName: 'Gemeente Voorbeeld',
      organisationAddress: 'Postbus 100\n1000 AA Voorbeeld',
      committeeName: 'Onafhankelijke Regionale Geschillencommissie',
      committeeAddress: 'Postbus 200\n2000 BB Voorbeeld',
      committeeWebsite: 'https://www.geschillencommissie-voorbeeld.test',
      committeeEmail: `secretariaat@geschillencommissie-voorbeeld.test`,
      retentionMonths: 60,
    },
  });
  await call('PUT', '/complaints/settings/form', {
    token: editor,
    body: {
      texts: { nl: { title: 'Uw klacht bij Gemeente Voorbeeld' }, en: { title: 'Your complaint to Gemeente Voorbeeld' } },
      fieldTexts: { nl: { description: { label: 'Wat ging er mis?', help: 'Vertel wat er gebeurde, wanneer en met wie.' } } },
      showStaffNames: true,
      minFillSeconds: 2,
    },
  });
  await call('POST', '/complaints/settings/closed-days', { token: editor, body: { date: '2026-12-24', name: 'Kerstavond (gemeentehuis gesloten)', kind: 'organisation' } });
  await call('POST', '/complaints/settings/closed-days', { token: editor, body: { date: '2026-12-31', name: 'Oudejaarsdag', kind: 'organisation' } });

  const wonen = (await call('POST', '/complaints/departments', { token: editor, body: { name: 'Wonen', email: `wonen@${DOMAIN}`, managerId: users.managerWonen, staffUserIds: [users.handlerWonen], receivesUnassigned: true } })).data.id;
  const burgerzaken = (await call('POST', '/complaints/departments', { token: editor, body: { name: 'Burgerzaken', email: `burgerzaken@${DOMAIN}`, managerId: users.managerBurgerzaken, staffUserIds: [users.handlerBurgerzaken] } })).data.id;
  await call('POST', '/complaints/departments', { token: editor, body: { name: 'Oud archief', email: null, active: false } });
  const service = (await call('POST', '/complaints/categories', { token: editor, body: { key: 'dienstverlening', nameNl: 'Dienstverlening', nameEn: 'Service', sortOrder: 1 } })).data.id;
  const behaviour = (await call('POST', '/complaints/categories', { token: editor, body: { key: 'contact-medewerker', nameNl: 'Contact met een medewerker', nameEn: 'Contact with an employee', suggestsBehaviour: true, sortOrder: 2 } })).data.id;
  const waste = (await call('POST', '/complaints/categories', { token: editor, body: { key: 'afval-en-reiniging', nameNl: 'Afval en reiniging', nameEn: 'Waste and cleaning', sortOrder: 3 } })).data.id;
  await call('POST', '/complaints/categories', { token: editor, body: { key: 'parkeren', nameNl: 'Parkeren', nameEn: 'Parking', active: false, sortOrder: 4 } });

  const templates = (await call('GET', '/complaints/letter-templates', { token: editor })).data.templates;
  const ack = templates.find((t) => t.kind === 'acknowledgement' && t.audience === 'complainant' && t.locale === 'nl');
  await call('PUT', `/complaints/letter-templates/${ack.id}`, {
    token: editor,
    body: { subject: `${ack.subject} (Gemeente Voorbeeld)`, body: `${ack.body}\n<p>Heeft u vragen? Bel ons op <strong>14 020</strong>, op werkdagen van 9 tot 17 uur.</p>` },
  });

  // The public form: tokens fetched first, then the complainants "fill in" the form for a few seconds.
  const forms = [];
  for (let i = 0; i < 5; i += 1) forms.push((await call('GET', `/api/complaints/form?locale=${i === 4 ? 'en' : 'nl'}`)).data.formToken);
  await new Promise((r) => setTimeout(r, 3000));
  const submit = async (formToken, fields) => {
    const res = await call('POST', '/api/complaints/submissions', {
      expect: [201],
      body: { privacyConsent: true, website: '', locale: 'nl', formToken, submissionKey: crypto.randomBytes(16).toString('base64url'), ...fields },
    });
    const row = (await read.query('SELECT id FROM complaints_complaints WHERE reference = ?', [res.data.reference]))[0];
    await settle();
    return { id: Number(row.id), reference: res.data.reference };
  };
  const register = async (fields) => {
    const res = await call('POST', '/complaints/complaints', { token: admin, expect: [201], body: fields });
    await settle();
    return { id: res.data.id, reference: res.data.reference };
  };
  const act = async (id, action, body = {}, token = admin) => {
    const res = await call('POST', `/complaints/complaints/${id}/${action}`, { token, body });
    await settle();
    return res.data;
  };
  const dossier = async (id, token = admin) => (await call('GET', `/complaints/complaints/${id}`, { token })).data;

  const labels = {};
  const description = (text) => `${text} Ik verwacht dat de gemeente dit oplost en mij laat weten wat er gaat gebeuren.`;

  log('public submissions (online form)');
  const p1 = await submit(forms[0], { complainantName: 'Fatma Öztürk', complainantEmail: 'fatma.ozturk@voorbeeld.test', complainantPhone: '06 12345678', categoryId: String(service), departmentId: String(wonen), description: description('Mijn melding over schimmel in de badkamer is twee keer gesloten zonder dat er iemand is geweest.') });
  labels[p1.id] = 'online, waits for acknowledgement (acknowledged in phase 2, letter queued)';
  const p2 = await submit(forms[1], { complainantName: 'Jan de Vries', complainantEmail: 'jan.devries@voorbeeld.test', complainantPostalCode: '1234ab', complainantAddress: 'Dorpsstraat 12', complainantCity: 'Voorbeeld', categoryId: String(service), departmentId: String(burgerzaken), description: description('Mijn paspoortaanvraag is zoekgeraakt en niemand belt terug.'), desiredOutcome: 'Excuses en een nieuwe afspraak.' });
  labels[p2.id] = 'online, acknowledged';
  const p3 = await submit(forms[2], { complainantName: 'Henk Willems', complainantEmail: 'henk.willems@voorbeeld.test', categoryId: String(waste), description: description('De container in onze straat is drie weken niet geleegd.') });
  labels[p3.id] = 'online, no department (to the receiving department), withdrawn';
  const p4 = await submit(forms[3], { complainantName: 'Annelies Groot', complainantEmail: 'annelies.groot@voorbeeld.test', categoryId: String(behaviour), departmentId: String(wonen), aboutEmployeeBehaviour: true, accusedName: 'De medewerker aan de balie', accusedFunction: 'Baliemedewerker', description: description('De medewerker aan de balie was onbeleefd en weigerde mijn formulier aan te nemen.') });
  labels[p4.id] = 'online, about an employee (to the manager), solved at acknowledgement with the hearing waived';
  const p5 = await submit(forms[4], { locale: 'en', complainantName: 'Emily Carter', complainantEmail: 'emily.carter@example.test', complainantPhone: '+44 20 7946 0958', categoryId: String(service), departmentId: String(burgerzaken), description: 'I registered my move to the municipality six weeks ago and my address is still not updated.' });
  labels[p5.id] = 'online in English, hearing planned (video)';

  log('staff registrations and the procedure');
  const s1 = await register({ channel: 'post', complainantName: 'Truus Post', complainantAddress: 'Kerkstraat 3', complainantPostalCode: '1234 AB', complainantCity: 'Voorbeeld', categoryId: service, departmentId: wonen, description: description('Ik heb per brief om een traplift gevraagd en na vier maanden nog niets gehoord.'), receivedAt: '2026-10-30T10:00:00+01:00' });
  labels[s1.id] = 'by post, no e-mail (letters to print, one printed), hearing held';
  const s2 = await register({ channel: 'telefoon', complainantName: 'Kees Bakker', complainantEmail: 'kees.bakker@voorbeeld.test', complainantPhone: '0201234567', categoryId: service, departmentId: burgerzaken, description: description('Ik ben drie keer doorverbonden en uiteindelijk opgehangen.') });
  labels[s2.id] = 'by phone, hearing skipped (waived), outcome sent with one agreement';
  const s3 = await register({ channel: 'e-mail', complainantName: 'Marieke Jansen', complainantEmail: 'marieke.jansen@voorbeeld.test', categoryId: waste, departmentId: wonen, description: description('Het grofvuil is niet opgehaald op de afgesproken dag.') });
  labels[s3.id] = 'by e-mail, handled by the department handler, monitoring agreements (one kept, one open)';
  const s4 = await register({ channel: 'balie', complainantName: 'Pieter de Boer', complainantEmail: 'pieter.deboer@voorbeeld.test', complainantAddress: 'Molenweg 8', complainantPostalCode: '2345 CD', complainantCity: 'Voorbeeld', categoryId: service, departmentId: burgerzaken, description: description('Mijn rijbewijs lag niet klaar terwijl de brief dat wel zei.') });
  labels[s4.id] = 'at the desk, hearing skipped (no response), unfounded without agreements, accepted and closed';
  const s5 = await register({ channel: 'post', complainantName: 'Gerrit Hoekstra', complainantEmail: 'gerrit.hoekstra@voorbeeld.test', complainantAddress: 'Dijk 1', complainantPostalCode: '3456 EF', complainantCity: 'Voorbeeld', categoryId: service, departmentId: wonen, description: description('De reparatie van de kraan is drie keer afgezegd zonder bericht.') });
  labels[s5.id] = 'all six steps: hearing, agreements kept and not kept, closed, dissatisfaction, dispute eligible';
  const s6 = await register({ channel: 'post', complainantName: 'Wilma Dijkstra', complainantEmail: 'wilma.dijkstra@voorbeeld.test', categoryId: service, departmentId: burgerzaken, description: description('In 2023 ben ik onheus bejegend bij het aanvragen van een uitkering.') });
  labels[s6.id] = 'not admissible (handled before), with referral';
  const s7 = await register({ channel: 'telefoon', complainantName: 'Bram Onbestelbaar', complainantEmail: `bram@${REJECTED_DOMAIN}`, categoryId: service, departmentId: wonen, description: description('Niemand reageert op mijn vraag over de huurtoeslag.') });
  labels[s7.id] = 'acknowledged, term extended and delay consented; its e-mail letters failed (550)';

  // p2: acknowledged by the department's handler
  await act(p2.id, 'acknowledge', {}, tokens.handlerBurgerzaken);
  // p3: withdrawn
  await act(p3.id, 'withdraw', { reason: 'Klager belde: de container is inmiddels geleegd.' });
  // p4: the manager answers at once; the complainant waives the hearing
  await act(p4.id, 'acknowledge', { answer: 'Excuses; de medewerker is aangesproken op haar gedrag.' }, tokens.managerWonen);
  await act(p4.id, 'resolve', { hearingWaived: true, note: 'Klager akkoord met de excuses, wil geen gesprek.' }, tokens.managerWonen);
  // p5: hearing planned by video
  await act(p5.id, 'acknowledge', { inviteForHearing: true });
  await act(p5.id, 'hearing/plan', { plannedAt: '2026-11-09T15:00:00+01:00', mode: 'video', attendees: 'Klager, behandelaar Burgerzaken' });
  // s1: by post; the acknowledgement is printed, the invitation waits to be printed
  await act(s1.id, 'acknowledge', { inviteForHearing: true });
  await act(s1.id, 'hearing/plan', { plannedAt: '2026-11-06T10:00:00+01:00', mode: 'home', location: 'Kerkstraat 3, Voorbeeld', attendees: 'Klager en dochter, behandelaar' });
  const printable = (await dossier(s1.id)).letters.find((l) => l.kind === 'acknowledgement' && l.status === 'to_print');
  if (!printable) throw new Error('the postal acknowledgement of s1 is not waiting to be printed');
  await call('POST', `/complaints/letters/${printable.id}/printed`, { token: admin });
  await act(s1.id, 'hearing/record', { minutes: 'Klager lichtte toe dat de aanvraag in maart is verstuurd. Wij erkennen de vertraging.', proposedSolution: 'Ergotherapeut komt binnen twee weken langs.', complainantPresent: true });
  // s2: hearing waived, outcome with one agreement
  await act(s2.id, 'acknowledge', {});
  await act(s2.id, 'hearing/skip', { reason: 'complainant_waived', note: 'Klager wil geen gesprek, wel een reactie.' });
  await act(s2.id, 'outcome', { judgement: 'partly_founded', findings: 'Het doorverbinden liep mis; ophangen is niet bewezen.', conclusions: 'Wij passen de doorverbindinstructie aan.', agreements: [{ description: 'Doorverbindinstructie aanpassen en delen met het team', ownerDepartmentId: burgerzaken, dueDate: '2026-11-30' }] });
  // s3: assigned to the department's handler, who takes it to monitoring
  await act(s3.id, 'assign', { handlerId: users.handlerWonen });
  await act(s3.id, 'acknowledge', { inviteForHearing: true }, tokens.handlerWonen);
  await act(s3.id, 'hearing/plan', { plannedAt: '2026-11-04T11:00:00+01:00', mode: 'phone' }, tokens.handlerWonen);
  await act(s3.id, 'hearing/record', { minutes: 'Telefonisch gesproken; de ophaaldienst had de verkeerde datum.', complainantPresent: true }, tokens.handlerWonen);
  const s3outcome = await act(s3.id, 'outcome', { judgement: 'founded', findings: 'De ophaaldatum was verkeerd ingepland.', conclusions: 'Excuses en alsnog ophalen.', agreements: [{ description: 'Grofvuil alsnog ophalen', ownerUserId: users.handlerWonen, dueDate: '2026-11-09' }, { description: 'Planning ophaaldienst controleren', ownerDepartmentId: wonen, dueDate: '2026-12-07' }] }, tokens.handlerWonen);
  await act(s3.id, 'monitoring', {}, tokens.handlerWonen);
  await act(s3.id, `agreements/${s3outcome.agreements[0].id}/result`, { result: 'kept', note: 'Opgehaald op 5 november.' }, tokens.handlerWonen);
  // s4: no response to the invitation, unfounded, accepted
  await act(s4.id, 'acknowledge', {});
  await act(s4.id, 'hearing/skip', { reason: 'no_response', note: 'Twee keer gebeld en gemaild.' });
  await act(s4.id, 'outcome', { judgement: 'unfounded', findings: 'Het rijbewijs lag op de genoemde datum klaar; de klager kwam een dag eerder.', noAgreements: true });
  await act(s4.id, 'accept', {});
  // s5: every step, then a dispute the coordinator refers to the committee
  await act(s5.id, 'acknowledge', { inviteForHearing: true });
  await act(s5.id, 'hearing/plan', { plannedAt: '2026-11-05T14:00:00+01:00', mode: 'office', location: 'Stadhuis, kamer 2.14', attendees: 'Klager, behandelaar' });
  await act(s5.id, 'hearing/record', { minutes: 'Klager lichtte toe; wij erkenden het.', proposedSolution: 'Reparatie en tegoed', complainantPresent: true });
  const s5outcome = await act(s5.id, 'outcome', { judgement: 'founded', findings: 'De afspraken zijn niet nagekomen.', conclusions: 'Excuses en herstel.', agreements: [{ description: 'Kraan repareren', ownerUserId: users.handlerWonen, dueDate: '2026-11-09' }, { description: 'Tegoed van €25 overmaken', ownerDepartmentId: wonen, dueDate: '2026-11-16' }] });
  await act(s5.id, 'monitoring', {});
  await act(s5.id, `agreements/${s5outcome.agreements[0].id}/result`, { result: 'kept' });
  await act(s5.id, `agreements/${s5outcome.agreements[1].id}/result`, { result: 'not_kept', note: 'Vergeten over te maken.' });
  await act(s5.id, 'close', { note: 'Alle afspraken afgehandeld.' });
  await act(s5.id, 'dissatisfaction', { note: 'Niet tevreden: het tegoed is nooit betaald.' }, tokens.coordinator);
  await act(s5.id, 'dispute/eligible', { reason: 'Interne procedure doorlopen; klager ontevreden.' }, tokens.coordinator);
  // s6: not admissible
  await act(s6.id, 'not-admissible', { reason: 'handled_before', explanation: 'Deze klacht is in 2024 al behandeld (KL-2024-000123).', referral: 'U kunt terecht bij de Nationale ombudsman.' });
  // s7: acknowledged, extended once, then further delay with consent; its e-mails bounce
  await act(s7.id, 'acknowledge', {});
  const due = (await dossier(s7.id)).terms.handlingDue;
  await act(s7.id, 'extend', { until: addDays(due, 21), reason: 'Wachten op advies van de afdeling Inkomen.' });
  await act(s7.id, 'delay-consent', { until: addDays(due, 42), consentNote: 'Klager stemde telefonisch in op 2 november.' });

  return { labels, pending: p1.id };
}

/** Phase 2, on a restarted app with the SMTP server down. */
async function phaseTwo({ url, read, password, pending, labels, log }) {
  const call = client(url);
  const settle = () => settleOutbox(read, { untried: 'untried' });
  const login = await call('POST', '/admin/login', { body: { email: SUPER_ADMIN.email, password } });
  const admin = login.data.token;
  log('phase 2: the start-up sweep (reminders), a submission and an acknowledgement while the mail server is down');
  await call('POST', '/complaints/sweep', { token: admin });
  await settle();
  const formToken = (await call('GET', '/api/complaints/form?locale=nl')).data.formToken;
  await new Promise((r) => setTimeout(r, 2500));
  const res = await call('POST', '/api/complaints/submissions', {
    expect: [201],
    body: { privacyConsent: true, website: '', locale: 'nl', formToken, submissionKey: crypto.randomBytes(16).toString('base64url'), complainantName: 'Sanne Vos', complainantEmail: 'sanne.vos@voorbeeld.test', categoryId: String((await read.query("SELECT id FROM complaints_categories WHERE key = 'afval-en-reiniging'"))[0].id), description: 'De straatverlichting in de Lindelaan is al twee weken kapot en het is er ’s avonds gevaarlijk donker.' },
  });
  const row = (await read.query('SELECT id FROM complaints_complaints WHERE reference = ?', [res.data.reference]))[0];
  labels[Number(row.id)] = 'online during the mail outage: received, letters queued after one failed attempt';
  await settle();
  await call('POST', `/complaints/complaints/${pending}/acknowledge`, { token: admin, body: {} });
  await settle();
}

module.exports = { phaseOne, phaseTwo, SUPER_ADMIN, STAFF, PENDING, settleOutbox };
