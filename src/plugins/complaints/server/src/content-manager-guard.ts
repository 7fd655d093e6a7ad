/**
 * The plugin's tables are reached through its own pages only, which check departments, behaviour
 * complaints and the audit trail. Strapi's content manager knows none of that: a role granted
 * `content-manager.explorer.read` on a complaint type would list every complaint of every department. The
 * types are hidden from the content manager's menus already; here a grant on them to any role but the
 * super admin's is refused when the role is saved (403), and its routes answer 403 for the plugin's types
 * whatever a role holds.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const OWN_TYPES = 'plugin::complaints.';

function refusesSubject(subject: unknown): boolean {
  return typeof subject === 'string' && subject.startsWith(OWN_TYPES);
}

function roleOf(row: Record<string, unknown>): number | null {
  const role = row.role as unknown;
  if (typeof role === 'number' || typeof role === 'string') return Number(role);
  if (role && typeof role === 'object' && 'id' in role) return Number((role as { id: unknown }).id);
  return null;
}

export function registerContentManagerGuard(strapi: Core.Strapi): void {
  // Strapi itself gives the super admin read on every type, hidden ones included (the routes below keep
  // that from reaching anything); any other role asking for it is refused.
  let superAdminRole: Promise<number | null> | null = null;
  const superAdminRoleId = () =>
    (superAdminRole ??= strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'strapi-super-admin' }, select: ['id'] })
      .then((role: { id: number } | null) => {
        if (!role) superAdminRole = null;
        return role?.id ?? null;
      }));
  const refuseGrant = async (event: { params?: { data?: unknown } }) => {
    const data = event.params?.data;
    const rows = (Array.isArray(data) ? data : [data]).filter((row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object');
    const asked = rows.filter((row) => refusesSubject(row.subject));
    if (!asked.length) return;
    const superAdmin = await superAdminRoleId();
    if (asked.every((row) => superAdmin !== null && roleOf(row) === superAdmin)) return;
    throw new errors.ForbiddenError('The complaints plugin manages its own types: content-manager permissions on them are not allowed');
  };
  strapi.db.lifecycles.subscribe({ models: ['admin::permission'], beforeCreate: refuseGrant, beforeCreateMany: refuseGrant, beforeUpdate: refuseGrant });

  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith('/content-manager/')) return next();
    let path = ctx.path as string;
    try {
      path = decodeURIComponent(path);
    } catch {
      // a malformed escape: the content manager refuses it itself
    }
    if (!path.includes(OWN_TYPES)) return next();
    ctx.status = 403;
    ctx.body = {
      data: null,
      error: { status: 403, name: 'ForbiddenError', message: 'Complaints are managed in the complaints plugin, not in the content manager', details: {} },
    };
  });
}
