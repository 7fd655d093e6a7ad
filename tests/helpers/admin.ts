/** Admin users, roles and sessions for tests that call admin routes. */
import type { TestApp } from './strapi';

export interface AdminUser {
  id: number;
  email: string;
  password: string;
}

let counter = 0;

export async function createSuperAdmin(app: TestApp, overrides: Partial<{ email: string; firstname: string; lastname: string }> = {}): Promise<AdminUser> {
  const role = await app.strapi.service('admin::role').getSuperAdmin();
  return createAdminUser(app, [role.id], overrides);
}

export async function createAdminUser(
  app: TestApp,
  roleIds: number[],
  overrides: Partial<{ email: string; firstname: string; lastname: string }> = {},
): Promise<AdminUser> {
  counter += 1;
  const email = overrides.email ?? `user${counter}.${Date.now()}@test.local`;
  const password = 'Test1234!pass';
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: overrides.firstname ?? 'Test',
    lastname: overrides.lastname ?? `Gebruiker ${counter}`,
    password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'nl',
    roles: roleIds,
  });
  return { id: user.id, email, password };
}

/** Logs in once (the login route is rate-limited) and returns the bearer token. */
export async function loginAdmin(app: TestApp, user: AdminUser): Promise<string> {
  const res = await app.http().post('/admin/login').send({ email: user.email, password: user.password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
}
