/** Reference data for tests: categories, departments with a manager and staff, admin users per role. */
import type { TestApp } from './strapi';
import { createAdminUser, createSuperAdmin, loginAdmin, type AdminUser } from './admin';

export interface Fixtures {
  superAdmin: AdminUser & { token: string };
  categories: { service: number; behaviour: number };
  departments: { a: number; b: number };
  managerA: AdminUser;
  managerB: AdminUser;
  handlerA: AdminUser;
  handlerB: AdminUser;
  coordinator: AdminUser;
}

export async function roleId(app: TestApp, code: string): Promise<number> {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code } });
  if (!role) throw new Error(`role ${code} missing`);
  return role.id;
}

export function clearCaches(app: TestApp) {
  app.strapi.plugin('complaints').service('catalog').invalidate();
  app.strapi.plugin('complaints').service('settings').invalidate();
}

export async function createFixtures(app: TestApp): Promise<Fixtures> {
  const superAdmin = await createSuperAdmin(app);
  const token = await loginAdmin(app, superAdmin);
  const [manager, handler, coordinator] = await Promise.all([roleId(app, 'complaints-manager'), roleId(app, 'complaints-handler'), roleId(app, 'complaints-coordinator')]);
  const managerA = await createAdminUser(app, [manager], { firstname: 'Manager', lastname: 'A' });
  const managerB = await createAdminUser(app, [manager], { firstname: 'Manager', lastname: 'B' });
  const handlerA = await createAdminUser(app, [handler], { firstname: 'Behandelaar', lastname: 'A' });
  const handlerB = await createAdminUser(app, [handler], { firstname: 'Behandelaar', lastname: 'B' });
  const coord = await createAdminUser(app, [coordinator], { firstname: 'Coördinator', lastname: 'C' });

  const db = app.strapi.db;
  const service = await db.query('plugin::complaints.category').create({ data: { key: 'dienstverlening', nameNl: 'Dienstverlening', nameEn: 'Service', active: true, sortOrder: 1 } });
  const behaviour = await db.query('plugin::complaints.category').create({ data: { key: 'contact-medewerker', nameNl: 'Contact met medewerker', nameEn: 'Contact with an employee', suggestsBehaviour: true, active: true, sortOrder: 2 } });
  const a = await db.query('plugin::complaints.department').create({ data: { name: 'Afdeling A', nameEn: 'Department A', email: 'a@test.local', managerId: managerA.id, staffUserIds: [handlerA.id], active: true, receivesUnassigned: true } });
  const b = await db.query('plugin::complaints.department').create({ data: { name: 'Afdeling B', email: 'b@test.local', managerId: managerB.id, staffUserIds: [handlerB.id], active: true } });
  clearCaches(app);

  return {
    superAdmin: { ...superAdmin, token },
    categories: { service: service.id, behaviour: behaviour.id },
    departments: { a: a.id, b: b.id },
    managerA,
    managerB,
    handlerA,
    handlerB,
    coordinator: coord,
  };
}

/** A valid staff registration body; override what the test is about. */
export function registration(fixtures: Fixtures, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'post',
    complainantName: 'Jan de Boer',
    complainantEmail: 'jan@example.nl',
    complainantAddress: 'Dorpsstraat 1',
    complainantPostalCode: '1234AB',
    complainantCity: 'Amsterdam',
    categoryId: fixtures.categories.service,
    departmentId: fixtures.departments.a,
    description: 'De reparatie is drie keer afgezegd zonder bericht.',
    ...overrides,
  };
}
