import type { Core } from '@strapi/strapi';

const DEFAULT_EMAIL = 'admin@klachten.local';
/** Printed in the README and at a development start; also the demo staff's password. */
export const KNOWN_DEVELOPMENT_PASSWORD = 'Klachten2026!';
/** The domain of the development admin and the demo staff: no real organisation's staff use it. */
const DEVELOPMENT_DOMAIN = '@klachten.local';

/**
 * The development conveniences (the admin with a printed password, demo staff, demo complaints) only when
 * asked for: `npm run develop` sets COMPLAINTS_DEV_SEED=true, `strapi start` never does. Not assuming
 * development when NODE_ENV is unset is the point: that is how `npm start` runs on many servers.
 */
export function developmentSeedRequested(): boolean {
  const requested = process.env.COMPLAINTS_DEV_SEED === 'true';
  if (requested && process.env.NODE_ENV === 'production') {
    throw new Error(
      'COMPLAINTS_DEV_SEED=true maakt een beheerder met een bekend wachtwoord en kan niet samen met NODE_ENV=production. / ' +
        'COMPLAINTS_DEV_SEED=true creates an admin with a known password and cannot be combined with NODE_ENV=production.',
    );
  }
  return requested;
}

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
  const password = process.env.ADMIN_PASSWORD || KNOWN_DEVELOPMENT_PASSWORD;
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

/**
 * Outside development, the site refuses to start while an account still has the known development
 * password: a super admin (who can do everything), or the development admin and the demo staff (the
 * `@klachten.local` accounts). Only these few are checked, so the start stays quick with many users.
 * The admin commands of Strapi's CLI (`strapi admin:reset-user-password`) load the app without serving it,
 * to repair exactly this, so they are let through.
 */
export async function refuseKnownDevelopmentPasswords(strapi: Core.Strapi): Promise<void> {
  if (/^admin:/.test(process.argv[2] ?? '')) return;
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  const candidates: Array<{ email: string; password: string | null }> = await strapi.db.query('admin::user').findMany({
    where: {
      isActive: true,
      $or: [{ email: { $endsWith: DEVELOPMENT_DOMAIN } }, ...(superAdminRole ? [{ roles: { id: superAdminRole.id } }] : [])],
    },
    select: ['email', 'password'],
  });
  const auth = strapi.service('admin::auth');
  const known: string[] = [];
  for (const user of candidates) {
    if (user.password && (await auth.validatePassword(KNOWN_DEVELOPMENT_PASSWORD, user.password))) known.push(user.email);
  }
  if (!known.length) return;
  const accounts = known.join(', ');
  throw new Error(
    [
      `Start geweigerd: het bekende ontwikkelwachtwoord uit de README is nog in gebruik bij ${accounts}.`,
      'Geef elk van deze accounts een eigen wachtwoord (npx strapi admin:reset-user-password --email <e-mail> --password <nieuw wachtwoord>),',
      'of start als ontwikkelomgeving met COMPLAINTS_DEV_SEED=true (npm run develop).',
      `Start refused: the known development password from the README is still in use for ${accounts}.`,
      'Give each of these accounts a password of its own (npx strapi admin:reset-user-password --email <e-mail> --password <new password>),',
      'or start as a development environment with COMPLAINTS_DEV_SEED=true (npm run develop).',
    ].join('\n'),
  );
}
