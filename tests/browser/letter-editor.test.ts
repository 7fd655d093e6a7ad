/**
 * An editor writes a letter in the visual editor, in a real browser: typing, bold, a link and a placeholder
 * chip, the live preview with sample data, the same text on the HTML tab, saved as Liquid underneath; a
 * template the visual editor cannot hold sends the editor to the HTML tab (issue 19).
 *
 * Locally: `npx strapi build` once, then
 *   ADMIN_BUILD=reuse node --experimental-vm-modules node_modules/jest/bin/jest.js tests/browser/letter-editor --selectProjects sqlite
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAxeFindings, signInToAdmin } from '../helpers/browser';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('letter templates: the visual editor', () => {
  let app: TestApp;
  let fx: Fixtures;
  let browser: Browser;
  let page: Page;

  const admin = (method: 'get' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const template = async (kind: string, locale: string) =>
    (await admin('get', '/letter-templates')).body.data.templates.find((t: any) => t.kind === kind && t.audience === 'complainant' && t.locale === locale);

  beforeAll(async () => {
    app = await startApp({ listen: true, serveAdminPanel: true });
    fx = await createFixtures(app);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20000);
    await signInToAdmin(page, app.url, fx.superAdmin);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('writes a paragraph with bold text, a link and the reference as a chip, previews it and saves it as HTML with Liquid', async () => {
    await page.goto(`${app.url}/admin/settings/complaints/letters`);
    await page.getByRole('heading', { name: 'Briefsjablonen', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Brief' }).click();
    await page.getByRole('option', { name: 'Ontvangstbevestiging · aan de klager', exact: true }).click();

    const editor = page.getByRole('textbox', { name: 'Tekst van de brief' });
    await editor.waitFor();
    // the stored template's data and conditions are chips, not raw Liquid
    await editor.locator('.liquid-output', { hasText: 'complaint.reference' }).first().waitFor();
    await editor.locator('.liquid-block', { hasText: 'if complaint.answer' }).first().waitFor();
    expect(await editor.textContent()).not.toContain('{{');

    // a new paragraph at the start: bold from the toolbar, then text, then the reference from the list
    await editor.locator('p').first().click();
    // ProseMirror takes a caret at the very start within moments of focusing for the browser's own reset,
    // and puts its selection back; a person pressing Ctrl+Home is never that quick
    await page.waitForTimeout(400);
    await page.keyboard.press('Control+Home');
    const bold = page.getByRole('button', { name: 'Vet' });
    await bold.click();
    expect(await bold.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('Belangrijk:');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' wij bellen u binnenkort over ');
    await page.getByRole('button', { name: /Gegevens voor in de brief/ }).click();
    await page.getByRole('button', { name: 'complaint.reference invoegen' }).click();
    await page.keyboard.type('. Zie onze website');
    // the last two words become a link
    for (let i = 0; i < 'onze website'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Link' });
    await dialog.getByLabel('Adres van de link').fill('https://example.org/klachten');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Link instellen' }).click();
    await dialog.waitFor({ state: 'detached' });
    // the cursor is after the link: Enter ends the new paragraph
    await page.keyboard.press('Enter');

    // the preview shows the sample data in place of the chip
    const preview = page.frameLocator('iframe[title]');
    await preview.getByText('Belangrijk: wij bellen u binnenkort over KL-2026-000042. Zie onze website').waitFor();
    expect(await preview.getByRole('link', { name: 'onze website' }).getAttribute('href')).toBe('https://example.org/klachten');
    await page.getByText('niet opgeslagen').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'admin-briefsjabloon-visueel');

    // the HTML tab holds the same text, with the Liquid underneath
    await page.getByRole('tab', { name: 'HTML en Liquid' }).click();
    const written =
      '<p><strong>Belangrijk:</strong> wij bellen u binnenkort over {{ complaint.reference }}. Zie <a href="https://example.org/klachten">onze website</a></p>\n<p>Geachte {{ recipient.name }},</p>';
    expect(await page.getByRole('textbox', { name: 'Tekst van de brief' }).inputValue()).toContain(written);

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het sjabloon is opgeslagen.').waitFor();
    const saved = await template('acknowledgement', 'nl');
    expect(saved.body.startsWith(written)).toBe(true);
    // the rest of the letter is the default as it was, only laid out anew
    expect(saved.body).toContain('{% if complaint.answer %}\n<p>Wij hebben uw klacht bekeken. Dit is onze reactie:</p>');

    // back on the visual tab, the saved text is read again
    await page.getByRole('tab', { name: 'Visueel' }).click();
    const reread = page.getByRole('textbox', { name: 'Tekst van de brief' });
    await reread.locator('strong', { hasText: 'Belangrijk:' }).waitFor();

    // Liquid typed by hand becomes a chip when its closing brace is typed
    const dates = reread.locator('.liquid-output', { hasText: 'complaint.handlingDue | datum' });
    const before = await dates.count();
    await reread.locator('strong', { hasText: 'Belangrijk:' }).click();
    await page.waitForTimeout(400);
    await page.keyboard.press('End');
    await page.keyboard.type(' Uiterlijk {{ complaint.handlingDue | datum }}');
    await dates.nth(before).waitFor();
    await page.getByRole('tab', { name: 'HTML en Liquid' }).click();
    expect(await page.getByRole('textbox', { name: 'Tekst van de brief' }).inputValue()).toContain(
      '<a href="https://example.org/klachten">onze website</a> Uiterlijk {{ complaint.handlingDue | datum }}</p>',
    );
  });

  it('sends a template the visual editor cannot hold to the HTML tab, untouched', async () => {
    const english = await template('closure', 'en');
    // accepted by the server (the sanitiser makes a paragraph of it), but not a document of paragraphs
    const body = 'Dear {{ recipient.name }},<br>\nwe have closed your complaint.';
    expect((await admin('put', `/letter-templates/${english.id}`, { subject: english.subject, body })).status).toBe(200);

    await page.goto(`${app.url}/admin/settings/complaints/letters`);
    await page.getByRole('combobox', { name: 'Brief' }).click();
    await page.getByRole('option', { name: 'Afsluiting · aan de klager', exact: true }).click();
    await page.getByRole('tab', { name: 'Engels' }).click();
    const notice = page.getByText('Deze tekst past niet in de visuele editor');
    await notice.waitFor();
    await page.getByText('Er staat tekst buiten een alinea of lijst: “Dear”.').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Als HTML bewerken' }).click();
    expect(await page.getByRole('textbox', { name: 'Tekst van de brief' }).inputValue()).toBe(body);
    expect((await template('closure', 'en')).body).toBe(body);
  });
});
