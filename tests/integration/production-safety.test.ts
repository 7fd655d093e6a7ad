/**
 * No known password in production (issue 15, item 1). A start without NODE_ENV (how `npm start` runs on
 * many servers) is a production start: no development admin, no demo staff or complaints; a database on
 * which an account still has the development password printed in the README does not start at all; and
 * a fresh site takes complaints at once, in the default categories of the procedure's scope.
 */
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startAppProcess } from '../helpers/process';
import { startApp, type TestApp } from '../helpers/strapi';

const KNOWN_PASSWORD = 'Klachten2026!';
const DEV_ADMIN = 'admin@klachten.local';

/**
 * `npm start` on a server: NODE_ENV unset, and none of the suite's own switches (demo data, categories,
 * dev seed) — undefined leaves a variable out of the child's environment.
 */
const PRODUCTION_START = {
  NODE_ENV: undefined,
  COMPLAINTS_DEV_SEED: undefined,
  COMPLAINTS_DEMO_DATA: undefined,
  COMPLAINTS_DEFAULT_CATEGORIES: undefined,
} as unknown as Record<string, string>;

const SCOPE_NL = ['Dienstverlening', 'Contact met een medewerker', 'Servicedesk en balie', 'Uitvoering van onze regels'];
const SCOPE_EN = ['Service provided', 'Contact with an employee', 'Service desk and counter', 'How our rules were applied'];

async function categoryLabels(url: string, locale: 'nl' | 'en'): Promise<string[]> {
  const res = await fetch(`${url}/api/complaints/form?locale=${locale}`);
  const body = await res.json();
  return body.data.fields.find((f: any) => f.name === 'categoryId').options.map((o: any) => o.label);
}

describe('production safety: no known password, a site that works out of the box', () => {
  it('a production start on a fresh database creates no admin, no demo staff or data, and offers the default categories', async () => {
    const db = await createTestDatabase();
    const server = await startAppProcess(db, PRODUCTION_START);
    try {
      const init = await (await fetch(`${server.url}/admin/init`)).json();
      expect(init.data.hasAdmin).toBe(false);
      for (const email of [DEV_ADMIN, 'sanne.jansen@klachten.local']) {
        const login = await fetch(`${server.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: KNOWN_PASSWORD }) });
        expect(login.status).not.toBe(200);
      }
      expect(await categoryLabels(server.url, 'nl')).toEqual(SCOPE_NL);
      expect(await categoryLabels(server.url, 'en')).toEqual(SCOPE_EN);
    } finally {
      await server.stop();
      await db.drop();
    }
  });

  describe('a database that was started in development', () => {
    let db: TestDatabase;
    let app: TestApp;

    beforeAll(async () => {
      db = await createTestDatabase();
      // what `npm run develop` asks for; demo data left out (it is demo-data.test.ts's subject)
      app = await startApp({ database: db, env: { COMPLAINTS_DEV_SEED: 'true', COMPLAINTS_DEFAULT_CATEGORIES: 'true' } });
    });

    afterAll(async () => {
      await app?.stop();
      await db?.drop();
    });

    it('gets the development admin with the printed login when dev seed is asked for', async () => {
      const login = await app.http().post('/admin/login').send({ email: DEV_ADMIN, password: KNOWN_PASSWORD });
      expect(login.status).toBe(200);
    });

    it('takes a complaint from the public form at once, in a default category, before any editor has been there', async () => {
      const categories = await app.strapi.db.query('plugin::complaints.category').findMany({ orderBy: { sortOrder: 'asc' } });
      expect(categories.map((c: any) => [c.key, c.nameNl, c.nameEn, c.active])).toEqual([
        ['dienstverlening', SCOPE_NL[0], SCOPE_EN[0], true],
        ['contact-medewerker', SCOPE_NL[1], SCOPE_EN[1], true],
        ['servicedesk', SCOPE_NL[2], SCOPE_EN[2], true],
        ['uitvoering-regels', SCOPE_NL[3], SCOPE_EN[3], true],
      ]);
      expect(categories.find((c: any) => c.key === 'contact-medewerker').suggestsBehaviour).toBe(true);
      const formToken = app.strapi.plugin('complaints').service('publicForm').issueToken(new Date(Date.now() - 10_000));
      const res = await app.http().post('/api/complaints/submissions').send({
        complainantName: 'Fatma Öztürk',
        complainantEmail: 'fatma@example.nl',
        categoryId: String(categories[0].id),
        description: 'Niemand belde terug over mijn aanvraag, terwijl dat twee keer was beloofd.',
        privacyConsent: true,
        website: '',
        formToken,
        locale: 'nl',
      });
      expect(res.status).toBe(201);
      expect(res.body.data.reference).toMatch(/^KL-\d{4}-\d{6}$/);
    });

    it('refuses a production start while the development password is still in use, and says how to fix it', async () => {
      // a process that starts after all is stopped again, so the failing test leaves nothing running
      const refusal = await startAppProcess(db, PRODUCTION_START).then(
        async (started) => {
          await started.stop();
          return null;
        },
        (error: Error) => error,
      );
      expect(refusal?.message).toMatch(
        /Start geweigerd: het bekende ontwikkelwachtwoord uit de README is nog in gebruik bij admin@klachten\.local\.[\s\S]*COMPLAINTS_DEV_SEED=true[\s\S]*Start refused: the known development password from the README is still in use for admin@klachten\.local\./,
      );
    });

    it('starts in production once the password is changed, and keeps the categories as editors left them', async () => {
      const admin = await app.strapi.db.query('admin::user').findOne({ where: { email: DEV_ADMIN } });
      await app.strapi.service('admin::user').updateById(admin.id, { password: 'Een-eigen-wachtwoord-2026' });
      await app.strapi.db.query('plugin::complaints.category').update({ where: { key: 'dienstverlening' }, data: { nameNl: 'Onze dienstverlening' } });
      await app.strapi.db.query('plugin::complaints.category').update({ where: { key: 'servicedesk' }, data: { active: false } });

      const server = await startAppProcess(db, PRODUCTION_START);
      try {
        expect(await categoryLabels(server.url, 'nl')).toEqual(['Onze dienstverlening', SCOPE_NL[1], SCOPE_NL[3]]);
      } finally {
        await server.stop();
      }
    });
  });
});
