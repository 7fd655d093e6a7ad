/** Development demo data: departments, categories, staff in every role, complaints in every status. */
import { ensureDevelopmentAdmin } from '../../src/development-admin';
import { seedDemoData } from '../../src/plugins/complaints/server/src/demo/seed';
import { STATUSES } from '../../src/plugins/complaints/server/src/domain/procedure';
import { startApp, type TestApp } from '../helpers/strapi';

describe('demo data', () => {
  let app: TestApp;

  beforeAll(async () => {
    // what `npm run develop` asks for (scripts/develop.js), on a site that has its default categories
    app = await startApp({ env: { COMPLAINTS_DEV_SEED: 'true', COMPLAINTS_DEMO_DATA: 'true', COMPLAINTS_DEFAULT_CATEGORIES: 'true' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('seeds a complaint in every status, with references and audit trails', async () => {
    const complaints = await app.strapi.db.query('plugin::complaints.complaint').findMany({ select: ['id', 'status', 'reference'] });
    expect([...new Set(complaints.map((c: any) => c.status))].sort()).toEqual([...STATUSES].sort());
    for (const complaint of complaints) {
      const events = await app.strapi.db.query('plugin::complaints.complaint-event').count({ where: { complaintId: complaint.id } });
      expect(events).toBeGreaterThanOrEqual(complaint.status === 'received' ? 1 : 2);
    }
  });

  it('creates the departments with managers and the procedure roles', async () => {
    const departments = await app.strapi.db.query('plugin::complaints.department').findMany();
    expect(departments.map((d: any) => d.name).sort()).toEqual(['Klantenservice', 'Onderhoud', 'Wonen']);
    expect(departments.every((d: any) => typeof d.managerId === 'number')).toBe(true);
    // the default categories of the procedure's scope came first; the demo adds only what is missing
    const categories = await app.strapi.db.query('plugin::complaints.category').findMany({ select: ['key'] });
    expect(categories.map((c: any) => c.key).sort()).toEqual(['contact-medewerker', 'dienstverlening', 'overig', 'servicedesk', 'uitvoering-regels']);
    const roles = await app.strapi.db.query('admin::role').findMany({ select: ['code'] });
    expect(roles.map((r: any) => r.code)).toEqual(expect.arrayContaining(['strapi-super-admin', 'complaints-handler', 'complaints-manager', 'complaints-coordinator', 'complaints-editor']));
  });

  it('still gets the development super admin at start-up, although the demo staff exist already, and only once', async () => {
    const email = 'admin@klachten.local';
    const login = await app.http().post('/admin/login').send({ email, password: 'Klachten2026!' });
    expect(login.status).toBe(200);
    const admin = await app.strapi.db.query('admin::user').findOne({ where: { email }, populate: ['roles'] });
    expect(admin.roles.map((r: any) => r.code)).toEqual(['strapi-super-admin']);
    expect(await ensureDevelopmentAdmin(app.strapi)).toBeNull();
  });

  it('does not seed twice', async () => {
    const before = await app.strapi.db.query('plugin::complaints.complaint').count();
    await seedDemoData(app.strapi);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count()).toBe(before);
  });
});
