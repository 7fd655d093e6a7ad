/**
 * A template that passes the save-time check on sample data but fails on a real complaint's data: its
 * letter is failed by the outbox, and the editor sees a warning with the template error on the template
 * settings page, in a real browser (issue 15, item 5).
 *
 * Locally: `npx strapi build` once, then
 *   ADMIN_BUILD=reuse node --experimental-vm-modules node_modules/jest/bin/jest.js tests/browser/template-warning --selectProjects sqlite
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signInToAdmin } from '../helpers/browser';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const BOMB =
  "<p>Geachte {{ complainant.name }},</p>{% if complaint.reference != 'KL-2026-000042' %}{% assign s = 'xxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}{{ s }}{% endif %}<p>Met vriendelijke groet</p>";

describe('template settings page: a warning when letters failed on the template', () => {
  let app: TestApp;
  let fx: Fixtures;
  let browser: Browser;
  let page: Page;

  const admin = (method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };

  beforeAll(async () => {
    app = await startApp({ listen: true, serveAdminPanel: true });
    fx = await createFixtures(app);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20000);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the failed letters and the template error on the template they failed on, not on the others', async () => {
    const templates = (await admin('get', '/letter-templates')).body.data.templates;
    const template = templates.find((t: any) => t.kind === 'acknowledgement' && t.audience === 'complainant' && t.locale === 'nl');
    expect((await admin('put', `/letter-templates/${template.id}`, { subject: template.subject, body: BOMB })).status).toBe(200);
    const { id } = (await admin('post', '/complaints', registration(fx, { complainantEmail: null }))).body.data;
    expect((await admin('post', `/complaints/${id}/acknowledge`, {})).status).toBe(200);
    await app.strapi.plugin('complaints').service('outbox').drain();

    await signInToAdmin(page, app.url, fx.superAdmin);
    await page.goto(`${app.url}/admin/settings/complaints/letters`);
    await page.getByRole('heading', { name: 'Briefsjablonen', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Brief' }).click();
    await page.getByRole('option', { name: 'Ontvangstbevestiging · aan de klager (brieven mislukt)', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Brieven mislukt door dit sjabloon' });
    await alert.waitFor();
    await alert.getByText('Eén brief kon niet worden opgesteld', { exact: false }).waitFor();
    await alert.getByText('memory alloc limit exceeded', { exact: false }).waitFor();
    await screenshot(page, 'admin-briefsjabloon-mislukte-brieven');

    // the English template of the same letter has no failed letters
    await page.getByRole('tab', { name: 'Engels' }).click();
    await alert.waitFor({ state: 'detached' });
  });
});
