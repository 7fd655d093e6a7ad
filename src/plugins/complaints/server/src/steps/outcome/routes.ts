import type { ActionName } from '../../../../shared/actions';
import { ACTIONS as PERMISSIONS } from '../../permissions';
import { actionRoutes, guarded } from '../../routes/guarded';

export const ACTIONS = ['sendOutcome', 'acceptOutcome'] as const satisfies readonly ActionName[];

export default [...actionRoutes('outcome', ACTIONS), guarded('POST', '/complaints/:id/outcome/preview', 'outcome.previewOutcome', PERMISSIONS.process)];
