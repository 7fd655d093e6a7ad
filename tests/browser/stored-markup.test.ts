/**
 * Stored markup: a complaint whose every free-text field holds XSS payloads is shown in the admin dossier
 * and on the complainant's status page in Chromium without a dialog firing or a script running; its letters
 * escape the HTML part and print the text in the PDF; the exports carry it as data. In the admin panel the
 * dossier, the step lists (2, 4 and 5, with hostile complaints waiting there) and the agreements dialog
 * show the payloads as text.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToAdmin } from '../helpers/browser';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const PAYLOADS = [
  '<script>window.__pwned=1;alert("script")</script>',
  '<img src=x onerror="window.__pwned=2;alert(\'img\')">',
  '"><svg onload=alert("svg")>',
  '<a href="javascript:alert(\'link\')">klik</a>',
  '{{ 7*7 }} ${alert("template")}',
];
const payload = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} veld${i}`;

describe('stored markup is shown as text everywhere', () => {
  let app: TestApp;
  let fx: Fixtures;
  let browser: Browser;
  let complaintId: number;
  let reference: string;
  let statusUrl: string;

  const admin = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);

  /** Opens a page and fails on any dialog or any sign a payload ran. */
  async function visitSafely(url: string, prepare?: (page: Page) => Promise<void>) {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    if (prepare) await prepare(page);
    await page.goto(url);
    return { page, dialogs };
  }

  beforeAll(async () => {
    app = await startApp({ listen: true, serveAdminPanel: true, env: { PUBLIC_URL: '' } });
    fx = await createFixtures(app);
    browser = await launchBrowser();
    let i = 0;
    const form = app.strapi.plugin('complaints').service('publicForm');
    const res = await app
      .http()
      .post('/api/complaints/submissions')
      .send({
        complainantName: payload(i++),
        complainantEmail: 'xss@example.nl',
        complainantAddress: payload(i++),
        complainantPostalCode: '1234 AB',
        complainantCity: payload(i++),
        complainantClientNumber: payload(i++).slice(0, 50),
        categoryId: fx.categories.service,
        aboutEmployeeBehaviour: true,
        accusedName: payload(i++),
        accusedFunction: payload(i++),
        description: payload(i++),
        desiredOutcome: payload(i++),
        privacyConsent: true,
        website: '',
        formToken: form.issueToken(new Date(Date.now() - 10_000)),
      });
    expect(res.status).toBe(201);
    reference = res.body.data.reference;
    statusUrl = res.body.data.statusUrl;
    complaintId = (await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } })).id;
    await admin(`/complaints/${complaintId}/assign`, { handlerId: fx.managerA.id });
    await admin(`/complaints/${complaintId}/acknowledge`, { answer: payload(i++) });
    await admin(`/complaints/${complaintId}/hearing/plan`, { plannedAt: new Date(Date.now() + 86400_000).toISOString(), mode: 'office', location: payload(i++), attendees: payload(i++), accusedInvited: true });
    await admin(`/complaints/${complaintId}/hearing/record`, { minutes: payload(i++), proposedSolution: payload(i++) });
    const due = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
    const outcome = await admin(`/complaints/${complaintId}/outcome`, { judgement: 'partly_founded', findings: payload(i++), conclusions: payload(i++), agreements: [{ description: payload(i++), ownerDepartmentId: fx.departments.a, dueDate: due }] });
    expect(outcome.status).toBe(200);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('on the complainant’s status page', async () => {
    const path = new URL(statusUrl).pathname + new URL(statusUrl).hash;
    const { page, dialogs } = await visitSafely(`${app.url}${path}`);
    await page.locator('klachten-status').getByText(PAYLOADS[(14 % PAYLOADS.length)].slice(0, 10), { exact: false }).first().waitFor();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await screenshot(page, 'xss-status-page');
  });

  it('in the letters: escaped in the HTML part, literal in the text and the PDF', async () => {
    await app.strapi.plugin('complaints').service('outbox').drain().catch(() => undefined); // SMTP is not configured: renders post letters only
    const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId } });
    expect(letters.length).toBeGreaterThan(2);
    // render every complainant letter as the worker would
    const { renderLetter } = require('../../src/plugins/complaints/server/src/letters/render');
    const templates = app.strapi.plugin('complaints').service('letterTemplates');
    for (const letter of letters) {
      const rendered = renderLetter(await templates.get(letter.kind, letter.audience, letter.locale), letter.context);
      // no real tag or attribute from the data: only the escaped text (&lt;script&gt; …) may appear
      expect(rendered.html).not.toMatch(/<(script|img|svg)\b|<[^>]*\son\w+\s*=|href="javascript:/i);
      if (letter.audience === 'complainant') expect(rendered.text).toContain(payload(0));
      if (letter.kind === 'agreements_letter') {
        expect(rendered.text).toContain(payload(14));
        const { renderLetterPdf } = require('../../src/plugins/complaints/server/src/letters/pdf');
        const pdf = await renderLetterPdf({ locale: 'nl', organisation: { name: 'Org', addressLines: [] }, recipient: { name: payload(0), addressLines: [] }, date: new Date(), reference, subject: rendered.subject, blocks: rendered.blocks, signature: { name: 'X', role: 'Y' } });
        const { extractText, getDocumentProxy } = await import('unpdf');
        const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
        expect(text.replace(/\s+/g, ' ')).toContain('<script>window.__pwned=1;alert("script")</script> veld0');
        expect(text.replace(/\s+/g, ' ')).toContain(payload(14));
      }
    }
  });

  it('in the exports: JSON data, not markup', async () => {
    const res = await app.http().get('/complaints/privacy/export?email=xss@example.nl').set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.data.complaints[0].description).toBe(payload(6));
  });

  it('in the admin panel: the dossier and the step lists show the payloads as text', async () => {
    // Hostile complaints waiting on page 2 (acknowledgement) and page 4 (outcome); the first one is on page 5.
    const atStep2 = await admin('/complaints', registration(fx, { complainantName: payload(1), complainantEmail: 'xss2@example.nl', description: payload(2) }));
    expect(atStep2.status).toBe(201);
    const atStep4 = await admin('/complaints', registration(fx, { complainantName: payload(2), complainantEmail: 'xss4@example.nl', description: payload(3) }));
    expect(atStep4.status).toBe(201);
    await admin(`/complaints/${atStep4.body.data.id}/acknowledge`, { answer: payload(4) });
    expect((await admin(`/complaints/${atStep4.body.data.id}/hearing/skip`, { reason: 'clearly_unfounded', note: payload(0) })).status).toBe(200);

    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInToAdmin(page, app.url, fx.superAdmin);

    /** Nothing ran, no markup of the payloads became an element, and the text is there to read. */
    const assertInert = async (shot: string) => {
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
      expect(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"], main script:not([src])').count()).toBe(0);
      await screenshot(page, shot);
    };

    await page.goto(`${app.url}/admin/plugins/complaints/complaints/${complaintId}`);
    await page.getByRole('heading', { level: 1, name: `Klacht ${reference}` }).waitFor();
    const details = page.getByRole('region', { name: 'Klacht en klager', exact: true });
    await details.getByText(payload(0), { exact: true }).waitFor();
    await details.getByText(payload(6), { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Besluiten', exact: true }).getByText(payload(13), { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Hoor en wederhoor', exact: true }).getByText(payload(11), { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Afspraken', exact: true }).getByText(payload(15), { exact: true }).waitFor();
    await assertInert('xss-admin-dossier');

    await page.goto(`${app.url}/admin/plugins/complaints/acknowledgement`);
    await page.getByRole('heading', { level: 1, name: 'Ontvangstbevestiging' }).waitFor();
    await page.getByRole('row').filter({ hasText: payload(1) }).getByText(payload(1), { exact: true }).waitFor();
    await assertInert('xss-admin-stap2');

    await page.goto(`${app.url}/admin/plugins/complaints/outcome`);
    await page.getByRole('heading', { level: 1, name: 'Vervolg: oordeel en afspraken' }).waitFor();
    await page.getByRole('row').filter({ hasText: payload(2) }).getByText(payload(2), { exact: true }).waitFor();
    await assertInert('xss-admin-stap4');

    await page.goto(`${app.url}/admin/plugins/complaints/agreements`);
    await page.getByRole('heading', { level: 1, name: 'Nakomen van de afspraken' }).waitFor();
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.getByText(payload(0), { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Afspraken afvinken' }).click();
    await page.getByRole('dialog', { name: `Afspraken van klacht ${reference}` }).getByText(payload(15), { exact: true }).waitFor();
    await assertInert('xss-admin-stap5');
    await context.close();
  });
});
