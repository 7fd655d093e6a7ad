import type { Core } from '@strapi/strapi';

const DEFAULT_EMAIL = 'admin@klachten.local';
const DEFAULT_PASSWORD = 'Klachten2026!';

/**
 * In development, a database without a super admin gets one from ADMIN_EMAIL / ADMIN_PASSWORD, and the
 * login is printed once, so `npm run develop` on a fresh clone ends with a working sign-in. (Without a
 * super admin, not without users: the plugin's demo data has made its staff users by the time this runs.)
 * Returns the e-mail address of the admin it created.
 */
export async function ensureDevelopmentAdmin(strapi: Core.Strapi): Promise<string | null> {
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdminRole) return null;
  const existing = await strapi.db.query('admin::user').count({ where: { roles: { id: superAdminRole.id } } });
  if (existing > 0) return null;

  const email = process.env.ADMIN_EMAIL || DEFAULT_EMAIL;
  const password = process.env.ADMIN_PASSWORD || DEFAULT_PASSWORD;
  await strapi.service('admin::user').create({
    email,
    firstname: 'Klachten',
    lastname: 'Beheerder',
    password,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'nl',
    roles: [superAdminRole.id],
  });

  const url = `${strapi.config.get('server.absoluteUrl', `http://localhost:${strapi.config.get('server.port', 1337)}`)}/admin`;
  const lines = [
    '',
    '┌──────────────────────────────────────────────────────────',
    '│ Klachten: development admin created',
    `│   Admin:    ${url}`,
    `│   E-mail:   ${email}`,
    `│   Password: ${password}`,
    '│ (set ADMIN_EMAIL / ADMIN_PASSWORD before the first start to choose others)',
    '└──────────────────────────────────────────────────────────',
    '',
  ];
  // After Strapi's own start-up banner, so the login is the last thing on screen.
  const print = () => setTimeout(() => strapi.log.info(lines.join('\n')), 1000);
  if (strapi.server.httpServer.listening) print();
  else strapi.server.httpServer.once('listening', print);
  return email;
}
