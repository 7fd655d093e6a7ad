import type { ActionName } from '../../../../shared/actions';
import { actionRoutes } from '../../routes/guarded';

export const ACTIONS = ['planHearing', 'recordHearing', 'skipHearing'] as const satisfies readonly ActionName[];

export default actionRoutes('hearing', ACTIONS);
