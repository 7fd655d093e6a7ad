/**
 * Admin routes, mounted under /complaints (no /admin prefix); every one needs an admin session and the
 * plugin permission named here (routes/guarded.ts). The procedure's actions come from their steps
 * (steps/<step>/routes.ts), posted to the paths of shared/actions.ts.
 */
import { ACTIONS } from '../permissions';
import { stepRoutes } from '../steps';
import { guarded } from './guarded';

const settings = (method: string, path: string, handler: string) => guarded(method, path, `admin-settings.${handler}`, ACTIONS.manageSettings);
const read = (method: string, path: string, handler: string) => guarded(method, path, handler.includes('.') ? handler : `admin-complaints.${handler}`, ACTIONS.read);
const process = (path: string, handler: string) => guarded('POST', path, handler.includes('.') ? handler : `admin-complaints.${handler}`, ACTIONS.process);

export const adminRoutes = [
  read('GET', '/overview', 'overview'),
  read('GET', '/lookups', 'lookups'),
  read('GET', '/complaints', 'list'),
  read('GET', '/complaints/:id', 'findOne'),
  process('/complaints/bulk', 'bulk'),
  read('GET', '/views', 'admin-views.list'),
  read('POST', '/views', 'admin-views.save'),
  read('DELETE', '/views/:id', 'admin-views.remove'),
  ...stepRoutes,
  read('GET', '/complaints/:id/attachments', 'admin-attachments.list'),
  read('GET', '/complaints/:id/attachments/:attachmentId', 'admin-attachments.open'),
  process('/complaints/:id/attachments', 'admin-attachments.add'),
  process('/complaints/:id/questions', 'admin-questions.ask'),
  process('/complaints/:id/notes', 'admin-questions.note'),
  process('/complaints/:id/corrections', 'admin-questions.correct'),
  process('/complaints/:id/links', 'admin-questions.link'),
  guarded('DELETE', '/complaints/:id/links/:relatedId', 'admin-questions.unlink', ACTIONS.process),
  guarded('GET', '/incoming-mails', 'admin-mail.drafts', ACTIONS.process),
  process('/incoming-mails/:mailId/not-a-complaint', 'admin-mail.notAComplaint'),
  read('GET', '/letters/to-print', 'admin-letters.toPrint'),
  read('GET', '/letters/print', 'admin-letters.printBatch'),
  process('/letters/printed', 'admin-letters.printedMany'),
  read('GET', '/letters/:letterId/pdf', 'admin-letters.pdf'),
  read('GET', '/letters/:letterId/content', 'admin-letters.content'),
  process('/letters/:letterId/retry', 'admin-letters.retry'),
  process('/letters/:letterId/printed', 'admin-letters.printed'),
  settings('GET', '/settings', 'get'),
  settings('PUT', '/settings/procedure', 'updateProcedure'),
  settings('POST', '/settings/regime', 'applyRegime'),
  settings('PUT', '/settings/form', 'updateForm'),
  settings('GET', '/settings/calendar', 'calendar'),
  settings('GET', '/settings/staff', 'staff'),
  settings('POST', '/settings/closed-days', 'addClosedDay'),
  settings('DELETE', '/settings/closed-days/:id', 'removeClosedDay'),
  settings('POST', '/sweep', 'runSweep'),
  settings('GET', '/departments', 'departments'),
  settings('POST', '/departments', 'createDepartment'),
  settings('PUT', '/departments/:id', 'updateDepartment'),
  settings('GET', '/categories', 'categories'),
  settings('POST', '/categories', 'createCategory'),
  settings('PUT', '/categories/:id', 'updateCategory'),
  guarded('GET', '/privacy/export', 'admin-privacy.exportComplainant', ACTIONS.managePrivacy),
  guarded('POST', '/complaints/:id/anonymise', 'admin-privacy.anonymise', ACTIONS.managePrivacy),
  guarded('POST', '/privacy/retention', 'admin-privacy.retention', ACTIONS.managePrivacy),
  guarded('GET', '/reports/annual', 'admin-privacy.annualReport', ACTIONS.readReports),
  guarded('GET', '/reports/register', 'admin-privacy.register', ACTIONS.readReports),
  guarded('GET', '/letter-templates', 'admin-letters.templates', ACTIONS.manageSettings),
  guarded('PUT', '/letter-templates/:id', 'admin-letters.updateTemplate', ACTIONS.manageSettings),
  guarded('POST', '/letter-templates/:id/reset', 'admin-letters.resetTemplate', ACTIONS.manageSettings),
  guarded('POST', '/letter-templates/preview', 'admin-letters.preview', ACTIONS.manageSettings),
];

export default {
  type: 'admin' as const,
  routes: adminRoutes,
};
