import type { ActionName } from '../../../../shared/actions';
import { actionRoutes } from '../../routes/guarded';

export const ACTIONS = ['startMonitoring', 'recordAgreementResult', 'close'] as const satisfies readonly ActionName[];

export default actionRoutes('agreements', ACTIONS);
