import type { ActionName } from '../../../../shared/actions';
import { actionRoutes } from '../../routes/guarded';

export const ACTIONS = ['acknowledge', 'resolveAtAcknowledgement', 'declareNotAdmissible'] as const satisfies readonly ActionName[];

export default actionRoutes('acknowledgement', ACTIONS);
