/**
 * The plugin as a site owner gets it: `npm pack` of the built plugin, a fresh Strapi 5 site made from a
 * small fixture (tests/fixtures/host-site: its own package.json and config, nothing of this repository's
 * app), `npm install` of the tarball (from the npm cache), the site's own admin build, and the site booted
 * on SQLite and on PostgreSQL. Then as people would: the site owner signs in and finds the complaints menu
 * in Debian's Chromium, an editor sets up a category and a department over the admin API, a complainant
 * files a complaint on the hosted form page, it is in the list, and its letters reach a real SMTP server.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser';
import { createPostgresDatabase, dropPostgresDatabase } from '../helpers/database';
import { freePort, waitForHealth } from '../helpers/process';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

const ROOT = path.join(__dirname, '..', '..');
const PLUGIN_DIR = path.join(ROOT, 'src/plugins/complaints');
const FIXTURE = path.join(ROOT, 'tests/fixtures/host-site');

/** The environment of a command in the host site: none of this repository's npm or app settings. */
function hostEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|DATABASE_|SMTP_|MAIL_|COMPLAINTS_|ADMIN_|APP_KEYS|HOST$|PORT$|NODE_ENV$|INIT_CWD$)/.test(key)) env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    APP_KEYS: 'hostKeyA,hostKeyB',
    API_TOKEN_SALT: crypto.randomBytes(16).toString('hex'),
    ADMIN_JWT_SECRET: crypto.randomBytes(16).toString('hex'),
    TRANSFER_TOKEN_SALT: crypto.randomBytes(16).toString('hex'),
    JWT_SECRET: crypto.randomBytes(16).toString('hex'),
    ENCRYPTION_KEY: crypto.randomBytes(16).toString('hex'),
    ...extra,
  };
}

function step(message: string): void {
  process.stdout.write(`[fresh host] ${message}\n`);
}

interface Host {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

async function startHost(dir: string, env: Record<string, string>): Promise<Host> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(dir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: dir,
    env: hostEnv({ ...env, HOST: '127.0.0.1', PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(child, url, () => output, 180_000, 'the host site');
  return {
    url,
    child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

async function api(host: Host, method: string, route: string, token: string | null, body?: unknown) {
  const res = await fetch(`${host.url}${route}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => null);
  return { status: res.status, body: json as any };
}

describe('a fresh Strapi 5 site installs the packed plugin', () => {
  let dir: string;
  let tarball: string;
  let smtp: TestSmtp;
  let browser: Browser;

  // FRESH_HOST_DIR=<a kept site> (printed when FRESH_HOST_KEEP=1) reuses an installed and built site while
  // working on this test; the suite always makes a new one
  const reuse = process.env.FRESH_HOST_DIR;

  beforeAll(async () => {
    smtp = await startSmtp();
    browser = await launchBrowser();
    if (reuse) {
      dir = reuse;
      tarball = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
      return;
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'klachten-host-'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: PLUGIN_DIR, env: hostEnv(), encoding: 'utf8' }))[0];
    tarball = path.join(dir, packed.filename);
    step(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB, ${packed.entryCount} files`);

    const site = path.join(dir, 'site');
    fs.cpSync(FIXTURE, site, { recursive: true });
    let started = Date.now();
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: site, env: hostEnv({ NODE_ENV: 'development' }), stdio: 'inherit' });
    step(`npm install of the site with the plugin: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    started = Date.now();
    execFileSync(process.execPath, [path.join(site, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', '--silent'], { cwd: site, env: hostEnv(), stdio: 'inherit' });
    step(`the site's admin build with the plugin: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }, 1_500_000);

  afterAll(async () => {
    await browser?.close();
    await smtp?.close();
    if (process.env.FRESH_HOST_KEEP === '1') step(`kept the site in ${dir}`);
    else if (dir && !reuse) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('packs the built plugin and nothing of the repository around it', () => {
    const files: string[] = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const needed of ['package.json', 'dist/server/index.js', 'dist/admin/index.mjs', 'dist/work-thread/index.js', 'dist/form/form.js', 'server/assets/fonts/Roboto-Regular.ttf', 'CHANGELOG.md', 'LICENSE']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /(^|\/)(tests?|fixtures|bench|__tests__)\//.test(f) || /\.(test|spec)\.[jt]sx?$/.test(f) || f.endsWith('.map') || f.startsWith('node_modules/'))).toEqual([]);
  });

  const databases: Array<[string, () => Promise<{ env: Record<string, string>; drop: () => Promise<void> }>]> = [
    ['SQLite', async () => ({ env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: `.tmp/data-${Date.now()}.db` }, drop: async () => undefined })],
    [
      'PostgreSQL',
      async () => {
        const name = `klachten_host_${process.pid}_${Date.now()}`;
        await createPostgresDatabase(name);
        return { env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name }, drop: () => dropPostgresDatabase(name) };
      },
    ],
  ];

  it.each(databases)('runs the procedure on %s: menu, form, list and letters', async (kind, database) => {
    const db = await database();
    const host = await startHost(path.join(dir, 'site'), { ...db.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
    try {
      // the site owner's first admin, as Strapi's registration page makes it
      const owner = { email: `eigenaar-${kind.toLowerCase()}@host-site.example`, password: `Host-${crypto.randomBytes(6).toString('hex')}1` };
      const registered = await api(host, 'POST', '/admin/register-admin', null, { firstname: 'Site', lastname: 'Eigenaar', ...owner });
      expect(registered.status).toBe(200);
      const token: string = registered.body.data.token;

      // an editor's first settings: a category and a department that takes complaints
      const category = await api(host, 'POST', '/complaints/categories', token, { key: 'afval', nameNl: 'Afval ophalen', nameEn: 'Waste collection', active: true });
      expect(category.status).toBe(201);
      const department = await api(host, 'POST', '/complaints/departments', token, { name: 'Klantcontact', email: 'klantcontact@host-site.example', receivesUnassigned: true });
      expect(department.status).toBe(201);

      const page = await browser.newPage();
      try {
        // the admin shows the plugin's menu entry (the site's admin speaks English: "Complaints")
        await page.goto(`${host.url}/admin/auth/login`);
        await page.getByLabel(/e-?mail/i).fill(owner.email);
        await page.getByLabel(/password|wachtwoord/i).fill(owner.password);
        await page.getByRole('button', { name: /login|inloggen/i }).click();
        const menu = page.getByRole('link', { name: /^(Complaints|Klachten)$/ });
        await menu.first().waitFor({ timeout: 90_000 });
        await screenshot(page, `fresh-host-${kind.toLowerCase()}-admin`);

        // a complainant files a complaint on the hosted form page
        const complainant = `klager-${kind.toLowerCase()}@voorbeeld.nl`;
        await page.goto(`${host.url}/klachtenformulier`);
        await page.getByRole('textbox', { name: 'Naam', exact: true }).waitFor({ timeout: 30_000 });
        await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fatima de Wit');
        await page.getByLabel('E-mailadres', { exact: true }).fill(complainant);
        await page.getByLabel(/Waar gaat uw klacht over/).selectOption({ label: 'Afval ophalen' });
        await page.getByLabel(/Beschrijf uw klacht/).fill('De container is al drie weken niet geleegd, ondanks twee meldingen.');
        await page.getByLabel(/privacyverklaring/).check();
        await page.waitForTimeout(3500); // the form refuses what is sent faster than a person can type
        await page.getByRole('button', { name: 'Klacht versturen' }).click();
        await page.getByRole('heading', { name: 'Wij hebben uw klacht ontvangen' }).waitFor({ timeout: 30_000 });
        const text = await page.locator('klachten-formulier').evaluate((el) => el.shadowRoot?.textContent ?? '');
        const reference = /KL-\d{4}-\d{6}/.exec(text)?.[0];
        expect(reference).toMatch(/^KL-/);

        // it is in the list staff work from
        const list = await api(host, 'GET', '/complaints/complaints', token);
        expect(list.status).toBe(200);
        expect(JSON.stringify(list.body.data)).toContain(reference);

        // and its receipt reaches the complainant over real SMTP
        await smtp.waitFor((mails) => mails.some((m) => m.to === complainant && m.subject.includes(reference!)), 60_000);
      } finally {
        await page.close();
      }
    } catch (error) {
      process.stdout.write(`[fresh host] ${kind} output:\n${host.output().slice(-4000)}\n`);
      throw error;
    } finally {
      await host.stop();
      await db.drop();
    }
  }, 600_000);
});
