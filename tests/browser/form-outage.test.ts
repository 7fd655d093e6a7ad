/**
 * The public form when the database is unavailable, as a complainant meets it in Chromium: another
 * process holds SQLite's write lock for longer than the server waits, the server answers 503, and the
 * form says (in Dutch) to try again later while everything typed stays in place. Once the lock is gone,
 * pressing the same button files the complaint, once: the form sent the same submission key both times.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser';
import { createFixtures } from '../helpers/fixtures';
import { holdWriteLock } from '../helpers/sqlite-lock';
import { startApp, type TestApp } from '../helpers/strapi';

describe('complaint form during a database outage, in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ listen: true });
    await createFixtures(app);
    await app.strapi.plugin('complaints').service('publicForm').update({ minFillSeconds: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('keeps what was typed on a 503, says to try again later, and files one complaint when sent again', async () => {
    const page = await browser.newPage();
    const sent: Array<{ status: number; submissionKey: string }> = [];
    page.on('requestfinished', async (request) => {
      if (!request.url().endsWith('/api/complaints/submissions')) return;
      const response = await request.response();
      sent.push({ status: response?.status() ?? 0, submissionKey: request.postDataJSON().submissionKey });
    });
    await page.goto(`${app.url}/klachtenformulier?locale=nl`);
    const name = page.getByRole('textbox', { name: 'Naam', exact: true });
    await name.waitFor();
    const description = 'De stoep voor ons huis ligt al twee maanden open en er staat geen afzetting omheen.';
    await name.fill('Ingrid Storing');
    await page.getByLabel('E-mailadres', { exact: true }).fill('ingrid@voorbeeld.nl');
    await page.getByLabel(/Waar gaat uw klacht over/).selectOption({ label: 'Dienstverlening' });
    await page.getByLabel(/Beschrijf uw klacht/).fill(description);
    await page.getByLabel(/privacyverklaring/).check();

    const lock = await holdWriteLock(app.db.env.DATABASE_FILENAME);
    try {
      await page.getByRole('button', { name: 'Klacht versturen' }).click();
      await page.getByRole('alert').filter({ hasText: 'kan op dit moment niet worden verstuurd' }).waitFor({ timeout: 30000 });
    } finally {
      await lock.release();
    }
    await screenshot(page, 'form-outage-503');
    expect(sent.map((s) => s.status)).toEqual([503]);
    // everything typed is still there
    expect(await name.inputValue()).toBe('Ingrid Storing');
    expect(await page.getByLabel('E-mailadres', { exact: true }).inputValue()).toBe('ingrid@voorbeeld.nl');
    expect(await page.getByLabel(/Beschrijf uw klacht/).inputValue()).toBe(description);
    expect(await page.getByLabel(/privacyverklaring/).isChecked()).toBe(true);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: 'Ingrid Storing' } })).toBe(0);

    // the database is back: the same button files the complaint
    await page.getByRole('button', { name: 'Klacht versturen' }).click();
    await page.getByRole('heading', { name: 'Wij hebben uw klacht ontvangen' }).waitFor({ timeout: 20000 });
    // the answer's request event may come a moment after the page showed it
    for (let tries = 0; sent.length < 2 && tries < 50; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent[1].status).toBe(201);
    expect(sent[1].submissionKey).toBe(sent[0].submissionKey);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: 'Ingrid Storing' } })).toBe(1);
  });
});
