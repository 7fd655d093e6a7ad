import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../permissions';

/**
 * useRBAC names each permission after the last part of its action (`…complaints.read` → canRead), so
 * actions that end alike (`complaints.read` and `reports.read`) are checked in separate calls.
 */
const PROCEDURE = [...PERMISSIONS.read, ...PERMISSIONS.process, ...PERMISSIONS.settings];
const REPORTS = [...PERMISSIONS.reports];
const PRIVACY = [...PERMISSIONS.privacy];

/** What the signed-in user may do in the plugin: hide what the server would refuse with 403. */
export function usePermissions() {
  const procedure = useRBAC(PROCEDURE as never);
  const reports = useRBAC(REPORTS as never);
  const privacy = useRBAC(PRIVACY as never);
  return {
    isLoading: procedure.isLoading || reports.isLoading || privacy.isLoading,
    canRead: Boolean(procedure.allowedActions.canRead),
    canProcess: Boolean(procedure.allowedActions.canProcess),
    canManageSettings: Boolean(procedure.allowedActions.canManage),
    canReadReports: Boolean(reports.allowedActions.canRead),
    canManagePrivacy: Boolean(privacy.allowedActions.canManage),
  };
}
