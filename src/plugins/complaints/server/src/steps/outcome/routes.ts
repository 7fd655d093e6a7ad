import type { ActionName } from '../../../../shared/actions';
import { ACTIONS as PERMISSIONS } from '../../permissions';
import { actionRoutes, guarded } from '../../routes/guarded';

export const ACTIONS = ['sendOutcome', 'acceptOutcome'] as const satisfies readonly ActionName[];

export default [
  ...actionRoutes('outcome', ACTIONS),
  guarded('POST', '/complaints/:id/outcome/preview', 'outcome.previewOutcome', PERMISSIONS.process),
  guarded('GET', '/complaints/:id/outcome/draft', 'outcome.draft', PERMISSIONS.process),
  guarded('PUT', '/complaints/:id/outcome/draft', 'outcome.saveDraft', PERMISSIONS.process),
  guarded('DELETE', '/complaints/:id/outcome/draft', 'outcome.discardDraft', PERMISSIONS.process),
];
