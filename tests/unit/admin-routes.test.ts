/**
 * The admin routes ask the permission the admin's pages are protected with, and every action of the
 * procedure is mounted at its shared path with a controller action of its name.
 */
import { ACTION_NAMES, ACTION_PATHS } from '../../src/plugins/complaints/shared/actions';
import { PERMISSIONS } from '../../src/plugins/complaints/admin/src/permissions';
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';
import controllers from '../../src/plugins/complaints/server/src/controllers';

const needs = (method: string, path: string) => {
  const route = adminRoutes.find((r) => r.method === method && r.path === path);
  return (route?.config.policies[1] as { config: { actions: string[] } } | undefined)?.config.actions[0];
};

describe('admin routes', () => {
  it('ask the permission the page that calls them is protected with', () => {
    expect(needs('GET', '/reports/annual')).toBe(PERMISSIONS.reports[0].action);
    expect(needs('GET', '/privacy/export')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('POST', '/privacy/retention')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('POST', '/complaints/:id/anonymise')).toBe(PERMISSIONS.privacy[0].action);
    expect(needs('GET', '/settings/staff')).toBe(PERMISSIONS.settings[0].action);
    expect(needs('GET', '/settings')).toBe(PERMISSIONS.settings[0].action);
    expect(needs('POST', '/complaints/:id/outcome/preview')).toBe(PERMISSIONS.process[0].action);
  });

  it('mount every action of the procedure at its path, handled by the action of its name in its step', () => {
    for (const action of ACTION_NAMES) {
      const route = adminRoutes.find((r) => r.path === `/complaints/:id/${ACTION_PATHS[action]}`);
      const [controller, handler] = String(route?.handler).split('.');
      const factory = (controllers as Record<string, (deps: { strapi: never }) => Record<string, unknown>>)[controller];
      expect(`${action}: ${route?.method} ${handler} ${typeof factory?.({ strapi: {} as never })[handler]}`).toBe(`${action}: POST ${action} function`);
      expect(needs('POST', route!.path)).toBe(PERMISSIONS.process[0].action);
    }
  });

  it('name a controller action that exists, for every route', () => {
    for (const route of adminRoutes) {
      const [controller, handler] = route.handler.split('.');
      const factory = (controllers as Record<string, (deps: { strapi: never }) => Record<string, unknown>>)[controller];
      expect(`${route.method} ${route.path}: ${typeof factory?.({ strapi: {} as never })[handler]}`).toBe(`${route.method} ${route.path}: function`);
    }
  });
});
