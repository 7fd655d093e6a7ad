/**
 * The admin panel, page by page, in a real browser: a super admin registers a complaint that came by post
 * (page 1) and takes it through all six steps to an eligible dispute using the step pages and the dossier,
 * then checks the dossier's timeline; reads the annual report, exports everything held on the complainant
 * (PDF and JSON) and erases the complaint's personal data from its dossier. Every page is saved as a
 * screenshot in tests/artifacts/.
 *
 * Locally: `npx strapi build` once, then
 *   ADMIN_BUILD=reuse node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects sqlite -- tests/browser/admin-procedure
 */
import fs from 'fs';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, seriousAxeFindings, signInToAdmin } from '../helpers/browser';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, TestApp } from '../helpers/strapi';

/** yyyy-MM-dd and yyyy-MM-ddTHH:mm in the browser's (and this machine's) zone, `days` from today. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('admin panel: one complaint through the six steps of the procedure', () => {
  let app: TestApp;
  let fx: Fixtures;
  let browser: Browser;
  let page: Page;

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

  /** A plugin page from the side navigation, once its heading shows. */
  async function openFromNav(link: RegExp, heading: string) {
    await page.getByRole('navigation', { name: 'Navigatie klachtenprocedure' }).getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  /** Opens an action's dialog from `scope`, lets `fill` fill it in, submits, and waits until it closed. */
  async function runAction(scope: Locator, button: string, fill: (dialog: Locator) => Promise<void> = async () => undefined, shot?: string) {
    await scope.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await fill(dialog);
    if (shot) await screenshot(page, shot);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async function letterId(complaintId: number, kind: string): Promise<number> {
    const row = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId, kind } });
    return row.id;
  }

  async function choose(scope: Locator | Page, combobox: string, option: string) {
    await scope.getByRole('combobox', { name: combobox }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('registers a post complaint and takes it to an eligible dispute, audited step by step', async () => {
    // Sign in (the admin's language is Dutch) and open the plugin from the main menu.
    await signInToAdmin(page, app.url, fx.superAdmin);
    await page.getByRole('link', { name: 'Klachten', exact: true }).click();
    await page.getByRole('heading', { name: 'Klachtenoverzicht', level: 1 }).waitFor();
    // Strapi's own announcement banner would cover the top of every screenshot.
    const banner = page.getByRole('button', { name: /^Close the banner/ });
    await banner.waitFor({ timeout: 5000 }).then(
      () => banner.click(),
      () => undefined,
    );
    await page.mouse.move(1200, 880);
    // a card's spoken name is its visible text (count and label), so speech input finds it by what it shows
    await page.getByRole('link', { name: /^0\s*Ontvangstbevestigingen te laat/ }).waitFor();
    await screenshot(page, 'admin-01-overzicht');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Step 1: register the letter that came by post.
    await openFromNav(/^1 Indienen/, 'Klacht registreren');
    await page.locator('input[name="complainantName"]').fill('Jan de Boer');
    await page.locator('input[name="complainantAddress"]').fill('Dorpsstraat 1');
    await page.locator('input[name="complainantPostalCode"]').fill('12345');
    await page.locator('input[name="complainantCity"]').fill('Amsterdam');
    await page.locator('input[name="complainantClientNumber"]').fill('K-40417');
    await choose(page, 'Waar gaat de klacht over?', 'Dienstverlening');
    await choose(page, 'Betrokken afdeling', 'Afdeling A');
    await page.locator('textarea[name="description"]').fill('De reparatie van de kraan is drie keer afgezegd zonder bericht.');
    expect(await page.getByRole('link', { name: 'Leeg formulier afdrukken' }).getAttribute('href')).toBe(`${app.url}/klachtenformulier/afdrukken`);
    // The server's message for a field shows next to that field.
    await page.getByRole('button', { name: 'Klacht registreren' }).last().click();
    await page.getByText('Vul een Nederlandse postcode in, zoals 1234 AB.').waitFor();
    await page.locator('input[name="complainantPostalCode"]').fill('1234ab');
    await screenshot(page, 'admin-02-stap1-registreren');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Klacht registreren' }).last().click();

    await page.waitForURL(/\/admin\/plugins\/complaints\/complaints\/\d+$/);
    const heading = await page.getByRole('heading', { level: 1, name: /^Klacht KL-\d{4}-\d{6}$/ }).textContent();
    const reference = heading!.replace('Klacht ', '').trim();
    const complaintId = Number(page.url().split('/').pop());
    await page.getByText('Per post', { exact: false }).first().waitFor();
    await screenshot(page, 'admin-03-dossier-ontvangen');

    // A phone number added in the dossier: the timeline shows before and after, and why.
    await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
    const correction = page.getByRole('dialog');
    await correction.locator('input[name="correct-complainantPhone"]').fill('06 12345678');
    await correction.locator('textarea[name="correct-reason"]').fill('De klager belde en gaf een telefoonnummer door.');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await correction.getByRole('button', { name: 'Correctie opslaan' }).click();
    await correction.waitFor({ state: 'detached' });
    await page.getByTestId('timeline').getByText('Telefoonnummer: — → +31612345678').waitFor();
    await page.getByTestId('timeline').getByText('De klager belde en gaf een telefoonnummer door.').waitFor();

    // An internal note for the department manager: in the timeline with whom it told, and an e-mail to them.
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    const noteDialog = page.getByRole('dialog');
    await noteDialog.locator('textarea[name="text"]').fill('Monteur zegt dat het onderdeel pas volgende week binnen is.');
    await noteDialog.getByRole('combobox', { name: 'Collega’s attenderen' }).click();
    await page.getByRole('option', { name: 'Manager A', exact: true }).click();
    await page.keyboard.press('Escape');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await noteDialog.getByRole('button', { name: 'Notitie opslaan' }).click();
    await noteDialog.waitFor({ state: 'detached' });
    await page.getByTestId('timeline').getByText('Monteur zegt dat het onderdeel pas volgende week binnen is.').waitFor();
    await page.getByTestId('timeline').getByText('Geattendeerd: Manager A').waitFor();
    expect(await app.strapi.db.query('plugin::complaints.letter').count({ where: { complaintId, kind: 'staff_mentioned' } })).toBe(1);

    // Step 2: acknowledge from the queue, inviting the complainant for a conversation.
    await openFromNav(/^2 Ontvangstbevestiging/, 'Ontvangstbevestiging');
    const ackRow = page.locator(`tr[data-reference="${reference}"]`);
    await ackRow.waitFor();
    await expect(ackRow.locator('[data-tone]').first().getAttribute('data-tone')).resolves.toBe('success');
    await screenshot(page, 'admin-04-stap2-ontvangstbevestiging');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await runAction(
      ackRow,
      'Ontvangst bevestigen',
      async (dialog) => {
        await dialog.getByRole('checkbox', { name: 'Klager uitnodigen voor een gesprek' }).click();
      },
      'admin-05-stap2-bevestigen-dialoog',
    );
    await ackRow.waitFor({ state: 'detached' });

    // Step 3: plan the conversation, then record it with its report.
    await openFromNav(/^3 Hoor en wederhoor/, 'Hoor en wederhoor');
    const hearingRow = page.locator(`tr[data-reference="${reference}"]`);
    await runAction(
      hearingRow,
      'Gesprek plannen',
      async (dialog) => {
        // A refusal of the procedure (409) is explained in the dialog, which stays open to correct it.
        await dialog.locator('input[name="plannedAt"]').fill(`${localDate(-1)}T10:00`);
        await dialog.getByRole('button', { name: 'Gesprek plannen', exact: true }).click();
        await dialog.getByText('Een gesprek plan je in de toekomst.').waitFor();
        await dialog.locator('input[name="plannedAt"]').fill(`${localDate(2)}T10:00`);
        await dialog.locator('input[name="location"]').fill('Stationsplein 1, Amsterdam');
        await dialog.locator('textarea[name="attendees"]').fill('S. Jansen (klachtbehandelaar)');
      },
      'admin-06-stap3-gesprek-plannen',
    );
    await hearingRow.getByRole('button', { name: 'Gesprek vastleggen' }).waitFor();
    await screenshot(page, 'admin-07-stap3-hoor-en-wederhoor');
    // Planning again starts from what was planned: moving the day does not wipe the place.
    await hearingRow.getByRole('button', { name: 'Opnieuw plannen' }).click();
    const replan = page.getByRole('dialog');
    await expect(replan.locator('input[name="location"]').inputValue()).resolves.toBe('Stationsplein 1, Amsterdam');
    await expect(replan.locator('textarea[name="attendees"]').inputValue()).resolves.toBe('S. Jansen (klachtbehandelaar)');
    await expect(replan.locator('input[name="plannedAt"]').inputValue()).resolves.toBe(`${localDate(2)}T10:00`);
    await replan.getByRole('button', { name: 'Annuleren' }).click();
    await replan.waitFor({ state: 'detached' });
    await runAction(hearingRow, 'Gesprek vastleggen', async (dialog) => {
      await dialog.locator('textarea[name="minutes"]').fill('Klager lichtte toe dat de monteur driemaal niet kwam; wij erkenden dat.');
      await dialog.locator('textarea[name="proposedSolution"]').fill('Kraan deze week repareren.');
    });
    await hearingRow.waitFor({ state: 'detached' });

    // Step 4: compose the outcome with one agreement, watch the letter preview, send it.
    await openFromNav(/^4 Vervolg/, 'Vervolg: oordeel en afspraken');
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: 'Uitkomst opstellen' }).click();
    await page.getByRole('heading', { level: 1, name: `Uitkomst van klacht ${reference}` }).waitFor();
    await choose(page, 'Oordeel over de klacht', 'Gegrond');
    await page.locator('textarea[name="findings"]').fill('De afspraken met de klager zijn niet nagekomen.');
    await page.locator('textarea[name="conclusions"]').fill('Wij bieden excuses aan en repareren de kraan.');
    await page.locator('textarea[name="agreements.0.description"]').fill('Kraan in de keuken repareren');
    await page.locator('input[name="agreements.0.dueDate"]').fill(localDate(14));
    const preview = page.frameLocator('iframe[title="Voorbeeld van de brief"]');
    await preview.getByText('Kraan in de keuken repareren').waitFor();
    await preview.getByText('gegrond', { exact: false }).first().waitFor();
    await page.getByTestId('outcome-draft-status').getByText(/Concept bewaard/).waitFor();
    await screenshot(page, 'admin-08-stap4-uitkomst-opstellen');
    expect(await seriousAxeFindings(page)).toEqual([]);
    // What is written is kept on the server: leave the page and come back, it is all there.
    await page.getByRole('link', { name: 'Terug' }).click();
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: 'Uitkomst opstellen' }).click();
    await page.getByRole('heading', { level: 1, name: `Uitkomst van klacht ${reference}` }).waitFor();
    await expect(page.locator('textarea[name="findings"]').inputValue()).resolves.toBe('De afspraken met de klager zijn niet nagekomen.');
    await expect(page.locator('textarea[name="agreements.0.description"]').inputValue()).resolves.toBe('Kraan in de keuken repareren');
    // Sending asks once more, saying what goes where.
    await page.getByRole('button', { name: 'Brief versturen' }).last().click();
    const sendDialog = page.getByRole('alertdialog', { name: `Uitkomst van ${reference} versturen?` });
    await sendDialog.getByText('Oordeel: Gegrond. 1 afspraak.').waitFor();
    await screenshot(page, 'admin-08b-stap4-versturen-bevestigen');
    // (the screenshot waited for the dialog to finish fading in: axe judges the colours as shown)
    expect(await seriousAxeFindings(page)).toEqual([]);
    await sendDialog.getByRole('button', { name: 'Versturen' }).click();
    await page.waitForURL(new RegExp(`/plugins/complaints/complaints/${complaintId}$`));
    await page.getByRole('heading', { level: 1, name: `Klacht ${reference}` }).waitFor();

    // Step 5: the list row carries the agreement facts; monitor, mark the agreement kept in the complaint's
    // agreements dialog, close the complaint.
    await openFromNav(/^5 Nakomen afspraken/, 'Nakomen van de afspraken');
    const monitoringRow = page.locator(`tr[data-reference="${reference}"]`);
    await monitoringRow.getByText('1 open afspraak').waitFor();
    await runAction(monitoringRow, 'Nakomen afspraken bewaken');
    await monitoringRow.getByRole('button', { name: 'Nakomen afspraken bewaken' }).waitFor({ state: 'detached' });
    await screenshot(page, 'admin-09-stap5-nakomen-afspraken');
    await monitoringRow.getByRole('button', { name: 'Afspraken afvinken' }).click();
    const agreementsDialog = page.getByRole('dialog', { name: `Afspraken van klacht ${reference}` });
    await agreementsDialog.getByText('Kraan in de keuken repareren').waitFor();
    await agreementsDialog.getByRole('button', { name: 'Nagekomen', exact: true }).click();
    const resultDialog = page.getByRole('dialog', { name: 'Nagekomen', exact: true });
    await resultDialog.locator('textarea[name="note"]').fill('Monteur is geweest.');
    await resultDialog.getByRole('button', { name: 'Nagekomen', exact: true }).click();
    await resultDialog.waitFor({ state: 'detached' });
    await agreementsDialog.getByText('Alle afspraken zijn afgehandeld.', { exact: false }).waitFor();
    await screenshot(page, 'admin-09b-stap5-afspraken-afvinken');
    await agreementsDialog.getByRole('button', { name: 'Klaar' }).click();
    await agreementsDialog.waitFor({ state: 'detached' });
    await monitoringRow.getByText('Alle afspraken afgehandeld').waitFor();
    await runAction(monitoringRow, 'Klacht afsluiten');
    await monitoringRow.waitFor({ state: 'detached' });

    // The closed complaint is found through "Alle klachten"; its dossier records the dissatisfaction.
    await openFromNav(/^Alle klachten/, 'Alle klachten');
    await page.locator('input[name="search"]').fill(reference);
    await page.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Klacht ${reference}` }).waitFor();
    await runAction(page.getByRole('region', { name: 'Wat kan nu' }), 'Klager niet tevreden: geschil', async (dialog) => {
      await dialog.locator('textarea[name="note"]').fill('Niet tevreden met het oordeel.');
    });

    // Step 6: refer the dispute to the committee.
    await openFromNav(/^6 Geschillencommissie/, 'Geschillencommissie');
    const disputeRow = page.locator(`tr[data-reference="${reference}"]`);
    await runAction(disputeRow, 'Geschil voorleggen aan de Geschillencommissie', async (dialog) => {
      await dialog.locator('textarea[name="reason"]').fill('Interne procedure doorlopen; klager niet tevreden.');
    });
    await disputeRow.getByText('Voorgelegd', { exact: true }).waitFor();
    await screenshot(page, 'admin-10-stap6-geschillencommissie');

    // The dossier tells the whole story, in Dutch, and offers only what is still possible.
    await disputeRow.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Klacht ${reference}` }).waitFor();
    const timeline = page.getByTestId('timeline');
    await timeline.getByText('Voorgelegd aan de Geschillencommissie').waitFor();
    const types = await timeline.locator('[data-event-type]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-type')));
    expect(types.filter((type) => type?.startsWith('complaint.'))).toEqual([
      'complaint.received',
      'complaint.corrected',
      'complaint.note_added',
      'complaint.acknowledged',
      'complaint.hearing_planned',
      'complaint.hearing_held',
      'complaint.outcome_sent',
      'complaint.monitoring_started',
      'complaint.agreement_result',
      'complaint.closed',
      'complaint.dissatisfaction_declared',
      'complaint.dispute_eligible',
    ]);
    for (const label of [
      'Klacht ontvangen',
      'Ontvangst bevestigd',
      'Gesprek gepland',
      'Gesprek gehouden en vastgelegd',
      'Uitkomst en afspraken verstuurd',
      'Bewaking afspraken gestart',
      'Afspraak afgevinkt',
      'Klacht afgesloten',
      'Klager niet tevreden: geschil',
    ]) {
      await timeline.getByText(label, { exact: true }).first().waitFor();
    }
    const actions = page.getByRole('region', { name: 'Wat kan nu' });
    await actions.getByRole('button', { name: 'Uitspraak Geschillencommissie vastleggen' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Ontvangst bevestigen' }).count()).toBe(0);
    await screenshot(page, 'admin-11-dossier-geschil');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // No e-mail address: the letters go by post. Once the outbox rendered them, staff download the PDF
    // (through the admin session) and mark the letter printed.
    await app.strapi.plugin('complaints').service('outbox').drain();
    await page.reload();
    const letter = page.locator('tr[data-letter-kind="acknowledgement"]');
    await letter.getByText('Te printen').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), letter.getByRole('button', { name: 'PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`${reference}-acknowledgement-${await letterId(complaintId, 'acknowledgement')}.pdf`);
    await letter.getByRole('button', { name: 'Geprint' }).click();
    await letter.getByRole('button', { name: 'Geprint' }).waitFor({ state: 'detached' });
    await letter.getByText('Geprint', { exact: true }).waitFor();
    await timeline.getByText('Brief geprint').waitFor();
    // Every letter can be read in the dossier as it was sent, with the keyboard too: Enter opens, Esc closes.
    await letter.getByRole('button', { name: 'Lezen' }).focus();
    await page.keyboard.press('Enter');
    const reader = page.getByRole('dialog', { name: 'Ontvangstbevestiging' });
    await reader.getByTestId('preview-subject').getByText(reference, { exact: false }).waitFor();
    await expect(reader.frameLocator('iframe').locator('body').innerText()).resolves.toMatch(/ontvangen/i);
    await screenshot(page, 'admin-11b-brief-lezen');
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });

    // The overview counts the dispute and links to exactly that list.
    await openFromNav(/^Overzicht/, 'Klachtenoverzicht');
    await page.getByRole('link', { name: /^1\s*Geschillen voorgelegd aan de commissie/ }).click();
    await page.getByRole('heading', { name: 'Geschillencommissie', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('disputeEligible')).toBe('true');
    await page.locator(`tr[data-reference="${reference}"]`).waitFor();

    // The annual report of this year: the figures, the intake chart (an SVG with a title) and its table.
    await openFromNav(/^Jaarverslag/, 'Jaarverslag klachten');
    await expect(page.getByTestId('figure-total').textContent()).resolves.toBe('1');
    await expect(page.getByTestId('figure-disputes').textContent()).resolves.toBe('1');
    const month = localDate(0).slice(0, 7);
    await expect(page.locator(`tr[data-month="${month}"] td`).last().textContent()).resolves.toBe('1');
    expect(await page.locator('[data-testid="intake-chart"] svg title').first().textContent()).toMatch(
      /^Ontvangen klachten per maand, 1 januari \d{4} t\/m 31 december \d{4}$/,
    );
    await page.mouse.move(1200, 880);
    await screenshot(page, 'admin-18-jaarverslag');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^jaarverslag-klachten-\d{4}-01-01-\d{4}-12-31\.csv$/);
    expect(fs.readFileSync((await csv.path())!, 'utf8')).toContain('"Totaal";"Klachten ontvangen";"1"');

    // Right of access: find the complainant by client number, download the letter (PDF) and the data (JSON).
    await openFromNav(/^Inzage en wissen/, 'Inzage en wissen');
    await page.locator('input[name="clientNumber"]').fill('K-40417');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 klacht gevonden voor K-40417.').waitFor();
    await page.getByTestId('privacy-found').getByRole('link', { name: reference }).waitFor();
    await screenshot(page, 'admin-19-inzage-en-wissen');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als PDF (brief)' }).click()]);
    expect(pdf.suggestedFilename()).toBe('inzage-K-40417.pdf');
    expect(
      fs
        .readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden als JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('inzage-K-40417.json');
    const exported = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(exported.data.complaints.map((c: { reference: string }) => c.reference)).toEqual([reference]);
    expect(exported.data.complaints[0].complainantName).toBe('Jan de Boer');
    // The retention term, applied now: nothing is old enough yet.
    await page.getByRole('button', { name: 'Bewaartermijn nu toepassen' }).click();
    await page.getByRole('alertdialog', { name: 'Bewaartermijn nu toepassen?' }).getByRole('button', { name: 'Nu anonimiseren' }).click();
    await page.getByTestId('retention-result').getByText('Er waren geen klachten waarvan de bewaartermijn is verstreken.').waitFor();

    // Erasure on request, from the dossier: a reason is required, the dialog says it cannot be undone.
    await page.getByTestId('privacy-found').getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: `Klacht ${reference}` }).waitFor();
    await page.getByRole('button', { name: 'Anonimiseren (AVG)' }).click();
    const erase = page.getByRole('alertdialog', { name: `Klacht ${reference} anonimiseren?` });
    await erase.getByText('Dit kan niet ongedaan worden gemaakt.', { exact: false }).waitFor();
    await erase.getByRole('button', { name: 'Definitief anonimiseren' }).click();
    await erase.getByText('Dit veld is verplicht.').waitFor();
    await erase.locator('textarea[name="reason"]').fill('Verzoek van de klager per brief van vandaag.');
    await screenshot(page, 'admin-20-anonimiseren-dialoog');
    await erase.getByRole('button', { name: 'Definitief anonimiseren' }).click();
    await erase.waitFor({ state: 'detached' });
    await page.getByText('Geanonimiseerd dossier').waitFor();
    await page.getByRole('region', { name: 'Klacht en klager' }).getByText('[geanonimiseerd]').first().waitFor();
    await timeline.getByText('Persoonsgegevens verwijderd').waitFor();
    await timeline.getByText('Verzoek van de klager per brief van vandaag.').waitFor();
    expect(await page.getByRole('button', { name: 'Anonimiseren (AVG)' }).count()).toBe(0);
    await screenshot(page, 'admin-21-dossier-geanonimiseerd');

    // The editors' pages under Settings → Klachten.
    const settingsPages: Array<[string, string]> = [
      ['procedure', 'Procedure en termijnen'],
      ['calendar', 'Kalender en sluitingsdagen'],
      ['form', 'Klachtenformulier'],
      ['departments', 'Afdelingen'],
      ['categories', 'Categorieën'],
      ['letters', 'Briefsjablonen'],
    ];
    for (const [index, [path, title]] of settingsPages.entries()) {
      await page.goto(`${app.url}/admin/settings/complaints/${path}`);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, `admin-${12 + index}-instellingen-${path}`);
    }
    const letterPreview = page.frameLocator('iframe[title="Voorbeeld van de brief"]');
    await letterPreview.locator('body p').first().waitFor();

    // Webhooks: Strapi's own page lists only Strapi's events; this page ticks the complaint events of a
    // site webhook and saves them through Strapi's API, keeping the webhook's other events.
    const hook = await app.strapi.get('webhookStore').createWebhook({ name: 'Zaaksysteem', url: 'https://zaken.example.nl/hook', headers: {}, events: ['entry.create'], isEnabled: true });
    await page.goto(`${app.url}/admin/settings/complaints/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Klachtgebeurtenissen voor webhook Zaaksysteem' });
    await form.getByRole('checkbox', { name: 'Alle klachtgebeurtenissen' }).click();
    await form.getByRole('checkbox', { name: /Klacht ontvangen/ }).click();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Webhook Zaaksysteem is opgeslagen.').waitFor();
    const saved = await app.strapi.get('webhookStore').findWebhook(hook.id);
    expect(saved.events).toContain('entry.create');
    expect(saved.events).toContain('complaint.closed');
    expect(saved.events).not.toContain('complaint.received');
    await screenshot(page, 'admin-22-instellingen-webhooks');

    // A closed day decides terms: removing one asks first, and Cancel keeps it.
    const year = new Date().getFullYear() + 1;
    await app.strapi.db.query('plugin::complaints.closed-day').create({ data: { date: `${year}-03-03`, name: 'Heidag', kind: 'organisation' } });
    app.strapi.plugin('complaints').service('settings').invalidate();
    await page.goto(`${app.url}/admin/settings/complaints/calendar`);
    await page.getByRole('button', { name: 'Volgend jaar' }).click();
    await page.getByRole('button', { name: /Heidag/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Sluitingsdag Heidag verwijderen?' });
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('gridcell', { name: 'Heidag', exact: true }).waitFor();
    await page.getByRole('button', { name: /Heidag/ }).click();
    await confirm.getByRole('button', { name: 'Verwijderen' }).click();
    await page.getByRole('gridcell', { name: 'Heidag', exact: true }).waitFor({ state: 'detached' });
    expect(await app.strapi.db.query('plugin::complaints.closed-day').count({ where: { name: 'Heidag' } })).toBe(0);
  });

  it('works a list row with the keyboard alone: Enter and Space press its buttons, typing in the dialog keeps its spaces, Esc brings the keyboard back', async () => {
    const res = await app
      .http()
      .post('/complaints/complaints')
      .set('Authorization', `Bearer ${fx.superAdmin.token}`)
      .send(registration(fx, { departmentId: fx.departments.a, complainantName: 'Toetsenbord Klager' }));
    expect(res.status).toBe(201);
    const reference = res.body.data.reference;
    await page.goto(`${app.url}/admin/plugins/complaints/acknowledgement`);
    await page.getByRole('heading', { name: 'Ontvangstbevestiging', level: 1 }).waitFor();
    const row = page.locator(`tr[data-reference="${reference}"]`);
    const acknowledge = row.getByRole('button', { name: 'Ontvangst bevestigen', exact: true });
    await acknowledge.waitFor();
    // the row's cell holds more than one button: the case the design system's table took every key of
    expect(await row.getByRole('button').count()).toBeGreaterThan(1);
    await acknowledge.focus();

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: /Antwoord/ }).focus();
    await page.keyboard.type('De monteur komt dinsdag');
    await expect(dialog.getByRole('textbox', { name: /Antwoord/ }).inputValue()).resolves.toBe('De monteur komt dinsdag');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ontvangst bevestigen');

    await page.keyboard.press(' ');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ontvangst bevestigen');
  });

  it("gives a handler their own queue: 'Mijn klachten' lists the department's unassigned complaint, taken in one click", async () => {
    const res = await app
      .http()
      .post('/complaints/complaints')
      .set('Authorization', `Bearer ${fx.superAdmin.token}`)
      .send(registration(fx, { departmentId: fx.departments.a, complainantName: 'Wachtrij Klager' }));
    expect(res.status).toBe(201);
    const { id, reference } = res.body.data;
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    const handler = await context.newPage();
    handler.setDefaultTimeout(20000);
    try {
      await signInToAdmin(handler, app.url, fx.handlerA);
      await handler.goto(`${app.url}/admin/plugins/complaints`);
      await handler.getByRole('navigation', { name: 'Navigatie klachtenprocedure' }).getByRole('link', { name: 'Mijn klachten' }).click();
      await handler.getByRole('heading', { name: 'Mijn klachten', level: 1 }).waitFor();
      const row = handler.locator(`tr[data-reference="${reference}"]`);
      await row.getByText('Nog geen behandelaar').waitFor();
      await row.getByRole('button', { name: `Aan mij toewijzen (${reference})` }).click();
      await handler.getByText(`U behandelt nu klacht ${reference}.`).waitFor();
      await row.getByText('Behandelaar: Behandelaar A').waitFor();
      expect(await row.getByRole('button', { name: /Aan mij toewijzen/ }).count()).toBe(0);
      await screenshot(handler, 'admin-23-mijn-klachten');
      expect(await seriousAxeFindings(handler)).toEqual([]);
      const stored = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } });
      expect(stored.handlerId).toBe(fx.handlerA.id);
    } finally {
      await context.close();
    }
  });

  it('acknowledges three complaints at once from the step list and says per complaint what happened', async () => {
    const references: string[] = [];
    const ids: number[] = [];
    for (const name of ['Bulk Een', 'Bulk Twee', 'Bulk Drie']) {
      const res = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantName: name }));
      expect(res.status).toBe(201);
      references.push(res.body.data.reference);
      ids.push(res.body.data.id);
    }
    await page.goto(`${app.url}/admin/plugins/complaints/acknowledgement`);
    await page.getByRole('heading', { name: 'Ontvangstbevestiging', level: 1 }).waitFor();
    for (const reference of references) await page.getByRole('checkbox', { name: `Klacht ${reference} selecteren` }).check();
    await page.getByRole('status').getByText('3 klachten geselecteerd').waitFor();
    // a colleague acknowledges the third in the meantime: the list on this screen is behind
    expect((await app.http().post(`/complaints/complaints/${ids[2]}/acknowledge`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send({})).status).toBe(200);
    await screenshot(page, 'admin-05b-stap2-meerdere-selecteren');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ontvangst bevestigen met de standaardtekst' }).click();
    const result = page.getByRole('dialog', { name: 'Ontvangst bevestigen met de standaardtekst: resultaat per klacht' });
    await result.getByText('2 van 3 gelukt.', { exact: false }).waitFor();
    expect(await result.locator('tr[data-bulk-result="done"]').count()).toBe(2);
    const refused = result.locator('tr[data-bulk-result="refused"]');
    await refused.getByText(references[2]).waitFor();
    await screenshot(page, 'admin-05c-stap2-resultaat-per-klacht');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await result.getByRole('button', { name: 'Sluiten' }).click();
    await result.waitFor({ state: 'detached' });
    // the two done leave the list; each was acknowledged on its own, with its letter
    for (const reference of references) await page.locator(`tr[data-reference="${reference}"]`).waitFor({ state: 'detached' });
    for (const id of ids.slice(0, 2)) {
      const letters = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: id, kind: 'acknowledgement' } });
      expect(letters).toHaveLength(1);
    }
  });

  it('prints the waiting postal letters as one PDF from the print queue and marks them printed', async () => {
    const references: string[] = [];
    for (const name of ['Print Een', 'Print Twee']) {
      const res = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantName: name, complainantEmail: null }));
      expect(res.status).toBe(201);
      expect((await app.http().post(`/complaints/complaints/${res.body.data.id}/acknowledge`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send({})).status).toBe(200);
      references.push(res.body.data.reference);
    }
    // background jobs are off in tests: the outbox lays the letters out when told to
    await app.strapi.plugin('complaints').service('outbox').drain();
    await openFromNav(/^Brieven printen/, 'Brieven printen');
    for (const reference of references) await page.getByRole('checkbox', { name: `Ontvangstbevestiging van ${reference} selecteren` }).check();
    await page.getByRole('status').getByText('2 brieven geselecteerd').waitFor();
    await screenshot(page, 'admin-24-brieven-printen');
    expect(await seriousAxeFindings(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als één PDF downloaden' }).click()]);
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pages = (await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync((await download.path())!))), { mergePages: false })).text as string[];
    for (const name of ['Print Een', 'Print Twee']) expect(pages.filter((text) => text.includes(name))).toHaveLength(1);

    await page.getByRole('button', { name: 'Als geprint markeren' }).click();
    const result = page.getByRole('dialog', { name: 'Als geprint markeren: resultaat per brief' });
    await result.getByText('2 van 2 gelukt.', { exact: false }).waitFor();
    await result.getByRole('button', { name: 'Sluiten' }).click();
    await result.waitFor({ state: 'detached' });
    for (const reference of references) await page.getByRole('link', { name: reference }).waitFor({ state: 'detached' });
  });

  it('saves a view of a list and chooses it again, and works the lists and the dossier with the keyboard shortcuts', async () => {
    await page.goto(`${app.url}/admin/plugins/complaints/complaints?status=open&sort=received`);
    await page.getByRole('heading', { name: 'Alle klachten', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Weergave opslaan' }).click();
    const naming = page.getByRole('dialog', { name: 'Deze weergave opslaan' });
    await naming.getByRole('textbox', { name: /Naam/ }).fill('Lopend, nieuwste eerst');
    await naming.getByRole('button', { name: 'Weergave opslaan' }).click();
    await naming.waitFor({ state: 'detached' });
    // elsewhere, and back to the view in one choice
    await page.goto(`${app.url}/admin/plugins/complaints/complaints`);
    await page.getByRole('heading', { name: 'Alle klachten', level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Opgeslagen weergave' }).click();
    await page.getByRole('option', { name: 'Lopend, nieuwste eerst' }).click();
    await page.waitForURL(/status=open/);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('received');
    await screenshot(page, 'admin-25-opgeslagen-weergave');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // the shortcuts: ? lists them, g m and g a go to pages, / to the search, j through the rows, Enter opens, n writes a note
    await page.getByRole('heading', { name: 'Alle klachten', level: 1 }).click();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
    await help.getByText('Naar het zoekveld van de lijst').waitFor();
    await screenshot(page, 'admin-26-sneltoetsen');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('g');
    await page.keyboard.press('m');
    await page.getByRole('heading', { name: 'Mijn klachten', level: 1 }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('a');
    await page.getByRole('heading', { name: 'Alle klachten', level: 1 }).waitFor();
    await page.locator('tr[data-reference]').first().waitFor();
    await page.keyboard.press('/');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.name === 'search');
    await page.getByRole('heading', { name: 'Alle klachten', level: 1 }).click();
    const references = await page.locator('tr[data-reference]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-reference')));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.waitForFunction((reference) => document.activeElement?.textContent === reference, references[1]);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Klacht ${references[1]}` }).waitFor();
    await page.keyboard.press('n');
    const note = page.getByRole('dialog', { name: 'Notitie toevoegen' });
    await note.waitFor();
    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
  });

  it('warns on the overview and the departments page of a superior who would be passed over, until another one is chosen', async () => {
    // handler A may not handle department B's behaviour complaints: a complaint about its manager would go to the coordinator
    await app.strapi.db.query('plugin::complaints.department').update({ where: { id: fx.departments.b }, data: { superiorId: fx.handlerA.id } });
    app.strapi.plugin('complaints').service('catalog').invalidate();
    const warning = page.locator('[data-warning="superior_cannot_handle"]');
    await page.goto(`${app.url}/admin/plugins/complaints`);
    await page.getByRole('heading', { name: 'Klachtenoverzicht', level: 1 }).waitFor();
    await warning.getByText('Afdeling B: Behandelaar A is gekozen als leidinggevende van de manager', { exact: false }).waitFor();
    await warning.getByRole('link', { name: 'Naar afdelingen' }).click();
    await page.getByRole('heading', { name: 'Afdelingen', level: 1 }).waitFor();
    await warning.getByText('of kies een andere leidinggevende', { exact: false }).waitFor();
    expect(await warning.getByRole('link').count()).toBe(0);
    await screenshot(page, 'admin-27-afdelingen-leidinggevende-waarschuwing');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // another superior, one who may handle every department's behaviour complaints: the warning goes after the save
    await page.getByRole('button', { name: 'Afdeling B bewerken' }).click();
    const dialog = page.getByRole('dialog');
    await choose(dialog, 'Leidinggevende van de manager', 'Coördinator C');
    await dialog.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await warning.waitFor({ state: 'detached' });
    expect((await app.strapi.db.query('plugin::complaints.department').findOne({ where: { id: fx.departments.b } })).superiorId).toBe(fx.coordinator.id);
  });

  it("hears a behaviour complaint's two sides apart from the dossier: the complainant waives, the employee's own conversation is planned and recorded", async () => {
    const api = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    const created = await api('/complaints', registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'B. Handelaar', accusedUserId: fx.handlerB.id }));
    const id = created.body.data.id as number;
    expect((await api(`/complaints/${id}/acknowledge`)).status).toBe(200);
    // signed in already after the tests before it; run alone, it signs in itself
    if (!page.url().includes('/admin')) await signInToAdmin(page, app.url, fx.superAdmin);
    await page.goto(`${app.url}/admin/plugins/complaints/complaints/${id}`);
    const panel = page.getByRole('region', { name: 'Hoor en wederhoor' });
    await panel.waitFor();
    const actions = page.getByRole('region', { name: 'Wat kan nu' });

    await runAction(actions, 'Afzien van horen', async (dialog) => {
      await expect(dialog.getByRole('combobox', { name: 'Wie wordt niet gehoord' }).textContent()).resolves.toContain('De klager');
      await choose(dialog, 'Reden', 'De klager ziet af van een gesprek');
    });
    await panel.getByText('Niet gehoord (zie reden)').waitFor();
    await panel.getByText('Nog te plannen').waitFor();

    // planning from the dossier now proposes the employee's own conversation
    await runAction(
      actions,
      'Gesprek plannen',
      async (dialog) => {
        await expect(dialog.getByRole('combobox', { name: 'Wie wordt gehoord' }).textContent()).resolves.toContain('De medewerker over wie geklaagd wordt');
        await dialog.locator('input[name="plannedAt"]').fill(`${localDate(3)}T11:00`);
        await dialog.locator('input[name="respondBy"]').fill(localDate(2));
        expect(await seriousAxeFindings(page)).toEqual([]);
      },
      'admin-28-dossier-gesprek-met-medewerker',
    );
    await panel.getByText('Gesprek gepland').waitFor();
    const invitation = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: id, kind: 'hearing_invitation' } });
    expect(invitation).toMatchObject({ audience: 'accused', recipientEmail: fx.handlerB.email });

    await runAction(actions, 'Gesprek vastleggen', async (dialog) => {
      await dialog.locator('textarea[name="minutes"]').fill('De medewerker gaf zijn kant van het verhaal.');
    });
    await panel.getByText('Gehoord', { exact: true }).waitFor();
    await screenshot(page, 'admin-29-dossier-hoor-en-wederhoor-per-kant');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } })).status).toBe('hearing_held');
  });

  it('names a second person complained about in the correction dialog, linked to their account: the dossier lists both, the timeline before and after', async () => {
    const api = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    const created = await api('/complaints', registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, persons: [{ name: 'R. Pieters', function: 'Opzichter', userId: null }] }));
    const id = created.body.data.id as number;
    if (!page.url().includes('/admin')) await signInToAdmin(page, app.url, fx.superAdmin);
    await page.goto(`${app.url}/admin/plugins/complaints/complaints/${id}`);
    await page.getByText('R. Pieters, Opzichter', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Gegevens corrigeren' }).click();
    const dialog = page.getByRole('dialog');
    const persons = dialog.getByRole('group', { name: 'Personen over wie de klacht gaat' });
    await persons.getByRole('button', { name: 'Persoon toevoegen' }).click();
    // a row without its name is refused with the message on that row's own field
    await dialog.locator('textarea[name="correct-reason"]').fill('De klager noemde aan de telefoon ook de behandelaar.');
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await dialog.locator('[name="correct-persons.1.name"][aria-invalid="true"]').waitFor();
    await dialog.locator('input[name="correct-persons.1.name"]').fill('Behandelaar A');
    await choose(dialog.getByRole('group', { name: 'Persoon 2' }), 'Account van de medewerker', 'Behandelaar A');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'admin-30-dossier-personen-corrigeren');
    await dialog.getByRole('button', { name: 'Correctie opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    // one person a line in the complaint's details
    await page.getByRole('region', { name: 'Klacht en klager' }).getByText(/R\. Pieters, Opzichter\s+Behandelaar A \(account: Behandelaar A\)/).waitFor();
    await page.getByTestId('timeline').getByText('R. Pieters (Opzichter) → R. Pieters (Opzichter); Behandelaar A (account: Behandelaar A)', { exact: false }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    const stored = await app.strapi.db.query('plugin::complaints.complaint-person').findMany({ where: { complaintId: id }, orderBy: { position: 'asc' } });
    expect(stored.map((p: any) => [p.name, p.userId])).toEqual([
      ['R. Pieters', null],
      ['Behandelaar A', fx.handlerA.id],
    ]);
  });

  it('judges a complaint part by part in the outcome composer: the whole follows the parts, the letter lists them', async () => {
    const api = (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    const id = (await api('/complaints', registration(fx))).body.data.id as number;
    await api(`/complaints/${id}/acknowledge`);
    expect((await api(`/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    if (!page.url().includes('/admin')) await signInToAdmin(page, app.url, fx.superAdmin);
    await page.goto(`${app.url}/admin/plugins/complaints/outcome/${id}`);
    const parts = page.getByRole('region', { name: 'Onderdelen van de klacht' });
    await parts.waitFor();
    await parts.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await parts.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await page.locator('textarea[name="parts.0.description"]').fill('De monteur kwam drie keer niet.');
    await choose(page.getByRole('group', { name: 'Onderdeel 1' }), 'Oordeel over dit onderdeel', 'Gegrond');
    await page.locator('textarea[name="parts.1.description"]').fill('De monteur was onvriendelijk.');
    await choose(page.getByRole('group', { name: 'Onderdeel 2' }), 'Oordeel over dit onderdeel', 'Ongegrond');
    // the judgement of the whole follows: founded beside unfounded
    await expect(page.getByRole('combobox', { name: 'Oordeel over de klacht' }).textContent()).resolves.toContain('Deels gegrond');
    await page.locator('textarea[name="findings"]').fill('Onderzocht met de planning.');
    await page.getByRole('checkbox', { name: 'Er zijn geen afspraken gemaakt' }).click();
    const preview = page.frameLocator('iframe[title="Voorbeeld van de brief"]');
    await preview.getByText('Ons oordeel per onderdeel').waitFor();
    await preview.getByText('Oordeel: ongegrond').waitFor();
    await screenshot(page, 'admin-30-uitkomst-per-onderdeel');
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
});
