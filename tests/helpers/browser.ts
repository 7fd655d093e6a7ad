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

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
