/**
 * The smaller holes of issue 15 (item 5): assignment only to someone who may handle the complaint's
 * department; staff register only into departments they may see; web addresses in the settings only
 * http(s); a template that fails on a real complaint's data fails its letters at once, visibly, in the
 * dossier and on the template page; a category key typed as words is saved as one.
 */
import { createAdminUser, loginAdmin } from '../helpers/admin';
import { createFixtures, registration, roleId, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('smaller holes', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerAToken: string;

  const as = (token: string) => (method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${token}`);
    return method === 'get' ? req : req.send(body);
  };
  const admin = (method: 'get' | 'post' | 'put', path: string, body: object = {}) => as(fx.superAdmin.token)(method, path, body);
  const complaintCount = () => app.strapi.db.query('plugin::complaints.complaint').count();

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    handlerAToken = await loginAdmin(app, fx.handlerA);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('assigning a handler', () => {
    let complaintId: number;

    beforeAll(async () => {
      const res = await admin('post', '/complaints', registration(fx, { departmentId: fx.departments.a }));
      expect(res.status).toBe(201);
      complaintId = res.body.data.id;
    });

    const handlerOf = async () => (await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: complaintId } })).handlerId;

    it('refuses a user without any complaint permission (an editor), with a message in Dutch and English', async () => {
      const editor = await createAdminUser(app, [await roleId(app, 'complaints-editor')], { firstname: 'Redacteur' });
      const res = await admin('post', `/complaints/${complaintId}/assign`, { handlerId: editor.id });
      expect(res.status).toBe(400);
      expect(res.body.error.details.fieldMessages.handlerId).toEqual({
        nl: 'Kies een medewerker die klachten van deze afdeling mag behandelen.',
        en: 'Choose a staff member who may handle complaints of this department.',
      });
      expect(await handlerOf()).toBeNull();
    });

    it("refuses a handler of another department, and changes nothing in the dossier", async () => {
      const res = await admin('post', `/complaints/${complaintId}/assign`, { handlerId: fx.handlerB.id });
      expect(res.status).toBe(400);
      expect(res.body.error.details.fieldErrors).toHaveProperty('handlerId');
      expect(await handlerOf()).toBeNull();
      const timeline = (await admin('get', `/complaints/${complaintId}`)).body.data.timeline;
      expect(timeline.map((e: any) => e.type)).not.toContain('complaint.handler_assigned');
    });

    it("assigns a handler of the complaint's department, or someone who handles all departments", async () => {
      expect((await admin('post', `/complaints/${complaintId}/assign`, { handlerId: fx.handlerA.id })).status).toBe(200);
      expect(await handlerOf()).toBe(fx.handlerA.id);
      expect((await admin('post', `/complaints/${complaintId}/assign`, { handlerId: fx.coordinator.id })).status).toBe(200);
      expect(await handlerOf()).toBe(fx.coordinator.id);
    });
  });

  describe('registering a complaint as staff', () => {
    it('refuses a department the user may not see, in Dutch and English, and files nothing', async () => {
      const before = await complaintCount();
      const res = await as(handlerAToken)('post', '/complaints', registration(fx, { departmentId: fx.departments.b }));
      expect(res.status).toBe(400);
      expect(res.body.error.details.fieldMessages.departmentId).toEqual({
        nl: 'Kies een afdeling waarvan u de klachten mag inzien.',
        en: 'Choose a department whose complaints you may see.',
      });
      expect(await complaintCount()).toBe(before);
    });

    it("registers into the user's own department, and without a department (the procedure routes it)", async () => {
      expect((await as(handlerAToken)('post', '/complaints', registration(fx, { departmentId: fx.departments.a }))).status).toBe(201);
      expect((await as(handlerAToken)('post', '/complaints', registration(fx, { departmentId: null }))).status).toBe(201);
      // who handles all departments registers anywhere
      expect((await admin('post', '/complaints', registration(fx, { departmentId: fx.departments.b }))).status).toBe(201);
    });
  });

  describe('web addresses in the settings', () => {
    it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'www.example.nl', 'https://'])(
      'refuses committeeWebsite %p with a message in Dutch and English',
      async (committeeWebsite) => {
        const res = await admin('put', '/settings/procedure', { committeeWebsite });
        expect(res.status).toBe(400);
        expect(res.body.error.details.fieldMessages.committeeWebsite).toEqual({
          nl: 'Vul een webadres in dat begint met https:// of http://.',
          en: 'Enter a web address that starts with https:// or http://.',
        });
      },
    );

    it('keeps an http(s) address, or none', async () => {
      for (const committeeWebsite of ['https://www.geschillencommissie.nl/klachten?regio=west', 'http://commissie.example.nl', '']) {
        const res = await admin('put', '/settings/procedure', { committeeWebsite });
        expect(res.status).toBe(200);
      }
      const stored = await app.strapi.plugin('complaints').service('settings').get();
      expect(stored.committeeWebsite).not.toMatch(/^javascript:/i);
    });
  });

  describe('a category key', () => {
    it('is made from what the editor types: one hyphen between words, accents dropped, none at the ends', async () => {
      const res = await admin('post', '/categories', { key: 'Reparaties & onderhoud ', nameNl: 'Reparaties en onderhoud', nameEn: 'Repairs and maintenance', suggestsBehaviour: false, active: true, sortOrder: 90 });
      expect(res.status).toBe(201);
      expect(res.body.data.key).toBe('reparaties-onderhoud');
      const accents = await admin('post', '/categories', { key: 'Privé—gegevens', nameNl: 'Privégegevens', nameEn: 'Personal data', suggestsBehaviour: false, active: true, sortOrder: 91 });
      expect(accents.body.data.key).toBe('prive-gegevens');
      const empty = await admin('post', '/categories', { key: ' & ', nameNl: 'Leeg', nameEn: 'Empty', suggestsBehaviour: false, active: true, sortOrder: 92 });
      expect(empty.status).toBe(400);
      expect(Object.keys(empty.body.error.details.fieldErrors)).toEqual(['key']);
    });
  });

  describe('a closed day', () => {
    it('is refused on a weekend day or a public holiday, with the reason, and taken on a working day', async () => {
      const sunday = await admin('post', '/settings/closed-days', { date: '2027-06-13', name: 'Zondag', kind: 'organisation' });
      expect(sunday.status).toBe(400);
      expect(sunday.body.error.details.fieldErrors.date).toMatch(/zaterdag of zondag/);
      const kingsDay = await admin('post', '/settings/closed-days', { date: '2027-04-27', name: 'Koningsdag', kind: 'organisation' });
      expect(kingsDay.status).toBe(400);
      expect(kingsDay.body.error.details.fieldErrors.date).toMatch(/Koningsdag/);
      const bridge = await admin('post', '/settings/closed-days', { date: '2027-04-26', name: 'Brugdag', kind: 'organisation' });
      expect(bridge.status).toBe(201);
      const calendar = await app.strapi.plugin('complaints').service('settings').calendar();
      expect(calendar.dayOffReason('2027-04-26')).toBe('gesloten');
    });
  });

  describe('a template that fails only on real data', () => {
    // Passes the save-time check (the sample complaint is KL-2026-000042) and runs out of memory on any
    // other complaint: the kind of bomb that hides behind a condition on real data.
    const BOMB =
      "<p>Geachte {{ complainant.name }},</p>{% if complaint.reference != 'KL-2026-000042' %}{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}{{ s }}{% endif %}<p>Met vriendelijke groet</p>";

    it('marks its letter failed at once with the template error in the dossier, and warns editors on the template page', async () => {
      const templates = (await admin('get', '/letter-templates')).body.data.templates;
      const template = templates.find((t: any) => t.kind === 'acknowledgement' && t.audience === 'complainant' && t.locale === 'nl');
      expect(template.failedLetters ?? null).toBeNull();
      const saved = await admin('put', `/letter-templates/${template.id}`, { subject: template.subject, body: BOMB });
      expect(saved.status).toBe(200);

      // a postal complainant: the acknowledgement is composed without any mail server
      const registered = await admin('post', '/complaints', registration(fx, { complainantEmail: null }));
      expect(registered.status).toBe(201);
      const id = registered.body.data.id;
      expect((await admin('post', `/complaints/${id}/acknowledge`, { answer: 'Wij bellen u deze week.' })).status).toBe(200);
      await app.strapi.plugin('complaints').service('outbox').drain();

      const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'acknowledgement' } });
      expect(letter).toMatchObject({ status: 'failed', channel: 'post', attempts: 1 });
      expect(letter.lastError).toMatch(/^Sjabloonfout \/ template error: .*memory/);

      const dossier = (await admin('get', `/complaints/${id}`)).body.data;
      const failed = dossier.timeline.find((e: any) => e.type === 'letter.failed');
      expect(failed).toBeDefined();
      expect(JSON.stringify(failed)).toContain('memory');
      expect(dossier.letters.find((l: any) => l.kind === 'acknowledgement')).toMatchObject({ status: 'failed', lastError: letter.lastError });

      const after = (await admin('get', '/letter-templates')).body.data.templates;
      expect(after.find((t: any) => t.id === template.id).failedLetters).toEqual({ count: 1, lastError: expect.stringContaining('memory') });
      expect(after.filter((t: any) => t.failedLetters)).toHaveLength(1);

      // once the template is corrected and the letter sent again, the warning is gone
      expect((await admin('post', `/letter-templates/${template.id}/reset`)).status).toBe(200);
      expect((await admin('post', `/letters/${letter.id}/retry`)).status).toBe(200);
      await app.strapi.plugin('complaints').service('outbox').drain();
      expect((await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { id: letter.id } })).status).toBe('to_print');
      expect((await admin('get', '/letter-templates')).body.data.templates.find((t: any) => t.id === template.id).failedLetters).toBeNull();
    });
  });
});
