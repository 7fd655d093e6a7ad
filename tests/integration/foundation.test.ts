import { startApp, TestApp } from '../helpers/strapi';
import { PLUGIN_VERSION } from '../../src/plugins/complaints/server/src/plugin-info';

describe('foundation: the app boots with the complaints plugin', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('registers the complaints plugin with its content types', () => {
    const plugin = app.strapi.plugin('complaints');
    expect(plugin).toBeDefined();
    expect(Object.keys(app.strapi.contentTypes)).toEqual(expect.arrayContaining(['plugin::complaints.complaint', 'plugin::complaints.department']));
  });

  it('answers the health route over HTTP with the plugin version', async () => {
    const res = await app.http().get('/api/complaints/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { plugin: 'complaints', version: PLUGIN_VERSION, status: 'ok', database: 'up', outbox: { queued: 0, due: 0, oldestDueSeconds: null } } });
  });

  it('runs on the database this project asked for', () => {
    expect(app.strapi.db.dialect.client).toBe(process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite');
  });
});
