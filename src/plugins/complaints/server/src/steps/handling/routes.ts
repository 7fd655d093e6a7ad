import type { ActionName } from '../../../../shared/actions';
import { actionRoutes } from '../../routes/guarded';

export const ACTIONS = ['extendHandlingTerm', 'recordDelayConsent', 'assignHandler', 'transferDepartment', 'withdraw', 'forward', 'reopen'] as const satisfies readonly ActionName[];

export default actionRoutes('handling', ACTIONS);
