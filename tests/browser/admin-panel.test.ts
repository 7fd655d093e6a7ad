/**
 * The built admin panel (built by the suite's global setup) serves the login page, and after signing in
 * the menu holds the "Klachten" entry that opens the plugin's page.
 */
import { Browser } from 'playwright-core';
import { createSuperAdmin } from '../helpers/admin';
import { launchBrowser, screenshot } from '../helpers/browser';
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
    await page.goto(`${app.url}/admin/auth/login`);
    await page.getByLabel(/e-?mail/i).fill(admin.email);
    await page.getByLabel(/wachtwoord|password/i).fill(admin.password);
    await page.getByRole('button', { name: /inloggen|login/i }).click();

    const menuLink = page.getByRole('link', { name: 'Klachten' });
    await menuLink.waitFor({ timeout: 60000 });
    await menuLink.click();
    await page.getByRole('heading', { name: 'Klachten', level: 1 }).waitFor();
    expect(page.url()).toContain('/admin/plugins/complaints');
    await screenshot(page, 'admin-klachten-landing');
  });
});
