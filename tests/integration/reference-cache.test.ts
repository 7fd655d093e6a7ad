/**
 * The short caches of the categories and departments (services/catalog.ts) and of the settings
 * (services/settings.ts): callers that arrive while a load is under way share it, so the sweep's hundreds
 * of lookups at once read each table once; a change made meanwhile is never answered from a load that
 * began before it; and a caller inside a transaction still loads on its own.
 */
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the reference data caches', () => {
  let app: TestApp;
  let fx: Fixtures;
  const service = (name: string) => app.strapi.plugin('complaints').service(name);

  /** The content types read through Strapi's query engine while `fn` runs. */
  async function reads(fn: () => Promise<unknown>): Promise<string[]> {
    const query = app.strapi.db.query.bind(app.strapi.db);
    const seen: string[] = [];
    const spy = jest.spyOn(app.strapi.db, 'query').mockImplementation(((uid: string) => {
      seen.push(uid);
      return query(uid as never);
    }) as typeof app.strapi.db.query);
    try {
      await fn();
    } finally {
      spy.mockRestore();
    }
    return seen;
  }

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('loads once for many callers at once, each getting the same lists', async () => {
    service('catalog').invalidate();
    let answers: unknown[] = [];
    const seen = await reads(async () => {
      answers = await Promise.all(Array.from({ length: 50 }, () => service('catalog').department(fx.departments.a)));
    });
    expect(seen.filter((uid) => uid === 'plugin::complaints.department')).toHaveLength(1);
    expect(seen.filter((uid) => uid === 'plugin::complaints.category')).toHaveLength(1);
    expect(new Set(answers.map((d: any) => d.id))).toEqual(new Set([fx.departments.a]));

    service('settings').invalidate();
    const settingsReads = await reads(() => Promise.all(Array.from({ length: 50 }, () => service('settings').get())));
    expect(settingsReads.filter((uid) => uid === 'plugin::complaints.settings')).toHaveLength(1);
  });

  it('never answers from a load that began before a change', async () => {
    const catalog = service('catalog');
    catalog.invalidate();
    const before = catalog.departments();
    // an editor renames the department while that load is under way
    await app.strapi.db.query('plugin::complaints.department').update({ where: { id: fx.departments.a }, data: { name: 'Hernoemd' } });
    catalog.invalidate();
    const after = await catalog.department(fx.departments.a);
    expect(after.name).toBe('Hernoemd');
    await before;
    expect((await catalog.department(fx.departments.a)).name).toBe('Hernoemd');
  });

  it('inside a transaction, loads on the transaction’s own connection instead of waiting for a load outside it', async () => {
    const catalog = service('catalog');
    catalog.invalidate();
    let began!: () => void;
    let proceed!: () => void;
    const started = new Promise<void>((resolve) => (began = resolve));
    const go = new Promise<void>((resolve) => (proceed = resolve));
    const transaction = app.strapi.db.transaction(async () => {
      await app.strapi.db.query('plugin::complaints.department').update({ where: { id: fx.departments.a }, data: { name: 'In transactie' } });
      began();
      await go;
      return catalog.department(fx.departments.a);
    });
    await started;
    // a load outside the transaction, under way while the transaction asks: on SQLite's one connection it
    // waits for the transaction, so a transaction waiting for it would never end
    const outside = catalog.departments();
    proceed();
    expect((await transaction).id).toBe(fx.departments.a);
    await outside;
  }, 20_000);
});
