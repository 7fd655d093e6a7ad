/**
 * Awb 9:7 for every actor: a complaint about the department manager's behaviour is not theirs to see or
 * act on (no dossier, no list row, no action, no new-complaint e-mail as the department's manager); the
 * coordinator handles it; the manager gets the copy the law gives them (9:9) once it is taken up.
 */
import { loginAdmin } from '../helpers/admin';
import { createFixtures, registration, roleId, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

describe('the person complained about (Awb 9:7)', () => {
  let app: TestApp;
  let fx: Fixtures;
  let manager: string;
  let coordinator: string;

  const as = (token: string) => ({
    get: (path: string) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => app.http().post(`/complaints${path}`).set('Authorization', `Bearer ${token}`).send(body),
  });
  const letters = (where: Record<string, unknown>) => app.strapi.db.query('plugin::complaints.letter').findMany({ where, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    [manager, coordinator] = await Promise.all([loginAdmin(app, fx.managerA), loginAdmin(app, fx.coordinator)]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps a complaint about the manager away from the manager, while the coordinator handles it', async () => {
    const filed = await as(fx.superAdmin.token).post(
      '/complaints',
      registration(fx, { categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'Manager A', accusedFunction: 'Leidinggevende', accusedUserId: fx.managerA.id }),
    );
    expect(filed.status).toBe(201);
    const { id, reference } = filed.body.data;
    // nobody handles it yet: the manager is the one complained about
    const row = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } });
    expect(row.handlerId).toBeNull();
    // the department hears of it by its address, not through the manager
    const notices = await letters({ complaintId: id, kind: 'staff_new_complaint' });
    expect(notices.map((l: any) => l.recipientEmail)).not.toContain(fx.managerA.email);

    // the manager: no dossier, no row in any list, no count, no action
    expect((await as(manager).get(`/complaints/${id}`)).status).toBe(403);
    const list = await as(manager).get('/complaints?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.data.results.map((c: any) => c.reference)).not.toContain(reference);
    expect((await as(manager).get(`/complaints?search=${reference}`)).body.data.results).toEqual([]);
    expect((await as(coordinator).get(`/complaints?search=${reference}`)).body.data.results.map((c: any) => c.reference)).toEqual([reference]);
    expect((await as(manager).post(`/complaints/${id}/assign`, { handlerId: fx.managerA.id })).status).toBe(403);
    expect((await as(manager).post(`/complaints/${id}/acknowledge`, {})).status).toBe(403);
    expect((await as(manager).post(`/complaints/${id}/notes`, { text: 'Dit klopt niet.', mentions: [] })).status).toBe(403);

    // the coordinator sees it and gives it to a handler who may handle the department (not the manager)
    expect((await as(coordinator).get(`/complaints/${id}`)).status).toBe(200);
    const refused = await as(coordinator).post(`/complaints/${id}/assign`, { handlerId: fx.managerA.id });
    expect(refused.status).toBe(409);
    expect((await as(coordinator).post(`/complaints/${id}/assign`, { handlerId: fx.coordinator.id })).status).toBe(200);
    expect((await as(coordinator).post(`/complaints/${id}/acknowledge`, { inviteForHearing: true })).status).toBe(200);
    // Awb 9:9: the manager gets the copy of the complaint, by e-mail
    expect((await letters({ complaintId: id, audience: 'accused' })).map((l: any) => [l.kind, l.recipientEmail])).toEqual([['accused_copy', fx.managerA.email]]);
    // still not theirs to open
    expect((await as(manager).get(`/complaints/${id}`)).status).toBe(403);
  });

  it('leaves the manager every other complaint of the department', async () => {
    const { id, reference } = (await as(fx.superAdmin.token).post('/complaints', registration(fx))).body.data;
    expect((await as(manager).get(`/complaints/${id}`)).status).toBe(200);
    expect((await as(manager).get(`/complaints?search=${reference}`)).body.data.results.map((c: any) => c.reference)).toEqual([reference]);
    expect((await as(manager).post(`/complaints/${id}/acknowledge`, {})).status).toBe(200);
  });

  it('gives a complaint about the manager to the manager’s superior where the department names one', async () => {
    const put = (body: object) => app.http().put(`/complaints/departments/${fx.departments.b}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    const departmentB = { name: 'Afdeling B', email: 'b@test.local', managerId: fx.managerB.id, staffUserIds: [fx.handlerB.id], active: true, receivesUnassigned: false };
    // the manager cannot be their own superior
    const own = await put({ ...departmentB, superiorId: fx.managerB.id });
    expect(own.status).toBe(400);
    expect(own.body.error.details.fieldMessages.superiorId).toEqual({ nl: expect.any(String), en: expect.any(String) });
    expect((await put({ ...departmentB, superiorId: fx.coordinator.id })).status).toBe(200);

    const aboutManager = registration(fx, { departmentId: fx.departments.b, categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'Manager B', accusedUserId: fx.managerB.id });
    const { id } = (await as(fx.superAdmin.token).post('/complaints', aboutManager)).body.data;
    expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } })).handlerId).toBe(fx.coordinator.id);
    expect((await letters({ complaintId: id, kind: 'staff_behaviour_assigned' })).map((l: any) => l.recipientEmail)).toEqual([fx.coordinator.email]);
    // a complaint about someone else in the department still goes to its manager
    const aboutStaff = registration(fx, { departmentId: fx.departments.b, categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'Behandelaar B', accusedUserId: fx.handlerB.id });
    const other = (await as(fx.superAdmin.token).post('/complaints', aboutStaff)).body.data;
    expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: other.id } })).handlerId).toBe(fx.managerB.id);

    // a superior who may not handle this department's behaviour complaints is passed over: the coordinator assigns
    expect((await put({ ...departmentB, superiorId: fx.handlerA.id })).status).toBe(200);
    const passedOver = (await as(fx.superAdmin.token).post('/complaints', aboutManager)).body.data;
    expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: passedOver.id } })).handlerId).toBeNull();
    expect((await put({ ...departmentB, superiorId: null })).status).toBe(200);
  });

  it('warns the editors, on the settings and the overview, of a superior who would be passed over', async () => {
    const put = (body: object) => app.http().put(`/complaints/departments/${fx.departments.b}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    const departmentB = { name: 'Afdeling B', email: 'b@test.local', managerId: fx.managerB.id, staffUserIds: [fx.handlerB.id], active: true, receivesUnassigned: false };
    const superiorWarnings = async (path: '/settings' | '/overview') => {
      const res = await as(fx.superAdmin.token).get(path);
      expect(res.status).toBe(200);
      return res.body.data.warnings.filter((w: any) => w.code === 'superior_cannot_handle');
    };
    const handlerA = await app.strapi.db.query('admin::user').findOne({ where: { id: fx.handlerA.id }, populate: ['roles'] });
    const setActive = (isActive: boolean) => app.strapi.db.query('admin::user').update({ where: { id: fx.handlerA.id }, data: { isActive } });
    const setRoles = (codes: string[]) => Promise.all(codes.map((code) => roleId(app, code))).then((roles) => app.strapi.service('admin::user').updateById(fx.handlerA.id, { roles }));

    // saving a superior without the behaviour right is allowed, and named in a warning in both languages
    expect((await put({ ...departmentB, superiorId: fx.handlerA.id })).status).toBe(200);
    for (const path of ['/settings', '/overview'] as const) {
      const [warning, ...more] = await superiorWarnings(path);
      expect(more).toEqual([]);
      expect(warning.departmentId).toBe(fx.departments.b);
      expect(warning.message.nl).toContain('Afdeling B');
      expect(warning.message.nl).toContain('Behandelaar A');
      expect(warning.message.en).toContain('Afdeling B');
      expect(warning.message.en).toContain('another superior');
    }

    try {
      // the behaviour right alone is not enough: handler A is staff of department A, not B
      await setRoles(['complaints-manager']);
      expect(await superiorWarnings('/settings')).toHaveLength(1);
      // with the coordinator's rights (all departments) the superior takes the complaint, and the warning goes
      await setRoles(['complaints-coordinator']);
      expect(await superiorWarnings('/settings')).toEqual([]);
      expect(await superiorWarnings('/overview')).toEqual([]);
      // an account that cannot sign in is passed over as well, and the warning says so
      await setActive(false);
      const [inactive, ...more] = await superiorWarnings('/settings');
      expect(more).toEqual([]);
      expect(inactive.message.nl).toContain('kan niet inloggen');
      expect(inactive.message.en).toContain('cannot sign in');
      await setActive(true);
      const aboutManager = registration(fx, { departmentId: fx.departments.b, categoryId: fx.categories.behaviour, aboutEmployeeBehaviour: true, accusedName: 'Manager B', accusedUserId: fx.managerB.id });
      const { id } = (await as(fx.superAdmin.token).post('/complaints', aboutManager)).body.data;
      expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } })).handlerId).toBe(fx.handlerA.id);
    } finally {
      await setActive(true);
      await app.strapi.service('admin::user').updateById(fx.handlerA.id, { roles: handlerA.roles.map((r: { id: number }) => r.id) });
      expect((await put({ ...departmentB, superiorId: null })).status).toBe(200);
    }
    expect(await superiorWarnings('/settings')).toEqual([]);
  });
});
