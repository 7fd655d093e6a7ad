/**
 * Grants the users-permissions public role the plugin's public actions, idempotently. Only missing rows are
 * added (the role service's updateRole would delete every permission not in its payload).
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './routes/content-api';

export async function grantPublicActions(strapi: Core.Strapi): Promise<void> {
  const findPublicRole = () => strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  let publicRole = await findPublicRole();
  if (!publicRole) {
    // On a fresh database this plugin boots before users-permissions has made its roles. Let it make them
    // (and its default permissions) now, exactly as its own bootstrap would; that bootstrap then finds
    // them in place and keeps ours.
    await strapi.plugin('users-permissions').service('users-permissions').initialize();
    publicRole = await findPublicRole();
  }
  if (!publicRole) throw new Error('users-permissions has no public role: the public complaint form cannot be opened');
  const existing = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { action: { $in: PUBLIC_ACTIONS }, role: publicRole.id },
    select: ['action'],
  });
  const have = new Set(existing.map((p: { action: string }) => p.action));
  for (const action of PUBLIC_ACTIONS.filter((a) => !have.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: publicRole.id } });
  }
}
