/**
 * Secrets that stay secret (issue 15, item 3): the complainant's status-link token and the form's
 * submission key are nowhere in the database (not in the complaint, not in the stored copy of a letter);
 * the e-mail to the complainant carries a link that works, with the token in the fragment; the token goes
 * to the API in a POST body, never in a URL an access log writes; staff templates cannot carry the link;
 * the content manager cannot be granted, or used to read, the plugin's types.
 */
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { searchDatabase } from '../helpers/db-search';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { publicSubmission } from '../helpers/submission';
import { statusLinkParams, statusToken } from '../helpers/status-link';
import { startApp, type TestApp } from '../helpers/strapi';

describe('status secrets', () => {
  let app: TestApp;
  let fx: Fixtures;
  let smtp: TestSmtp;
  let ip = 10;

  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const admin = (method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](path).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const submit = (overrides: Record<string, unknown> = {}) =>
    app
      .http()
      .post('/api/complaints/submissions')
      .set('X-Forwarded-For', `192.0.2.${(ip += 1)}`)
      .send(publicSubmission(app, fx, { complainantName: 'Geheim Klager', complainantEmail: 'geheim@example.nl', ...overrides }));
  const lookup = (reference: string, token: string) => app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', `192.0.2.${(ip += 1)}`).send({ token });

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ env: { ...smtp.env, TRUST_PROXY: 'true', COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_POLL_SECONDS: '1', PUBLIC_URL: 'https://www.woningstichting-voorbeeld.nl' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('keeps the token and the submission key out of the database; the receipt e-mail carries a link that opens the status page', async () => {
    const key = `sleutel-${Date.now().toString(36)}-abcdefgh`;
    const res = await submit({ submissionKey: key });
    expect(res.status).toBe(201);
    const { reference, statusUrl } = res.body.data;
    const token = statusToken(statusUrl);
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(new URL(statusUrl).search).toBe('');

    const toComplainant = (m: { to: string; subject: string }) => m.to.includes('geheim@example.nl') && m.subject.includes(reference);
    await smtp.waitFor((mails) => mails.some(toComplainant));
    const mail = smtp.received.find(toComplainant)!;
    const link = mail.html.match(/href="([^"]*klachtenformulier\/status[^"]*)"/)?.[1].replace(/&amp;/g, '&');
    expect(link).toBeDefined();
    expect(statusLinkParams(link!).get('ref')).toBe(reference);
    expect(statusToken(link!)).toBe(token);
    expect(mail.text).toContain(token);

    expect(await searchDatabase(app, [token, key])).toEqual([]);
    // the letter's record (its mark may commit a moment after the SMTP server took the message)
    const { id: complaintId } = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference }, select: ['id'] });
    let letter: any = null;
    for (let i = 0; i < 100 && !letter; i += 1) {
      letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId, audience: 'complainant', status: 'sent' } });
      if (!letter) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(JSON.stringify(letter.blocks)).toContain('token=%E2%80%A6');
    expect(await searchDatabase(app, [token])).toEqual([]);

    const view = await lookup(reference, token);
    expect(view.status).toBe(200);
    expect(view.body.data.reference).toBe(reference);
    // the dossier staff read shows no secret either
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } });
    const dossier = await admin('get', `/complaints/complaints/${complaint.id}`);
    expect(JSON.stringify(dossier.body)).not.toMatch(/trackingToken|submissionKey/);
    expect(JSON.stringify(dossier.body)).not.toContain(token);
  });

  it('takes the token in a POST body only: the old lookup with the token in the query string is gone', async () => {
    const res = await submit();
    const { reference, statusUrl } = res.body.data;
    const token = statusToken(statusUrl);
    const inQuery = await app.http().get(`/api/complaints/status/${reference}?token=${token}`);
    expect([404, 405]).toContain(inQuery.status);
    expect(JSON.stringify(inQuery.body)).not.toContain(reference);
    expect((await lookup(reference, token)).status).toBe(200);
  });

  it('refuses the status link in a template for staff or the person complained about, in Dutch and English', async () => {
    const templates = (await admin('get', '/complaints/letter-templates')).body.data.templates;
    const staff = templates.find((t: any) => t.audience === 'staff' && t.locale === 'nl');
    const res = await admin('put', `/complaints/letter-templates/${staff.id}`, { subject: staff.subject, body: `${staff.body}<p>{{ complaint.statusUrl }}</p>` });
    expect(res.status).toBe(400);
    expect(res.body.error.details.fieldMessages.body).toEqual({
      nl: 'De persoonlijke statuslink ({{ complaint.statusUrl }}) is alleen voor brieven aan de klager.',
      en: 'The personal status link ({{ complaint.statusUrl }}) is for letters to the complainant only.',
    });
    const complainant = templates.find((t: any) => t.audience === 'complainant' && t.kind === 'acknowledgement' && t.locale === 'nl');
    expect((await admin('put', `/complaints/letter-templates/${complainant.id}`, { subject: complainant.subject, body: complainant.body })).status).toBe(200);
  });

  it('gives a staff letter no status link, even from a template that reaches it another way', async () => {
    const res = await submit();
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: res.body.data.reference } });
    const letters = service('letters');
    const recipient = { name: 'Medewerker', email: 'm@example.nl', addressLines: [], locale: 'nl' };
    expect((await letters.context(complaint, recipient, { audience: 'staff' })).complaint.statusUrl).toBeNull();
    expect((await letters.context(complaint, recipient, { audience: 'accused' })).complaint.statusUrl).toBeNull();
    expect((await letters.context(complaint, recipient, { audience: 'complainant' })).complaint.statusUrl).toContain('token=%E2%80%A6');
  });

  it('refuses a content-manager grant on the plugin types, and its routes for them even to the super admin', async () => {
    const role = await admin('post', '/admin/roles', { name: `Lezer ${Date.now()}`, description: 'probeert klachten te lezen' });
    expect(role.status).toBe(201);
    const grant = await admin('put', `/admin/roles/${role.body.data.id}/permissions`, {
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'plugin::complaints.complaint', properties: { fields: ['reference', 'complainantName'] }, conditions: [] }],
    });
    expect(grant.status).toBe(403);
    const stored = await app.strapi.db.query('admin::permission').findMany({ where: { subject: { $startsWith: 'plugin::complaints.' }, role: { id: role.body.data.id } } });
    expect(stored).toEqual([]);

    for (const path of ['/content-manager/collection-types/plugin::complaints.complaint', `/content-manager/collection-types/${encodeURIComponent('plugin::complaints.letter')}`]) {
      const res = await admin('get', path);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(JSON.stringify(res.body)).not.toContain('Geheim Klager');
    }
  });
});
