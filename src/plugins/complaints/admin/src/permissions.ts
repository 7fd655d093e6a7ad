/** The plugin's RBAC actions (server: permissions.ts), in the shape Page.Protect and menu links take. */
const permission = (action: string) => [{ action, subject: null }];

export const PERMISSIONS = {
  read: permission('plugin::complaints.complaints.read'),
  process: permission('plugin::complaints.complaints.process'),
  settings: permission('plugin::complaints.settings.manage'),
  reports: permission('plugin::complaints.reports.read'),
  privacy: permission('plugin::complaints.privacy.manage'),
};

/** Any of these opens the plugin: the procedure's pages need "inzien", the report and privacy pages their own right. */
export const PLUGIN_ACCESS = [...PERMISSIONS.read, ...PERMISSIONS.reports, ...PERMISSIONS.privacy];
