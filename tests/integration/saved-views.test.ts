/**
 * Saved views: a staff member's own filters and order of a list page under a name; saving the same name
 * again replaces it; nobody sees, or removes, another's views.
 */
import { loginAdmin } from '../helpers/admin';
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('saved views of the lists', () => {
  let app: TestApp;
  let fx: Fixtures;
  let handlerA: string;
  let handlerB: string;

  const as = (token: string) => ({
    get: (path: string) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${token}`).send(body),
    del: (path: string) => app.http().delete(`/complaints${path}`).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    [handlerA, handlerB] = await Promise.all([loginAdmin(app, fx.handlerA), loginAdmin(app, fx.handlerB)]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps a user’s views per page, replaces one saved again under its name, and shows them to nobody else', async () => {
    const saved = await as(handlerA).post('/views', { page: 'complaints', name: 'Te laat', filters: { overdue: 'any', sort: 'received', search: '' } });
    expect(saved.status).toBe(201);
    // empty filters are not kept
    expect(saved.body.data).toMatchObject({ page: 'complaints', name: 'Te laat', filters: { overdue: 'any', sort: 'received' } });
    expect(saved.body.data.filters).not.toHaveProperty('search');
    await as(handlerA).post('/views', { page: 'step-2', name: 'Afdeling A', filters: { departmentId: String(fx.departments.a) } });
    const again = await as(handlerA).post('/views', { page: 'complaints', name: 'Te laat', filters: { overdue: 'handling' } });
    expect(again.body.data).toMatchObject({ id: saved.body.data.id, filters: { overdue: 'handling' } });

    const mine = (await as(handlerA).get('/views')).body.data;
    expect(mine.map((v: any) => [v.page, v.name])).toEqual([
      ['complaints', 'Te laat'],
      ['step-2', 'Afdeling A'],
    ]);
    expect((await as(handlerB).get('/views')).body.data).toEqual([]);
    // another user's view is not theirs to remove
    expect((await as(handlerB).del(`/views/${saved.body.data.id}`)).status).toBe(404);
    const removed = await as(handlerA).del(`/views/${saved.body.data.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.data.map((v: any) => v.name)).toEqual(['Afdeling A']);
  });

  it('answers 400 per field for an unknown page, an unknown filter or no name', async () => {
    const bad = await as(handlerA).post('/views', { page: 'settings', name: '', filters: { password: 'x' } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details.fieldMessages).sort()).toEqual(['filters', 'name', 'page']);
    expect(bad.body.error.details.fieldMessages.name).toEqual({ nl: expect.any(String), en: expect.any(String) });
  });
});
