/**
 * The built admin panel (built by the suite's global setup) serves the login page, and after signing in
 * the menu holds the "Klachten" entry that opens the plugin's page.
 */
import { Browser } from 'playwright-core';
import { createAdminUser, createSuperAdmin } from '../helpers/admin';
import { launchBrowser, screenshot, signInToAdmin } from '../helpers/browser';
import { startApp, TestApp } from '../helpers/strapi';

describe('admin panel: the Klachten menu entry', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ listen: true, serveAdminPanel: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs in and opens the Klachten page from the menu', async () => {
    const admin = await createSuperAdmin(app, { email: 'beheer@test.local' });
    const page = await browser.newPage({ locale: 'nl-NL' });
    await signInToAdmin(page, app.url, admin);
    await page.getByRole('link', { name: 'Klachten', exact: true }).click();
    await page.getByRole('heading', { name: 'Klachten', level: 1 }).waitFor();
    expect(page.url()).toContain('/admin/plugins/complaints');
    await screenshot(page, 'admin-klachten-landing');
  });

  it('opens the annual report for a user who may only read the report, without the procedure pages', async () => {
    const role = await app.strapi.service('admin::role').create({ name: 'Alleen jaarverslag', code: 'complaints-report-only', description: 'test' });
    await app.strapi.service('admin::role').assignPermissions(role.id, [{ action: 'plugin::complaints.reports.read', subject: null, conditions: [], properties: {} }]);
    const reader = await createAdminUser(app, [role.id], { email: 'raad@test.local' });
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const forbidden: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/complaints/') && response.status() === 403) forbidden.push(response.url());
    });
    await signInToAdmin(page, app.url, reader);
    await page.getByRole('link', { name: 'Klachten', exact: true }).click();
    await page.getByRole('heading', { name: 'Jaarverslag klachten', level: 1 }).waitFor();
    expect(page.url()).toContain('/admin/plugins/complaints/report');
    const nav = page.getByRole('navigation', { name: /klachten/i });
    await expect(nav.getByRole('link', { name: 'Jaarverslag' }).count()).resolves.toBe(1);
    await expect(nav.getByRole('link', { name: 'Overzicht' }).count()).resolves.toBe(0);
    await expect(nav.getByRole('link', { name: 'Alle klachten' }).count()).resolves.toBe(0);
    // the page asked only for what this user may see
    expect(forbidden).toEqual([]);
    await screenshot(page, 'admin-report-only');
    await context.close();
  });
});
