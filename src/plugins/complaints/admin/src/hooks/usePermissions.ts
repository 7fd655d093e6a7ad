import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

const CHECKED = [...PERMISSIONS.read, ...PERMISSIONS.process, ...PERMISSIONS.settings];

/** What the signed-in user may do in the plugin: hide what the server would refuse with 403. */
export function usePermissions() {
  const { allowedActions, isLoading } = useRBAC(CHECKED as never);
  return {
    isLoading,
    canRead: Boolean(allowedActions.canRead),
    canProcess: Boolean(allowedActions.canProcess),
    canManageSettings: Boolean(allowedActions.canManage),
  };
}
