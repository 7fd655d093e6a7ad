import type { ActionName } from '../../../../shared/actions';
import { actionRoutes } from '../../routes/guarded';

export const ACTIONS = ['declareDissatisfaction', 'markDisputeEligible', 'recordCommitteeOutcome'] as const satisfies readonly ActionName[];

export default actionRoutes('dispute', ACTIONS);
