/**
 * Upgrade from release 0.1.0: this version starts on a database that release 0.1.0 wrote (SQLite or
 * PostgreSQL, tests/fixtures/upgrade/0.1.0, made by scripts/upgrade-fixture/make.js) and finds everything
 * the old release stored: complaints, letters with their Message-IDs, the audit trail, hearings,
 * agreements, settings and the admin users, who can still log in.
 *
 * A release that changes the plugin's schema or data adds its upgrade step and extends this test with what
 * the step must have done (0.2.0 also takes the content types' enumerations from shared/procedure.ts, in
 * procedure order: stored as text, so no step, but every stored value must still be one of them); at each release a fixture of that release is made and a test like this one
 * starts from it.
 */
import {
  AGREEMENT_STATUSES,
  CHANNELS,
  HEARING_MODES,
  HEARING_SKIP_REASONS,
  JUDGEMENTS,
  LETTER_KINDS,
  LETTER_STATUSES,
  NOT_ADMISSIBLE_REASONS,
  STATUSES,
  STATUSES_OF_STEP,
} from '../../src/plugins/complaints/shared/procedure';
import { HANDLING_STATUSES } from '../../src/plugins/complaints/shared/procedure';
import { statutoryTerms } from '../../src/plugins/complaints/server/src/domain/terms';
import { defaultTemplate } from '../../src/plugins/complaints/server/src/letters/defaults';
import { runUpgrades, UPGRADES_TABLE, type UpgradeStep } from '../../src/plugins/complaints/server/src/upgrades';
import { RECEIPT_WITH_FREE_TEXT, STEPS } from '../../src/plugins/complaints/server/src/upgrades/steps';
import { BEFORE_NEXT_BODY_NAMED, INVITATION_BEFORE_SIDES } from '../../src/plugins/complaints/server/src/upgrades/previous-templates';
import { startApp, type TestApp } from '../helpers/strapi';
import { queryFixtureDatabase, readManifest, upgradeFixtureDatabase, type UpgradeManifest } from '../helpers/upgrade-fixture';
import { searchDatabase } from '../helpers/db-search';
import type { TestDatabase } from '../helpers/database';

const FROM = '0.1.0';

describe(`upgrade from release ${FROM}`, () => {
  let db: TestDatabase;
  let app: TestApp;
  let manifest: UpgradeManifest;
  let token: string;
  /** What 0.1.0 stored in plain text: the status-link token and form key of each complaint. */
  let secrets: Array<{ id: number; reference: string; tracking_token: string | null; submission_key: string | null }>;
  /** The handling terms 0.1.0 computed (from its own term start), by complaint id. */
  let oldTerms: Map<number, string>;
  /** Whether 0.1.0 invited the employee to each conversation. */
  let oldHearings: Array<{ id: number; accused_invited: unknown }>;
  /** The one person complained about that 0.1.0 kept on the complaint row. */
  let oldAccused: Array<{ id: number; accused_name: string | null; accused_function: string | null; accused_user_id: number | null }>;

  const rows = (uid: string) => app.strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' } });

  beforeAll(async () => {
    manifest = readManifest(FROM);
    db = await upgradeFixtureDatabase(FROM);
    secrets = await queryFixtureDatabase(db, 'SELECT id, reference, tracking_token, submission_key FROM complaints_complaints ORDER BY id');
    const terms: Array<{ id: number; due: string }> = await queryFixtureDatabase(db, "SELECT id, CAST(handling_due_original AS TEXT) AS due FROM complaints_complaints WHERE handling_due_original IS NOT NULL");
    oldHearings = await queryFixtureDatabase(db, 'SELECT id, accused_invited FROM complaints_hearings ORDER BY id');
    oldAccused = await queryFixtureDatabase(db, 'SELECT id, accused_name, accused_function, accused_user_id FROM complaints_complaints WHERE accused_name IS NOT NULL OR accused_user_id IS NOT NULL ORDER BY id');
    oldTerms = new Map(terms.map((t) => [Number(t.id), String(t.due).slice(0, 10)]));
    app = await startApp({ database: db });
  });

  afterAll(async () => {
    await app?.stop();
    await db?.drop();
  });

  it('starts and answers the health route', async () => {
    const res = await app.http().get('/api/complaints/health');
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe('ok');
  });

  it("lets the old release's admin users log in", async () => {
    const { email, password } = manifest.credentials.superAdmin;
    const res = await app.http().post('/admin/login').send({ email, password });
    expect(res.status).toBe(200);
    token = res.body.data.token;
    const users = await app.strapi.db.query('admin::user').findMany({ orderBy: { id: 'asc' }, populate: ['roles'] });
    expect(users.map((u: any) => ({ id: u.id, email: u.email, isActive: u.isActive, roles: u.roles.map((r: any) => r.code).sort() }))).toEqual(manifest.adminUsers);
  });

  it('keeps the row count of every plugin table (plus what this release seeds: eleven letter templates, a decree day)', async () => {
    // 0.2.0 adds, in two languages each, the staff reminder of the not-handled notice term, the question to
    // the complainant, the handler's notice of its answer, the satisfaction survey, the letter that a
    // complaint is reopened or forwarded, the handler's notice of a reply by e-mail, and to the person complained about
    // the copy of the complaint (Awb 9:9), the invitation to their own hearing (Awb 9:10) and the outcome
    // (Awb 9:12); and the decree day 2025-05-30
    const seeded: Record<string, number> = { complaints_letter_templates: 22, complaints_closed_days: 1 };
    for (const [table, count] of Object.entries(manifest.tables)) {
      const [{ n }] = await app.strapi.db.connection(table).count({ n: '*' });
      expect({ table, count: Number(n) }).toEqual({ table, count: count + (seeded[table] ?? 0) });
    }
  });

  it('0.2.0-statutory-terms-from-receipt: terms still running count from the date of receipt; handled complaints get "in time against the original term"', async () => {
    const settingsService = app.strapi.plugin('complaints').service('settings');
    const [settings, calendars] = [await settingsService.get(), await settingsService.calendars()];
    const complaints = await rows('plugin::complaints.complaint');
    const running = complaints.filter((c: any) => HANDLING_STATUSES.includes(c.status));
    expect(running.length).toBeGreaterThan(2);
    for (const c of running) {
      const law = statutoryTerms(c.receivedAt, calendars.statutory, settings);
      expect({ reference: c.reference, original: c.handlingDueOriginal, notice: c.notAdmissibleNoticeDue }).toEqual({ reference: c.reference, original: law.handlingDue, notice: law.notAdmissibleNoticeDue });
      // an extended term keeps the date the complainant was told
      if (!c.extendedAt && !c.delayConsentAt) expect({ reference: c.reference, due: c.handlingDue }).toEqual({ reference: c.reference, due: law.handlingDue });
    }
    // some of them were counted from the next working day before (received after 17:00 or on a day off)
    const moved = running.filter((c: any) => oldTerms.get(c.id) !== c.handlingDueOriginal);
    expect(moved.every((c: any) => c.handlingDueOriginal < oldTerms.get(c.id)!)).toBe(true);
    const handled = complaints.filter((c: any) => c.handledInTime !== null);
    expect(handled.length).toBeGreaterThan(0);
    for (const c of handled) expect({ reference: c.reference, fact: typeof c.handledInOriginalTerm }).toEqual({ reference: c.reference, fact: 'boolean' });

    // the regime defaults to today's organisation; what the old release stored stays (its committee term of 12 weeks)
    expect(settings).toMatchObject({ regime: 'housing', committeeTermWeeks: 12, dissatisfactionWindowWeeks: 12 });
    const decree = await app.strapi.db.query('plugin::complaints.closed-day').findMany({ where: { kind: 'decree' } });
    expect(decree.map((d: any) => String(d.date).slice(0, 10))).toContain('2025-05-30');
    // and the annual report of the old complaints has both figures
    const report = await app.http().get('/complaints/reports/annual?from=2026-01-01&to=2026-12-31').set('Authorization', `Bearer ${token}`);
    expect(report.status).toBe(200);
    expect(report.body.data.handledWithinOriginalTerm.of).toBe(report.body.data.handledWithinTerm.of);
  });

  it('keeps every complaint, letter (with its Message-ID), hearing and agreement', async () => {
    expect((await rows('plugin::complaints.complaint')).map((c: any) => ({ id: c.id, reference: c.reference, status: c.status, complainantName: c.complainantName }))).toEqual(
      manifest.complaints.map((c) => ({ id: c.id, reference: c.reference, status: c.status, complainantName: c.complainantName })),
    );
    expect((await rows('plugin::complaints.letter')).map((l: any) => ({ id: l.id, kind: l.kind, status: l.status, messageId: l.messageId }))).toEqual(
      manifest.letters.map((l) => ({ id: l.id, kind: l.kind, status: l.status, messageId: l.messageId[db.kind] })),
    );
    expect((await rows('plugin::complaints.hearing')).map((h: any) => [h.id, h.complaintId])).toEqual(manifest.hearings.map((h) => [h.id, h.complaintId]));
    expect((await rows('plugin::complaints.agreement')).map((a: any) => [a.id, a.complaintId, a.status])).toEqual(manifest.agreements.map((a) => [a.id, a.complaintId, a.status]));
  });

  it('keeps the audit trail of every complaint, in order', async () => {
    const events = await rows('plugin::complaints.complaint-event');
    const byComplaint: Record<string, string[]> = {};
    for (const e of events) (byComplaint[String(e.complaintId)] ??= []).push(e.type);
    expect(byComplaint).toEqual(Object.fromEntries(Object.entries(manifest.events).map(([id, e]) => [id, e.types])));
  });

  it('shows an old dossier over the admin API', async () => {
    const dispute = manifest.complaints.find((c) => c.status === 'dispute');
    expect(dispute).toBeDefined();
    const res = await app.http().get(`/complaints/complaints/${dispute!.id}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data.complaint).toMatchObject({ reference: dispute!.reference, status: 'dispute', disputeEligible: true });
    expect(res.body.data.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(manifest.events[String(dispute!.id)].types.filter((t) => t.startsWith('complaint.'))));
  });

  it('has the documents and questions tables, the survey and reopening columns of 0.2.0 (created by the schema sync: new and empty, so no step) and an old dossier lists no documents', async () => {
    expect(await app.strapi.db.connection.schema.hasTable('complaints_attachments')).toBe(true);
    expect(await app.strapi.db.connection.schema.hasTable('complaints_questions')).toBe(true);
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', 'survey_answered_at')).toBe(true);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { surveyAnsweredAt: { $notNull: true } } })).toBe(0);
    expect(await app.strapi.db.query('plugin::complaints.attachment').count()).toBe(0);
    // reopening: nothing was reopened before, and an unhappy survey answer does nothing more until editors say so
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', 'reopened_at')).toBe(true);
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', 'solved_agreed_how')).toBe(true);
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', 'forwarded_to')).toBe(true);
    // no complaint was linked to another before
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', 'related_complaint_ids')).toBe(true);
    const [firstComplaint] = manifest.complaints;
    const oldDossier = (await app.http().get(`/complaints/complaints/${firstComplaint.id}`).set('Authorization', `Bearer ${token}`)).body.data;
    expect(oldDossier.related).toEqual([]);
    // the representative (Awb 2:1): nullable columns; an old complaint has none, so its letters go to the complainant as before
    for (const column of ['representative_name', 'representative_email', 'representative_address', 'representative_postal_code', 'representative_city', 'representative_copies_complainant']) {
      expect(await app.strapi.db.connection.schema.hasColumn('complaints_complaints', column)).toBe(true);
    }
    expect(oldDossier.complaint.representativeName).toBeNull();
    expect(Boolean(oldDossier.complaint.representativeCopiesComplainant)).toBe(false);
    // mail intake: a new table, a complaint came from no mail before, no letter bounced
    expect(await app.strapi.db.connection.schema.hasTable('complaints_incoming_mails')).toBe(true);
    expect(oldDossier.mails).toEqual([]);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { incomingMailId: { $notNull: true } } })).toBe(0);
    expect(await app.strapi.db.query('plugin::complaints.letter').count({ where: { bouncedAt: { $notNull: true } } })).toBe(0);
    expect((await app.http().get('/complaints/incoming-mails').set('Authorization', `Bearer ${token}`)).body.data).toEqual([]);
    // outcome drafts: a new table, empty; an old complaint in step 4 opens the composer without one
    expect(await app.strapi.db.connection.schema.hasTable('complaints_outcome_drafts')).toBe(true);
    // judgement per part: a new table, empty; an old outcome was judged as a whole and its dossier lists no parts
    expect(await app.strapi.db.connection.schema.hasTable('complaints_complaint_parts')).toBe(true);
    expect(await app.strapi.db.query('plugin::complaints.complaint-part').count()).toBe(0);
    expect(oldDossier.parts).toEqual([]);
    // departments' English names: a new nullable column; an old department keeps its one name in English letters
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_departments', 'name_en')).toBe(true);
    expect(await app.strapi.db.query('plugin::complaints.department').count({ where: { nameEn: { $notNull: true } } })).toBe(0);
    // a manager's superior: a new nullable column; until editors name one, the coordinator assigns as before
    expect(await app.strapi.db.connection.schema.hasColumn('complaints_departments', 'superior_id')).toBe(true);
    expect(await app.strapi.db.query('plugin::complaints.department').count({ where: { superiorId: { $notNull: true } } })).toBe(0);
    // the text search reaches the complaints of the previous release (on SQLite its index is filled on the first start)
    const byText = await app.http().get('/complaints/complaints?search=paspoortaanvraag').set('Authorization', `Bearer ${token}`);
    expect(byText.body.data.results.map((c: any) => c.reference)).toEqual(['KL-2026-000002']);
    // saved views: a new table, nobody has one yet
    expect(await app.strapi.db.connection.schema.hasTable('complaints_saved_views')).toBe(true);
    expect((await app.http().get('/complaints/views').set('Authorization', `Bearer ${token}`)).body.data).toEqual([]);
    expect((await app.http().get(`/complaints/complaints/${firstComplaint.id}/outcome/draft`).set('Authorization', `Bearer ${token}`)).body.data).toBeNull();
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { reopenedAt: { $notNull: true } } })).toBe(0);
    expect((await app.strapi.plugin('complaints').service('settings').get()).surveyWhenUnhappy).toBe('nothing');
    // the survey asks all three questions until editors say otherwise
    // … and documents follow the site's own limits until editors narrow them
    expect(await app.strapi.plugin('complaints').service('publicForm').settings()).toMatchObject({ surveyAskMark: true, surveyAskComment: true, attachmentMaxFiles: null, attachmentMaxMegabytes: null, attachmentTypes: null });
    const [first] = manifest.complaints;
    const res = await app.http().get(`/complaints/complaints/${first.id}/attachments`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ attachments: [], accepting: false });
    // the Public role gets the status page's new actions once (0.1.0 recorded only that it granted its four)
    const grants = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { action: { $startsWith: 'plugin::complaints.public.' }, role: { type: 'public' } } });
    expect(grants.map((g: any) => g.action).sort()).toEqual([
      'plugin::complaints.public.answer',
      'plugin::complaints.public.documents',
      'plugin::complaints.public.form',
      'plugin::complaints.public.respond',
      'plugin::complaints.public.status',
      'plugin::complaints.public.submit',
      'plugin::complaints.public.survey',
    ]);
  });

  it("finds every value the old release stored in the vocabulary the content types now take from shared/", async () => {
    const allowed = (values: readonly string[], value: unknown) => value === null || values.includes(String(value));
    const misfits: string[] = [];
    const check = (what: string, values: readonly string[], rowsOf: Array<Record<string, unknown>>, field: string) => {
      for (const row of rowsOf) if (!allowed(values, row[field])) misfits.push(`${what} ${row.id}: ${field} = ${row[field]}`);
    };
    const complaints = await rows('plugin::complaints.complaint');
    check('complaint', STATUSES, complaints, 'status');
    check('complaint', CHANNELS, complaints, 'channel');
    check('complaint', JUDGEMENTS, complaints, 'judgement');
    check('complaint', NOT_ADMISSIBLE_REASONS, complaints, 'notAdmissibleReason');
    const letters = await rows('plugin::complaints.letter');
    check('letter', LETTER_KINDS, letters, 'kind');
    check('letter', LETTER_STATUSES, letters, 'status');
    const hearings = await rows('plugin::complaints.hearing');
    check('hearing', HEARING_MODES, hearings, 'mode');
    check('hearing', HEARING_SKIP_REASONS, hearings, 'skippedReason');
    check('agreement', AGREEMENT_STATUSES, await rows('plugin::complaints.agreement'), 'status');
    expect(misfits).toEqual([]);
    expect(new Set(complaints.map((c: any) => c.status)).size).toBeGreaterThan(3);
  });

  it("lists the old complaints on each step's page and counts them by status in the overview, over the admin API", async () => {
    const old = manifest.complaints;
    for (const [step, statuses] of Object.entries(STATUSES_OF_STEP)) {
      const res = await app.http().get(`/complaints/complaints?step=${step}&pageSize=100`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      const expected = old.filter((c) => statuses.includes(c.status as never)).map((c) => c.reference).sort();
      expect(`step ${step}: ${res.body.data.results.map((c: any) => c.reference).sort().join(', ')}`).toBe(`step ${step}: ${expected.join(', ')}`);
    }
    const overview = await app.http().get('/complaints/overview').set('Authorization', `Bearer ${token}`);
    for (const status of STATUSES) expect(`${status}: ${overview.body.data.byStatus[status]}`).toBe(`${status}: ${old.filter((c) => c.status === status).length}`);
  });

  it("has the index for a department's list newest first (declared in the content type, so the schema sync makes it: no step) and lists and finds the old complaints as before", async () => {
    const knex = app.strapi.db.connection;
    const index = 'complaints_complaints_dept_received_idx';
    const found = app.strapi.db.dialect.client === 'postgres'
      ? (await knex.raw('select indexname from pg_indexes where indexname = ?', [index])).rows
      : await knex.raw("select name from sqlite_master where type = 'index' and name = ?", [index]);
    expect(found).toHaveLength(1);
    const stored: Array<{ id: number; reference: string; departmentId: number | null; receivedAt: string }> = await rows('plugin::complaints.complaint');
    const newestFirst = (a: { id: number; receivedAt: string }, b: { id: number; receivedAt: string }) => new Date(b.receivedAt).getTime() - new Date(a.receivedAt).getTime() || b.id - a.id;
    const list = await app.http().get('/complaints/complaints?departmentId=1&pageSize=100').set('Authorization', `Bearer ${token}`);
    expect(list.body.data.results.map((c: any) => c.reference)).toEqual(stored.filter((c) => c.departmentId === 1).sort(newestFirst).map((c) => c.reference));
    // an e-mail address, whole or in part: its ids come from the e-mail index first on SQLite
    const one = await app.http().get('/complaints/complaints?search=kees.bakker@').set('Authorization', `Bearer ${token}`);
    expect(one.body.data.results.map((c: any) => c.reference)).toEqual(['KL-2026-000007']);
    const domain = await app.http().get('/complaints/complaints?search=@voorbeeld.test&pageSize=100').set('Authorization', `Bearer ${token}`);
    const withDomain = manifest.complaints.filter((c) => c.complainantEmail?.endsWith('@voorbeeld.test')).map((c) => c.reference);
    expect(domain.body.data.pagination.total).toBe(withDomain.length);
    expect(domain.body.data.results.map((c: any) => c.reference).sort()).toEqual(withDomain.sort());
  });

  it('takes the free text out of the stored receipt letters nobody edited (0.2.0-receipt-without-free-text), and keeps an edited one', async () => {
    const receipts = () => app.strapi.db.query('plugin::complaints.letter-template').findMany({ where: { kind: 'submission_received', audience: 'complainant' }, orderBy: { locale: 'asc' } });
    // 0.1.0 stored both languages as its defaults, which echoed the description and the desired outcome
    const upgraded = await receipts();
    expect(upgraded.map((t: any) => t.locale)).toEqual(['en', 'nl']);
    for (const template of upgraded) {
      const current = defaultTemplate('submission_received', 'complainant', template.locale)!;
      expect({ subject: template.subject, body: template.body }).toEqual({ subject: current.subject, body: current.body });
      expect(template.body).not.toMatch(/complaint\.(description|desiredOutcome)/);
    }
    expect(await app.strapi.db.connection(UPGRADES_TABLE).where({ name: '0.2.0-receipt-without-free-text' }).count({ n: '*' }).then((r: any[]) => Number(r[0].n))).toBe(1);

    // an editor's version stays as it is, also when it still quotes the complaint; the old default is replaced
    const step = STEPS.find((s) => s.name === '0.2.0-receipt-without-free-text')!;
    const knex = app.strapi.db.connection;
    const edited = '<p>Beste {{ recipient.name }},</p>\n<p>Uw klacht {{ complaint.reference }}:</p>\n<p>{{ complaint.description | newline_to_br }}</p>';
    await knex('complaints_letter_templates').where({ kind: 'submission_received', audience: 'complainant', locale: 'nl' }).update({ body: edited });
    await knex('complaints_letter_templates').where({ kind: 'submission_received', audience: 'complainant', locale: 'en' }).update({ subject: RECEIPT_WITH_FREE_TEXT.en.subject, body: RECEIPT_WITH_FREE_TEXT.en.body });
    await knex.transaction((trx) => step.run(trx as any, app.strapi));
    const [en, nl] = await receipts();
    expect(nl.body).toBe(edited);
    expect(en.body).toBe(defaultTemplate('submission_received', 'complainant', 'en')!.body);
  });

  it('runs each upgrade step once, also when instances start at the same moment, and a failed step again at the next start', async () => {
    const knex = app.strapi.db.connection;
    await knex.schema.createTable('complaints_upgrade_probe', (t) => {
      t.increments('id');
      t.string('step');
    });
    const probe = (name: string): UpgradeStep => ({ name, run: async (trx) => void (await trx('complaints_upgrade_probe').insert({ step: name })) });
    let failures = 1;
    const flaky: UpgradeStep = {
      name: 'test-flaky',
      run: async (trx) => {
        await trx('complaints_upgrade_probe').insert({ step: 'test-flaky' });
        if (failures-- > 0) throw new Error('the step fails once');
      },
    };
    const steps = [probe('test-a'), probe('test-b')];
    // four starts at once (on PostgreSQL each on its own connection of the pool)
    const ran = await Promise.all([1, 2, 3, 4].map(() => runUpgrades(app.strapi, steps)));
    expect(ran.flat().sort()).toEqual(['test-a', 'test-b']);
    await expect(runUpgrades(app.strapi, [...steps, flaky])).rejects.toThrow('the step fails once');
    expect(await runUpgrades(app.strapi, [...steps, flaky])).toEqual(['test-flaky']);
    expect(await runUpgrades(app.strapi, [...steps, flaky])).toEqual([]);
    const rows = await knex('complaints_upgrade_probe').select('step').orderBy('id');
    expect(rows.map((r: { step: string }) => r.step)).toEqual(['test-a', 'test-b', 'test-flaky']);
    const recorded = await knex(UPGRADES_TABLE).select('name').whereIn('name', ['test-a', 'test-b', 'test-flaky']).orderBy('name');
    expect(recorded.map((r: { name: string }) => r.name)).toEqual(['test-a', 'test-b', 'test-flaky']);
    await knex.schema.dropTable('complaints_upgrade_probe');
  });

  it('0.2.0-hash-status-secrets: keeps status tokens and form keys only as hashes; old links and resent forms still work', async () => {
    const tokens = secrets.map((s) => s.tracking_token).filter((t): t is string => Boolean(t));
    const keys = secrets.map((s) => s.submission_key).filter((k): k is string => Boolean(k));
    expect(tokens.length).toBeGreaterThan(0);
    // not in the complaints, nor in the stored copies of the letters that carried the link
    expect(await searchDatabase(app, [...tokens, ...keys])).toEqual([]);
    const columns = Object.keys((await app.strapi.db.connection('complaints_complaints').first()) ?? {});
    expect(columns).toEqual(expect.arrayContaining(['tracking_token_hash', 'submission_key_hash']));
    expect(columns).not.toEqual(expect.arrayContaining(['tracking_token']));
    expect(columns).not.toEqual(expect.arrayContaining(['submission_key']));

    // a resent 0.1.0 form still finds the complaint its first attempt filed
    for (const old of secrets.filter((s) => s.submission_key)) {
      const found = await app.strapi.plugin('complaints').service('intake').findBySubmissionKey(old.submission_key);
      expect(found?.complaint.id).toBe(old.id);
    }

    // a link mailed by 0.1.0 still opens its complaint's status page
    for (const old of secrets.filter((s) => s.tracking_token)) {
      const res = await app.http().post(`/api/complaints/status/${old.reference}`).send({ token: old.tracking_token });
      expect({ reference: old.reference, status: res.status }).toEqual({ reference: old.reference, status: 200 });
    }
    const first = secrets.find((s) => s.tracking_token)!;
    expect((await app.http().post(`/api/complaints/status/${first.reference}`).send({ token: `${first.tracking_token!.slice(0, -2)}xx` })).status).toBe(404);

    // a letter 0.1.0 queued but did not send yet goes out with a link that works
    const upgraded = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { audience: 'complainant' } });
    const withLink = upgraded.filter((l: any) => JSON.stringify(l.context).includes('klachtenformulier/status'));
    expect(withLink.length).toBeGreaterThan(0);
    for (const letter of withLink) expect(JSON.stringify(letter.context)).toContain('token=%E2%80%A6');
  });

  it('0.2.0-persons-complained-about: the one person 0.1.0 kept on a complaint becomes its first person record, the old columns are emptied, and the step leaves an upgraded database as it is', async () => {
    const persons = await rows('plugin::complaints.complaint-person');
    expect(persons.map((p: any) => [p.complaintId, p.position, p.name, p.function, p.userId])).toEqual(
      oldAccused.map((c) => [Number(c.id), 0, c.accused_name ?? '—', c.accused_function, c.accused_user_id === null ? null : Number(c.accused_user_id)]),
    );
    const knex = app.strapi.db.connection;
    const [{ n }] = await knex('complaints_complaints').whereNotNull('accused_name').orWhereNotNull('accused_user_id').count({ n: '*' });
    expect(Number(n)).toBe(0);

    // the step itself, on a row as 0.1.0 wrote it: moved once, and a second run changes nothing
    const step = STEPS.find((s) => s.name === '0.2.0-persons-complained-about')!;
    const target = (await rows('plugin::complaints.complaint')).find((c: any) => !persons.some((p: any) => p.complaintId === c.id));
    const user = await app.strapi.db.query('admin::user').findOne({ where: { email: { $ne: manifest.credentials.superAdmin.email } }, orderBy: { id: 'asc' } });
    await knex('complaints_complaints').where({ id: target.id }).update({ accused_name: 'R. Pieters', accused_function: 'Opzichter', accused_user_id: user.id });
    await knex.transaction((trx) => step.run(trx as any, app.strapi));
    await knex.transaction((trx) => step.run(trx as any, app.strapi));
    const moved = await app.strapi.db.query('plugin::complaints.complaint-person').findMany({ where: { complaintId: target.id } });
    expect(moved.map((p: any) => [p.name, p.function, p.userId])).toEqual([['R. Pieters', 'Opzichter', user.id]]);
    expect(await knex('complaints_complaints').where({ id: target.id }).first('accused_name', 'accused_user_id')).toEqual({ accused_name: null, accused_user_id: null });
    // the dossier shows them
    const dossier = await app.http().get(`/complaints/complaints/${target.id}`).set('Authorization', `Bearer ${token}`);
    expect(dossier.body.data.complaint.persons).toEqual([{ name: 'R. Pieters', function: 'Opzichter', userId: user.id, userName: expect.any(String) }]);
    await app.strapi.db.query('plugin::complaints.complaint-person').deleteMany({ where: { complaintId: target.id } });
  });

  it('0.2.0-hearings-per-side: an old conversation hears both sides where the employee was invited, else the complainant; the unedited invitation becomes the default, the employee\'s own is seeded; an old planned conversation is recorded as before', async () => {
    const hearings = await rows('plugin::complaints.hearing');
    expect(hearings.map((h: any) => [h.id, h.side])).toEqual(oldHearings.map((h) => [Number(h.id), h.accused_invited === true || Number(h.accused_invited) === 1 ? 'both' : 'complainant']));
    const invitations = await app.strapi.db.query('plugin::complaints.letter-template').findMany({ where: { kind: 'hearing_invitation' }, orderBy: [{ audience: 'asc' }, { locale: 'asc' }] });
    expect(invitations.map((t: any) => [t.audience, t.locale])).toEqual([
      ['accused', 'en'],
      ['accused', 'nl'],
      ['complainant', 'en'],
      ['complainant', 'nl'],
    ]);
    for (const t of invitations) expect({ subject: t.subject, body: t.body }).toEqual({ subject: defaultTemplate(t.kind, t.audience, t.locale)!.subject, body: defaultTemplate(t.kind, t.audience, t.locale)!.body });

    // the step itself: a conversation to which the employee was invited hears both; an edited invitation stays
    const knex = app.strapi.db.connection;
    const step = STEPS.find((s) => s.name === '0.2.0-hearings-per-side')!;
    const [first, second] = oldHearings.map((h) => Number(h.id));
    await knex('complaints_hearings').where({ id: first }).update({ side: null, accused_invited: true });
    await knex('complaints_hearings').where({ id: second }).update({ side: null });
    const edited = '<p>Geachte {{ recipient.name }},</p>\n<p>Kom langs op {{ hearing.plannedAt | datumtijd }}.</p>';
    await knex('complaints_letter_templates').where({ kind: 'hearing_invitation', audience: 'complainant', locale: 'nl' }).update({ body: edited });
    const old = INVITATION_BEFORE_SIDES.find((t) => t.locale === 'en')!;
    await knex('complaints_letter_templates').where({ kind: 'hearing_invitation', audience: 'complainant', locale: 'en' }).update({ subject: old.subject, body: old.body });
    await knex.transaction((trx) => step.run(trx as any, app.strapi));
    expect((await knex('complaints_hearings').whereIn('id', [first, second]).orderBy('id').select('side')).map((r: any) => r.side)).toEqual(['both', 'complainant']);
    const after = await app.strapi.db.query('plugin::complaints.letter-template').findMany({ where: { kind: 'hearing_invitation', audience: 'complainant' }, orderBy: { locale: 'asc' } });
    expect(after.map((t: any) => t.body)).toEqual([defaultTemplate('hearing_invitation', 'complainant', 'en')!.body, edited]);
    await knex('complaints_hearings').where({ id: first }).update({ side: 'complainant', accused_invited: false });

    // a complaint 0.1.0 left with its conversation planned: recorded now, hoor en wederhoor is complete
    const planned = hearings.find((h: any) => !h.heldAt && !h.skippedReason && h.plannedAt);
    const complaint = (await rows('plugin::complaints.complaint')).find((c: any) => c.id === planned.complaintId);
    expect(complaint.status).toBe('hearing_planned');
    const recorded = await app.http().post(`/complaints/complaints/${complaint.id}/hearing/record`).set('Authorization', `Bearer ${token}`).send({ minutes: 'Na de upgrade vastgelegd.' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.data.complaint.status).toBe('hearing_held');
    expect(recorded.body.data.hearingSides).toEqual([{ side: 'complainant', state: 'heard' }]);
  });

  it('brings the stored letters that end a phase to the defaults that name the next body (0.2.0-letters-name-the-next-body), keeps an edited one, and seeds the new staff letter', async () => {
    const KINDS = ['not_admissible_notice', 'agreements_letter', 'committee_information', 'closure'];
    const stored = () =>
      // the outcome to the person complained about is new in 0.2.0 (seeded, not upgraded)
      app.strapi.db.query('plugin::complaints.letter-template').findMany({ where: { kind: { $in: [...KINDS, 'staff_handling_expiring', 'staff_not_admissible_notice_due'] }, audience: { $ne: 'accused' } }, orderBy: [{ kind: 'asc' }, { locale: 'asc' }] });
    // 0.1.0 stored all of them as its defaults, nobody edited them: now each is today's default, in both languages
    const upgraded = await stored();
    for (const kind of KINDS) expect(upgraded.filter((t: any) => t.kind === kind).map((t: any) => t.locale)).toEqual(['en', 'nl']);
    for (const template of upgraded) {
      const current = defaultTemplate(template.kind, template.audience, template.locale)!;
      expect({ key: `${template.kind}/${template.locale}`, subject: template.subject, body: template.body }).toEqual({ key: `${template.kind}/${template.locale}`, subject: current.subject, body: current.body });
    }
    // the closure after the committee's ruling no longer sends the complainant to the committee; the term comes from the settings
    const closure = upgraded.find((t: any) => t.kind === 'closure' && t.locale === 'nl');
    expect(closure.body).toContain('{% if complaint.committeeDecided %}');
    expect(upgraded.find((t: any) => t.kind === 'committee_information' && t.locale === 'nl').body).not.toContain('{{ committee.termWeeks }} weken');
    // a kind of letter 0.1.0 did not have is seeded at the start, in both languages
    expect(upgraded.filter((t: any) => t.kind === 'staff_not_admissible_notice_due').map((t: any) => t.locale)).toEqual(['en', 'nl']);
    expect(await app.strapi.db.connection(UPGRADES_TABLE).where({ name: '0.2.0-letters-name-the-next-body' }).count({ n: '*' }).then((r: any[]) => Number(r[0].n))).toBe(1);

    // an editor's version stays as it is; a copy that is still the old default is replaced
    const step = STEPS.find((s) => s.name === '0.2.0-letters-name-the-next-body')!;
    const knex = app.strapi.db.connection;
    const edited = '<p>Geachte {{ recipient.name }},</p>\n<p>Uw klacht {{ complaint.reference }} is afgesloten. Vragen? Bel ons.</p>';
    await knex('complaints_letter_templates').where({ kind: 'closure', audience: 'complainant', locale: 'nl' }).update({ body: edited });
    for (const old of BEFORE_NEXT_BODY_NAMED.filter((t) => t.kind !== 'closure' || t.locale !== 'nl')) {
      await knex('complaints_letter_templates').where({ kind: old.kind, audience: old.audience, locale: old.locale }).update({ subject: old.subject, body: old.body });
    }
    await knex.transaction((trx) => step.run(trx as any, app.strapi));
    const again = await stored();
    expect(again.find((t: any) => t.kind === 'closure' && t.locale === 'nl').body).toBe(edited);
    for (const template of again.filter((t: any) => t.kind !== 'closure' || t.locale !== 'nl')) {
      const current = defaultTemplate(template.kind, template.audience, template.locale)!;
      expect({ key: `${template.kind}/${template.locale}`, subject: template.subject, body: template.body }).toEqual({ key: `${template.kind}/${template.locale}`, subject: current.subject, body: current.body });
    }
  });
});
