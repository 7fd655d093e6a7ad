/**
 * The plugin's RBAC actions (Strapi's admin permissions). The server registers them (permissions.ts) and
 * names one on every admin route; the admin protects its pages and menu links with the same ids.
 */
export const ACTIONS = {
  read: 'plugin::complaints.complaints.read',
  process: 'plugin::complaints.complaints.process',
  readBehaviour: 'plugin::complaints.complaints.read-behaviour',
  allDepartments: 'plugin::complaints.complaints.all-departments',
  manageSettings: 'plugin::complaints.settings.manage',
  readReports: 'plugin::complaints.reports.read',
  managePrivacy: 'plugin::complaints.privacy.manage',
} as const;

export type PermissionAction = (typeof ACTIONS)[keyof typeof ACTIONS];
