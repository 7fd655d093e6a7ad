/**
 * The default admin roles of the procedure (handler, department manager, coordinator, editor), created at
 * start-up when missing. Existing roles are left as editors changed them.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_ROLES } from './permissions';

export async function ensureDefaultRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');
  // Plugins boot before the admin creates its own default roles, and it only does so when no role exists:
  // let it create Super Admin, Editor and Author first.
  await roleService.createRolesIfNoneExist();
  for (const definition of DEFAULT_ROLES) {
    const existing = await strapi.db.query('admin::role').findOne({ where: { code: definition.code } });
    if (existing) continue;
    try {
      const role = await roleService.create({ name: definition.name, code: definition.code, description: definition.description });
      await roleService.assignPermissions(
        role.id,
        definition.actions.map((action) => ({ action, subject: null, conditions: [], properties: {} })),
      );
    } catch (error) {
      // Another instance created it at the same moment: fine.
      strapi.log.debug(`[complaints] role ${definition.code}: ${(error as Error).message}`);
    }
  }
}
