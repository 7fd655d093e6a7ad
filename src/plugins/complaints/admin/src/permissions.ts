/** The plugin's RBAC actions (shared/permissions.ts), in the shape Page.Protect and menu links take. */
import { ACTIONS } from '../../shared/permissions';

const permission = (action: string) => [{ action, subject: null }];

export const PERMISSIONS = {
  read: permission(ACTIONS.read),
  process: permission(ACTIONS.process),
  settings: permission(ACTIONS.manageSettings),
  reports: permission(ACTIONS.readReports),
  privacy: permission(ACTIONS.managePrivacy),
};

/** Any of these opens the plugin: the procedure's pages need "inzien", the report and privacy pages their own right. */
export const PLUGIN_ACCESS = [...PERMISSIONS.read, ...PERMISSIONS.reports, ...PERMISSIONS.privacy];
