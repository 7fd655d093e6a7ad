/**
 * The public form as a visitor meets it: a page on another origin embeds <klachten-formulier>; the visitor
 * uses the keyboard only, sees field errors, corrects them, submits and gets a reference; the complaint is
 * stored with its audit event; the status link shows where it stands. A visitor sends a photo with the
 * complaint (scanned by a real clamd) and staff see it in the dossier.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchBrowser, screenshot, seriousAxeFindings, signInToAdmin } from '../helpers/browser';
import { statusLinkSecret, trackingToken } from '../../src/plugins/complaints/server/src/status-link';
import { startClamd, type TestClamd } from '../helpers/clamd';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('embedded complaint form in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let host: http.Server;
  let hostOrigin: string;
  let clamd: TestClamd;
  let fx: Fixtures;

  beforeAll(async () => {
    clamd = await startClamd();
    // The embedding site: another origin (host name and port) than the CMS.
    host = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Voorbeeld</title>
        <style>body{font-family:serif;font-size:12px} input{border:5px dotted hotpink}</style></head>
        <body><h1>Gemeente Voorbeeld</h1><p>Niet tevreden? Laat het ons weten.</p>
        <script src="${process.env.EMBED_CMS_URL}/complaints/form.js" defer></script>
        <klachten-formulier locale="nl" endpoint="${process.env.EMBED_CMS_URL}"></klachten-formulier></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    app = await startApp({ listen: true, serveAdminPanel: true, env: { COMPLAINTS_EMBED_ORIGINS: hostOrigin, COMPLAINTS_CLAMD: clamd.address } });
    process.env.EMBED_CMS_URL = app.url;
    fx = await createFixtures(app);
    await app.strapi.plugin('complaints').service('publicForm').update({ minFillSeconds: 2 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await clamd?.close();
    delete process.env.COMPLAINTS_CLAMD;
    await new Promise((resolve) => host?.close(resolve));
  });

  /** Tab until the focused element has this accessible label (keyboard only, as a visitor would). */
  async function tabTo(page: Page, label: RegExp, max = 40) {
    for (let i = 0; i < max; i += 1) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return '';
        const root = el.getRootNode() as ShadowRoot | Document;
        const id = el.getAttribute('id');
        const label = id ? root.querySelector(`label[for="${id}"]`) : null;
        return (label?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
      });
      if (label.test(name)) return;
    }
    throw new Error(`no focusable element labelled ${label}`);
  }

  it('is filled in with the keyboard only, shows field errors, and accepts the corrected complaint', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(hostOrigin);
    await page.getByRole('heading', { name: 'Klacht indienen' }).waitFor();
    await screenshot(page, 'form-01-empty');

    await tabTo(page, /^Naam/);
    await page.keyboard.type('Henk de Vries', { delay: 25 });
    await tabTo(page, /E-mailadres/);
    await page.keyboard.type('henk@voorbeeld', { delay: 25 });
    await tabTo(page, /Waar gaat uw klacht over/);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /Beschrijf uw klacht/);
    await page.keyboard.type('Kort', { delay: 25 });
    await tabTo(page, /privacyverklaring/);
    await page.keyboard.press('Space');
    await tabTo(page, /Klacht versturen/);
    await page.keyboard.press('Enter');

    const summary = page.getByRole('alert').filter({ hasText: 'Controleer de volgende velden' });
    await summary.waitFor();
    const emailField = page.getByLabel('E-mailadres', { exact: true });
    await page.waitForFunction(() => {
      const form = document.querySelector('klachten-formulier');
      return form?.shadowRoot?.querySelector('[aria-invalid="true"]') !== null;
    });
    expect(await emailField.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'form-02-errors');

    // correct the fields, again with the keyboard only
    await emailField.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('.nl', { delay: 25 });
    const description = page.getByLabel(/Beschrijf uw klacht/);
    await description.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(': de vuilnis is drie weken niet opgehaald, ondanks twee meldingen.', { delay: 25 });
    await tabTo(page, /Klacht versturen/);
    await page.keyboard.press('Enter');

    const confirmation = page.getByRole('heading', { name: 'Wij hebben uw klacht ontvangen' });
    await confirmation.waitFor({ timeout: 20000 }).catch(async (e) => { await screenshot(page, 'debug-form'); console.error(await page.locator('klachten-formulier').evaluate((el) => el.shadowRoot!.textContent)); throw e; });
    const text = await page.locator('klachten-formulier').evaluate((el) => el.shadowRoot!.textContent ?? '');
    const reference = /KL-\d{4}-\d{6}/.exec(text)?.[0];
    expect(reference).toBeTruthy();
    await screenshot(page, 'form-03-confirmation');

    const stored = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } });
    expect(stored).toMatchObject({ complainantName: 'Henk de Vries', complainantEmail: 'henk@voorbeeld.nl', channel: 'online', status: 'received' });
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: stored.id } });
    expect(events.map((e: any) => e.type)).toEqual(['complaint.received']);
    expect(dialogs).toEqual([]);

    // the status link opens the hosted status page on the CMS
    const statusLink = page.getByRole('link', { name: /Volg de behandeling/ });
    const href = await statusLink.getAttribute('href');
    expect(href).toContain(`${app.url}/klachtenformulier/status#ref=${reference}`);
    await page.goto(href as string);
    await page.getByText('Ontvangen', { exact: false }).first().waitFor();
    await screenshot(page, 'form-04-status');
  });

  it('serves the hosted form page with a strict Content-Security-Policy that lets the embedding origin frame it', async () => {
    const res = await fetch(`${app.url}/klachtenformulier`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`frame-ancestors 'self' ${hostOrigin}`);
    expect(res.headers.get('x-frame-options')).toBeNull();

    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && violations.push(msg.text()));
    await page.goto(`${app.url}/klachtenformulier`);
    await page.getByRole('textbox', { name: 'Naam', exact: true }).waitFor();
    expect(violations.filter((v) => /Content Security Policy/i.test(v))).toEqual([]);

    // the script itself: served as JavaScript with the security headers of every response
    const script = await fetch(`${app.url}/complaints/form.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-security-policy')).toBeTruthy();

    const printable = await fetch(`${app.url}/klachtenformulier/afdrukken`);
    const html = await printable.text();
    expect(html).toContain('Beschrijf uw klacht');
    expect(html).toContain('Dienstverlening');
  });

  it('sends a photo with the complaint and a letter later on the status page, answers a question from staff there; staff see it all in the dossier', async () => {
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#5a8' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 5/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '5/1 7/1 0/1' } })
      .toBuffer();
    // editors may link their privacy statement: the form shows the link, and nothing else of the markup
    await app.strapi.plugin('complaints').service('publicForm').update({ texts: { nl: { privacyStatement: 'Lees meer in onze [privacyverklaring](https://www.gemeente-voorbeeld.nl/privacy).' } } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(hostOrigin);
    await page.getByRole('heading', { name: 'Klacht indienen' }).waitFor();
    expect(await page.getByRole('link', { name: 'privacyverklaring' }).getAttribute('href')).toBe('https://www.gemeente-voorbeeld.nl/privacy');
    await page.getByText('Lees meer in onze').waitFor();
    expect(await page.locator('klachten-formulier').evaluate((el) => el.shadowRoot!.textContent ?? '')).not.toContain('](');
    await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Ineke Bos');
    await page.getByLabel('E-mailadres', { exact: true }).fill('ineke@voorbeeld.nl');
    await page.getByLabel(/Waar gaat uw klacht over/).selectOption({ label: 'Dienstverlening' });
    await page.getByLabel(/Beschrijf uw klacht/).fill('Na de lekkage is de schade aan het plafond nooit hersteld; zie de foto.');
    const files = page.getByLabel('Bijlagen (niet verplicht)');
    await files.setInputFiles({ name: 'plafond.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByLabel(/privacyverklaring/).check();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'form-05-attachment');
    await page.waitForTimeout(2100); // the form's minimum fill time
    await page.getByRole('button', { name: 'Klacht versturen' }).click();
    await page.getByRole('heading', { name: 'Wij hebben uw klacht ontvangen' }).waitFor({ timeout: 30000 });
    const text = await page.locator('klachten-formulier').evaluate((el) => el.shadowRoot!.textContent ?? '');
    const reference = /KL-\d{4}-\d{6}/.exec(text)?.[0];
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } });
    const rows = await app.strapi.db.query('plugin::complaints.attachment').findMany({ where: { complaintId: complaint.id } });
    expect(rows.map((r: any) => [r.fileName, r.mimeType, r.scanStatus, r.source])).toEqual([['plafond.jpg', 'image/jpeg', 'clean', 'form']]);

    // later, on the status page: the photo is listed, and a letter from the contractor is added
    await page.getByRole('link', { name: /Volg de behandeling/ }).click();
    const documentsCard = page.getByRole('region', { name: 'Uw documenten' });
    await documentsCard.getByText('plafond.jpg').waitFor();
    await documentsCard.getByLabel('Documenten toevoegen').setInputFiles({ name: 'brief aannemer.txt', mimeType: 'text/plain', buffer: Buffer.from('De aannemer schrijft dat het plafond pas in maart wordt hersteld.\n') });
    await documentsCard.getByRole('button', { name: 'Documenten versturen' }).click();
    await page.getByText('Dank u, wij hebben uw documenten ontvangen.').waitFor();
    await page.getByRole('region', { name: 'Uw documenten' }).getByText('brief aannemer.txt').waitFor();
    await screenshot(page, 'status-documents');
    // axe is injected as a script, which the status page's CSP rightly refuses: checked in a page that lets it in
    const checked = await browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    await checked.goto(page.url());
    await checked.getByRole('region', { name: 'Uw documenten' }).getByText('brief aannemer.txt').waitFor();
    expect(await seriousAxeFindings(checked)).toEqual([]);
    await checked.close();

    const staff = await browser.newPage({ locale: 'nl-NL', viewport: { width: 1440, height: 900 } });
    staff.setDefaultTimeout(20000);
    await signInToAdmin(staff, app.url, fx.superAdmin);
    await staff.goto(`${app.url}/admin/plugins/complaints/complaints/${complaint.id}`);
    const documents = staff.getByRole('region', { name: 'Documenten' });
    await documents.getByRole('listitem').filter({ hasText: 'plafond.jpg' }).waitFor();
    await documents.getByText(/JPEG · \d+ kB · Klachtformulier/).waitFor();
    await documents.getByRole('listitem').filter({ hasText: 'brief aannemer.txt' }).getByText(/TXT · 1 kB · Statuspagina/).waitFor();
    await documents.getByRole('button', { name: 'Bekijken plafond.jpg' }).click();
    const dialog = staff.getByRole('dialog', { name: 'plafond.jpg' });
    const image = dialog.getByRole('img', { name: 'plafond.jpg' });
    await image.waitFor();
    await staff.waitForFunction(() => (document.querySelector('[role="dialog"] img') as HTMLImageElement | null)?.naturalWidth === 320);
    await screenshot(staff, 'dossier-attachment-preview');
    await staff.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await seriousAxeFindings(staff)).toEqual([]);

    // staff ask a question from the dossier; the complainant answers it on the status page with a document
    const questions = staff.getByRole('region', { name: 'Vragen aan de klager' });
    await questions.getByRole('button', { name: 'Vraag stellen' }).click();
    const ask = staff.getByRole('dialog', { name: 'Vraag stellen' });
    await ask.getByRole('textbox', { name: /^Vraag/ }).fill('Wanneer is de lekkage begonnen? Heeft u de factuur van de schilder?');
    expect(await seriousAxeFindings(staff)).toEqual([]);
    await ask.getByRole('button', { name: 'Vraag versturen' }).click();
    await ask.waitFor({ state: 'detached' });
    await questions.getByText('Nog niet beantwoord').waitFor();

    await page.reload();
    const card = page.getByRole('region', { name: 'Een vraag van ons' });
    await card.getByText('Wanneer is de lekkage begonnen?', { exact: false }).waitFor();
    await card.getByLabel('Uw antwoord').fill('Op 2 november. De factuur stuur ik mee.');
    await card.getByLabel('Bijlagen (niet verplicht)').setInputFiles({ name: 'factuur schilder.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n') });
    await card.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Dank u voor uw antwoord.').waitFor();
    await screenshot(page, 'status-question-answered');

    await staff.reload();
    await staff.getByRole('region', { name: 'Vragen aan de klager' }).getByText('Op 2 november. De factuur stuur ik mee.').waitFor();
    await staff.getByRole('region', { name: 'Documenten' }).getByRole('listitem').filter({ hasText: 'factuur schilder.pdf' }).getByText(/Antwoord op een vraag/).waitFor();
    await screenshot(staff, 'dossier-question-answered');

    // the complaint is solved at the acknowledgement; the status page then asks how satisfied the complainant is
    const admin = (path: string, body: object) => app.http().post(`/complaints/complaints/${complaint.id}${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    expect((await admin('/acknowledge', { answer: 'De schilder komt op 10 december.' })).status).toBe(200);
    expect((await admin('/resolve', { agreedHow: 'phone', note: 'Akkoord per telefoon' })).status).toBe(200);
    await page.reload();
    const survey = page.getByRole('region', { name: 'Hoe tevreden bent u?' });
    await survey.getByRole('radio', { name: 'Ja' }).check();
    await survey.getByLabel(/Welk cijfer/).selectOption('8');
    await survey.getByLabel(/Wilt u nog iets toelichten/).fill('Snel geregeld, dank u.');
    await survey.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await page.getByText('Dank u wel voor uw antwoorden.').waitFor();
    await screenshot(page, 'status-survey-answered');
    expect(await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: complaint.id } })).toMatchObject({ surveySatisfied: true, surveyMark: 8, surveyComment: 'Snel geregeld, dank u.' });
    await staff.reload();
    await staff.getByText('Tevreden · Cijfer 8 van 10').waitFor();

    // the same page without JavaScript: number and code typed into the form, the page from the server, axe clean
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${app.url}/klachtenformulier/status`);
    await plain.getByLabel('Nummer van uw klacht').fill(reference!);
    await plain.getByLabel('Code').fill(trackingToken(statusLinkSecret(app.strapi), reference!));
    await plain.getByRole('button', { name: 'Bekijken' }).click();
    await plain.getByRole('heading', { name: 'Voortgang' }).waitFor();
    await plain.getByText('U was tevreden.').waitFor();
    await screenshot(plain, 'status-without-javascript');
    const rendered = await plain.content();
    await plain.close();
    const audited = await browser.newPage();
    await audited.setContent(rendered);
    expect(await seriousAxeFindings(audited)).toEqual([]);
    await audited.close();
  });
});
