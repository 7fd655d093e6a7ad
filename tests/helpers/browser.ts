/**
 * Debian's headless Chromium driven by playwright-core (no browser download). Screenshots go to
 * tests/artifacts/ (git-ignored).
 */
import fs from 'fs';
import path from 'path';
import { chromium, Browser, Page } from 'playwright-core';

export const ARTIFACTS_DIR = path.join(__dirname, '..', 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** Signs in on the admin's login page and waits for the main menu's "Klachten" entry. */
export async function signInToAdmin(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel(/e-?mail/i).fill(user.email);
  await page.getByLabel(/wachtwoord|password/i).fill(user.password);
  await page.getByRole('button', { name: /inloggen|login/i }).click();
  await page.getByRole('link', { name: 'Klachten', exact: true }).waitFor({ timeout: 60000 });
}

/** Waits for the page's finite animations (a dialog fading in) to end; spinners run on and are not waited for. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await settled(page);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  /** Each element found: its selector and the start of its markup. */
  targets: string[];
}

/**
 * The serious and critical WCAG 2.1 A/AA findings of axe-core on the page as it is now (axe.min.js
 * injected from node_modules: nothing is downloaded). An empty list is a clean page.
 */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // the resting state: no button under the pointer, its hover colour faded out
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  // A toast fading in or out (or stepping behind a newer one) is for a moment text at a few per cent
  // opacity, which axe measures as unreadable. Findings made while something moved are measured again
  // once it rests; a page that keeps its findings at rest returns them.
  let findings: AxeFinding[] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.evaluate(settledAnimations);
    findings = (await page.evaluate(axeViolations)).filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
    if (!findings.length || !(await page.evaluate(() => document.getAnimations().length > 0))) return findings;
  }
  return findings;
}

/** Runs in the page: every finite transition or animation has ended, or five seconds have passed. */
function settledAnimations(): Promise<unknown> {
  const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  return Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 5000))]);
}

/** Runs in the page: axe's WCAG 2.1 A/AA violations, a line per element. */
async function axeViolations(): Promise<AxeFinding[]> {
  const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }> }> }> } }).axe;
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => `${n.target.map(String).join(' ')} ${n.html.slice(0, 160)} ${n.failureSummary ?? ''}`.trim()) }));
}
