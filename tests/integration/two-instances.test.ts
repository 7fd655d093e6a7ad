/**
 * Two Strapi instances on one database (the production shape behind a load balancer): 200 complaints
 * registered at once, half through each instance, get 200 distinct, gapless references.
 */
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startAppProcess, type AppProcess } from '../helpers/process';
import { startApp, type TestApp } from '../helpers/strapi';

describe('two instances sharing one database', () => {
  let app: TestApp;
  let second: AppProcess;
  let fx: Fixtures;

  beforeAll(async () => {
    app = await startApp({ listen: true });
    fx = await createFixtures(app);
    second = await startAppProcess(app.db);
  });

  afterAll(async () => {
    await second?.stop();
    await app?.stop();
  });

  it('hands out distinct references under concurrent registration on both instances', async () => {
    const send = (base: string, i: number) =>
      fetch(`${base}/complaints/complaints`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${fx.superAdmin.token}` },
        body: JSON.stringify(registration(fx, { complainantName: `Instantie ${i}` })),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }));

    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => send(i % 2 ? app.url : second.url, i)));
    expect(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body.error)}`)).toEqual([]);
    const numbers = results.map((r) => Number(r.body.data.reference.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers[199] - numbers[0]).toBe(199);
    const stored = await app.strapi.db.query('plugin::complaints.complaint').findMany({ select: ['reference'] });
    expect(new Set(stored.map((c: any) => c.reference)).size).toBe(stored.length);
  });
});
