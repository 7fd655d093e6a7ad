/**
 * Every admin route of the plugin × every kind of user → the expected 401 / 403 / allowed, generated from
 * one table: a route without a row fails the test, so a new route cannot be forgotten. The target is a
 * behaviour complaint of department A, handled by A's manager.
 */
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';
import { ACTIONS } from '../../src/plugins/complaints/server/src/permissions';
import { createAdminUser, loginAdmin } from '../helpers/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

type Actor = 'anonymous' | 'noPluginRights' | 'handlerA' | 'handlerB' | 'managerA' | 'managerB' | 'coordinator' | 'editor' | 'superAdmin';
type Target = 'complaint' | 'letter' | null;

/** The permission each route needs and whether it targets one complaint (then department scoping applies). */
const ROUTES: Record<string, { action: string; target: Target }> = {
  'GET /overview': { action: ACTIONS.read, target: null },
  'GET /lookups': { action: ACTIONS.read, target: null },
  'GET /complaints': { action: ACTIONS.read, target: null },
  'GET /complaints/:id': { action: ACTIONS.read, target: 'complaint' },
  'POST /complaints/bulk': { action: ACTIONS.process, target: null },
  'GET /views': { action: ACTIONS.read, target: null },
  'POST /views': { action: ACTIONS.read, target: null },
  'DELETE /views/:id': { action: ACTIONS.read, target: null },
  'POST /complaints': { action: ACTIONS.process, target: null },
  'POST /complaints/:id/acknowledge': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/resolve': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/not-admissible': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/hearing/plan': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/hearing/record': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/hearing/skip': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/outcome': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/outcome/preview': { action: ACTIONS.process, target: 'complaint' },
  'GET /complaints/:id/outcome/draft': { action: ACTIONS.process, target: 'complaint' },
  'PUT /complaints/:id/outcome/draft': { action: ACTIONS.process, target: 'complaint' },
  'DELETE /complaints/:id/outcome/draft': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/monitoring': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/agreements/:agreementId/result': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/close': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/accept': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/extend': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/delay-consent': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/assign': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/withdraw': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/reopen': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/forward': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/transfer': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/corrections': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/links': { action: ACTIONS.process, target: 'complaint' },
  'DELETE /complaints/:id/links/:relatedId': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/dissatisfaction': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/dispute/eligible': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/dispute/committee-outcome': { action: ACTIONS.process, target: 'complaint' },
  'GET /complaints/:id/attachments': { action: ACTIONS.read, target: 'complaint' },
  'GET /complaints/:id/attachments/:attachmentId': { action: ACTIONS.read, target: 'complaint' },
  'POST /complaints/:id/attachments': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/questions': { action: ACTIONS.process, target: 'complaint' },
  'POST /complaints/:id/notes': { action: ACTIONS.process, target: 'complaint' },
  'GET /incoming-mails': { action: ACTIONS.process, target: null },
  'POST /incoming-mails/:mailId/not-a-complaint': { action: ACTIONS.process, target: null },
  'GET /letters/to-print': { action: ACTIONS.read, target: null },
  'GET /letters/print': { action: ACTIONS.read, target: null },
  'POST /letters/printed': { action: ACTIONS.process, target: null },
  'GET /letters/:letterId/pdf': { action: ACTIONS.read, target: 'letter' },
  'GET /letters/:letterId/content': { action: ACTIONS.read, target: 'letter' },
  'POST /letters/:letterId/retry': { action: ACTIONS.process, target: 'letter' },
  'POST /letters/:letterId/printed': { action: ACTIONS.process, target: 'letter' },
  'GET /settings': { action: ACTIONS.manageSettings, target: null },
  'PUT /settings/procedure': { action: ACTIONS.manageSettings, target: null },
  'POST /settings/regime': { action: ACTIONS.manageSettings, target: null },
  'PUT /settings/form': { action: ACTIONS.manageSettings, target: null },
  'GET /settings/calendar': { action: ACTIONS.manageSettings, target: null },
  'GET /settings/staff': { action: ACTIONS.manageSettings, target: null },
  'POST /settings/closed-days': { action: ACTIONS.manageSettings, target: null },
  'DELETE /settings/closed-days/:id': { action: ACTIONS.manageSettings, target: null },
  'POST /sweep': { action: ACTIONS.manageSettings, target: null },
  'GET /departments': { action: ACTIONS.manageSettings, target: null },
  'POST /departments': { action: ACTIONS.manageSettings, target: null },
  'PUT /departments/:id': { action: ACTIONS.manageSettings, target: null },
  'GET /categories': { action: ACTIONS.manageSettings, target: null },
  'POST /categories': { action: ACTIONS.manageSettings, target: null },
  'PUT /categories/:id': { action: ACTIONS.manageSettings, target: null },
  'GET /privacy/export': { action: ACTIONS.managePrivacy, target: null },
  'POST /complaints/:id/anonymise': { action: ACTIONS.managePrivacy, target: null },
  'POST /privacy/retention': { action: ACTIONS.managePrivacy, target: null },
  'GET /reports/annual': { action: ACTIONS.readReports, target: null },
  'GET /reports/register': { action: ACTIONS.readReports, target: null },
  'GET /letter-templates': { action: ACTIONS.manageSettings, target: null },
  'PUT /letter-templates/:id': { action: ACTIONS.manageSettings, target: null },
  'POST /letter-templates/:id/reset': { action: ACTIONS.manageSettings, target: null },
  'POST /letter-templates/preview': { action: ACTIONS.manageSettings, target: null },
};

const ALL = Object.values(ACTIONS);
const PERMISSIONS: Record<Exclude<Actor, 'anonymous'>, string[]> = {
  noPluginRights: [],
  handlerA: [ACTIONS.read, ACTIONS.process],
  handlerB: [ACTIONS.read, ACTIONS.process],
  managerA: [ACTIONS.read, ACTIONS.process, ACTIONS.readBehaviour],
  managerB: [ACTIONS.read, ACTIONS.process, ACTIONS.readBehaviour],
  coordinator: [ACTIONS.read, ACTIONS.process, ACTIONS.readBehaviour, ACTIONS.allDepartments, ACTIONS.readReports, ACTIONS.managePrivacy],
  editor: [ACTIONS.manageSettings],
  superAdmin: ALL,
};
/** Who may see the target (a behaviour complaint of department A handled by manager A). */
const SEES_TARGET: Actor[] = ['managerA', 'coordinator', 'superAdmin'];

function expected(actor: Actor, route: { action: string; target: Target }): 401 | 403 | 'allowed' {
  if (actor === 'anonymous') return 401;
  if (!PERMISSIONS[actor].includes(route.action)) return 403;
  if (route.target && !SEES_TARGET.includes(actor)) return 403;
  return 'allowed';
}

describe('permission matrix of the admin routes', () => {
  let app: TestApp;
  let fx: Fixtures;
  const tokens: Partial<Record<Actor, string>> = {};
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    const roleService = app.strapi.service('admin::role');
    const noRights = await roleService.create({ name: 'Zonder klachtenrechten', description: 'test' });
    const editorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'complaints-editor' } });
    const none = await createAdminUser(app, [noRights.id]);
    const editor = await createAdminUser(app, [editorRole.id]);
    const users = { noPluginRights: none, handlerA: fx.handlerA, handlerB: fx.handlerB, managerA: fx.managerA, managerB: fx.managerB, coordinator: fx.coordinator, editor };
    for (const [actor, user] of Object.entries(users)) tokens[actor as Actor] = await loginAdmin(app, user);
    tokens.superAdmin = fx.superAdmin.token;

    const created = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { aboutEmployeeBehaviour: true, accusedName: 'Medewerker X', departmentId: fx.departments.a }));
    ids.id = created.body.data.id;
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: ids.id } });
    ids.letterId = letter.id;
    ids.agreementId = 999999;
    ids.attachmentId = 999999;
    const template = await app.strapi.db.query('plugin::complaints.letter-template').findOne({});
    ids.templateId = template.id;
    ids.closedDay = (await app.strapi.db.query('plugin::complaints.closed-day').findOne({})).id;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('has a row for every admin route of the plugin', () => {
    const actual = adminRoutes.map((r) => `${r.method} ${r.path}`).sort();
    expect(Object.keys(ROUTES).sort()).toEqual(actual);
    for (const route of adminRoutes) {
      const guard = route.config.policies.find((p: any) => typeof p === 'object') as any;
      expect(route.config.policies).toContain('admin::isAuthenticatedAdmin');
      expect(guard.config.actions).toEqual([ROUTES[`${route.method} ${route.path}`].action]);
    }
  });

  const actors: Actor[] = ['anonymous', 'noPluginRights', 'handlerA', 'handlerB', 'managerA', 'managerB', 'coordinator', 'editor', 'superAdmin'];
  it.each(actors)('answers %s as the table says on every route', async (actor) => {
    const outcomes: string[] = [];
    // Routes that change or erase things run last, so the others see the target intact.
    const ordered = [...adminRoutes].sort((a, b) => Number(/anonymise|retention/.test(a.path)) - Number(/anonymise|retention/.test(b.path)));
    for (const route of ordered) {
      const key = `${route.method} ${route.path}`;
      const path = `/complaints${route.path}`
        .replace(':id', String(route.path.startsWith('/departments') ? fx.departments.a : route.path.startsWith('/categories') ? fx.categories.service : route.path.startsWith('/letter-templates') ? ids.templateId : route.path.startsWith('/settings/closed-days') ? ids.closedDay : ids.id))
        .replace(':letterId', String(ids.letterId))
        .replace(':agreementId', String(ids.agreementId));
      let req = app.http()[route.method.toLowerCase() as 'get'](path);
      if (tokens[actor]) req = req.set('Authorization', `Bearer ${tokens[actor]}`);
      if (route.method !== 'GET') req = (req as any).send({});
      const res = await req;
      const want = expected(actor, ROUTES[key]);
      const ok = want === 'allowed' ? res.status < 500 && res.status !== 401 && res.status !== 403 : res.status === want;
      if (!ok) outcomes.push(`${key}: expected ${want}, got ${res.status} ${JSON.stringify(res.body?.error?.message ?? '')}`);
    }
    expect(outcomes).toEqual([]);
  });

  it('a handler or manager of department A gets 403 on department B’s behaviour complaint', async () => {
    const b = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { aboutEmployeeBehaviour: true, accusedName: 'Medewerker Y', departmentId: fx.departments.b }));
    const id = b.body.data.id;
    for (const actor of ['handlerA', 'managerA'] as Actor[]) {
      expect((await app.http().get(`/complaints/complaints/${id}`).set('Authorization', `Bearer ${tokens[actor]}`)).status).toBe(403);
      expect((await app.http().post(`/complaints/complaints/${id}/acknowledge`).set('Authorization', `Bearer ${tokens[actor]}`).send({})).status).toBe(403);
    }
    expect((await app.http().get(`/complaints/complaints/${id}`).set('Authorization', `Bearer ${tokens.managerB}`)).status).toBe(200);
    // and lists leave it out
    const list = await app.http().get('/complaints/complaints?pageSize=100').set('Authorization', `Bearer ${tokens.managerA}`);
    expect(list.body.data.results.map((c: any) => c.id)).not.toContain(id);
  });

  it('lets no route, the content manager included, change or delete an audit event', async () => {
    const event = await app.strapi.db.query('plugin::complaints.complaint-event').findOne({ where: { complaintId: ids.id } });
    const uid = 'plugin::complaints.complaint-event';
    const auth = { Authorization: `Bearer ${fx.superAdmin.token}` };
    const attempts = [
      app.http().put(`/content-manager/collection-types/${uid}/${event.documentId}`).set(auth).send({ note: 'gewijzigd' }),
      app.http().delete(`/content-manager/collection-types/${uid}/${event.documentId}`).set(auth),
      app.http().post(`/content-manager/collection-types/${uid}/actions/bulkDelete`).set(auth).send({ documentIds: [event.documentId] }),
      app.http().post(`/content-manager/collection-types/${uid}`).set(auth).send({ complaintId: ids.id, type: 'forged', actorType: 'system', at: new Date().toISOString() }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const after = await app.strapi.db.query('plugin::complaints.complaint-event').findOne({ where: { id: event.id } });
    expect(after).toMatchObject({ note: event.note, type: event.type });
    expect(await app.strapi.db.query('plugin::complaints.complaint-event').count({ where: { type: 'forged' } })).toBe(0);
  });
});
