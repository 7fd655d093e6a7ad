/**
 * Step 1's mailbox in a real browser: mails from a real IMAP server (Dovecot) show as drafts on the
 * registration page; staff read one, take it over into the form, pick the category and register it; the
 * dossier shows the mail. Another is marked "not a complaint" after a confirmation. Both pages pass axe.
 *
 * Locally: `npx strapi build` once, then
 *   ADMIN_BUILD=reuse node --experimental-vm-modules node_modules/jest/bin/jest.js tests/browser/mail-drafts --selectProjects sqlite
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAxeFindings, signInToAdmin } from '../helpers/browser';
import { startDovecot, type TestMailbox } from '../helpers/dovecot';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const compose = (from: string, subject: string, text: string) => new MailComposer({ from, to: 'klachten@example.nl', subject, text }).compile().build();

describe('registration page: complaints that came by e-mail', () => {
  let app: TestApp;
  let fx: Fixtures;
  let mailbox: TestMailbox;
  let browser: Browser;
  let page: Page;
  let env: Record<string, string>;

  beforeAll(async () => {
    mailbox = await startDovecot();
    env = {
      COMPLAINTS_IMAP_HOST: mailbox.host,
      COMPLAINTS_IMAP_PORT: String(mailbox.port),
      COMPLAINTS_IMAP_SECURE: 'false',
      COMPLAINTS_IMAP_USER: mailbox.user,
      COMPLAINTS_IMAP_PASSWORD: mailbox.password,
    };
    app = await startApp({ listen: true, serveAdminPanel: true, env });
    fx = await createFixtures(app);
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20000);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await mailbox?.close();
    for (const key of Object.keys(env ?? {})) delete process.env[key];
  });

  it('registers a mail in one click after choosing the category, and marks another as not a complaint', async () => {
    mailbox.deliver(await compose('Fatma Öztürk <fatma@example.nl>', 'Klacht over de lift', 'De lift in ons gebouw staat al drie weken stil.'));
    mailbox.deliver(await compose('Nieuwsbrief <nieuws@example.org>', 'Onze aanbiedingen', 'Dit is geen klacht.'));
    const [round] = await app.strapi.plugin('complaints').service('mailIntake').poll();
    expect(round).toMatchObject({ read: 2, recorded: 2 });

    await signInToAdmin(page, app.url, fx.superAdmin);
    await page.goto(`${app.url}/admin/plugins/complaints/register`);
    await page.getByRole('heading', { name: 'Klacht registreren', level: 1 }).waitFor();
    const drafts = page.getByRole('region', { name: /^Binnengekomen per e-mail/ });
    await drafts.getByText('Klacht over de lift').waitFor();
    await drafts.getByText('Onze aanbiedingen').waitFor();
    await screenshot(page, 'admin-stap1-binnengekomen-per-email');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Reading a mail opens it in a dialog.
    await drafts.locator('tr', { hasText: 'Klacht over de lift' }).getByRole('button', { name: 'Lezen' }).click();
    const reading = page.getByRole('dialog');
    await reading.getByText('De lift in ons gebouw staat al drie weken stil.').waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await reading.waitFor({ state: 'detached' });

    // Not a complaint: confirmed in a dialog, then gone from the list.
    await page.getByRole('button', { name: 'E-mail van Nieuwsbrief markeren als geen klacht' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText('Deze e-mail is geen klacht.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Geen klacht', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await drafts.getByText('Onze aanbiedingen').waitFor({ state: 'detached' });
    const dismissed = await app.strapi.db.query('plugin::complaints.incoming-mail').findOne({ where: { subject: 'Onze aanbiedingen' } });
    expect(dismissed).toMatchObject({ state: 'not_a_complaint' });

    // Taking the complaint over fills the form with the sender and the text; focus moves to what was taken over.
    await page.getByRole('button', { name: 'E-mail van Fatma Öztürk overnemen in het formulier' }).click();
    await page.getByText('U registreert de e-mail van Fatma Öztürk', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('register-form-start');
    expect(await page.locator('input[name="complainantName"]').inputValue()).toBe('Fatma Öztürk');
    expect(await page.locator('input[name="complainantEmail"]').inputValue()).toBe('fatma@example.nl');
    expect(await page.locator('textarea[name="description"]').inputValue()).toContain('De lift in ons gebouw staat al drie weken stil.');
    await page.getByRole('combobox', { name: 'Waar gaat de klacht over?' }).click();
    await page.getByRole('option', { name: 'Dienstverlening', exact: true }).click();
    await page.getByRole('combobox', { name: 'Betrokken afdeling' }).click();
    await page.getByRole('option', { name: 'Afdeling A', exact: true }).click();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Klacht registreren' }).last().click();

    await page.waitForURL(/\/admin\/plugins\/complaints\/complaints\/\d+$/);
    const complaintId = Number(page.url().split('/').pop());
    await page.getByText('Per e-mail', { exact: false }).first().waitFor();
    await page.getByRole('heading', { name: 'E-mails' }).waitFor();
    await screenshot(page, 'admin-dossier-klacht-per-email');
    expect(await seriousAxeFindings(page)).toEqual([]);
    const registered = await app.strapi.db.query('plugin::complaints.incoming-mail').findOne({ where: { subject: 'Klacht over de lift' } });
    expect(registered).toMatchObject({ state: 'registered', complaintId });
  });
});
