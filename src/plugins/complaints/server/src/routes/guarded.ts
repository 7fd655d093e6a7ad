/**
 * How an admin route is declared: an admin session, the plugin permission it needs (401 without a session,
 * 403 without the permission), and the plugin's way of answering failures (middlewares/answers.ts).
 */
import { ACTION_PATHS, type ActionName } from '../../../shared/actions';
import { ANSWERS } from '../middlewares/answers';
import { ACTIONS, type PermissionAction } from '../permissions';

export const guarded = (method: string, path: string, handler: string, action: PermissionAction) => ({
  method,
  path,
  handler,
  config: {
    policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
    middlewares: [ANSWERS],
  },
});

/** The routes of a step's procedure actions: POSTed to their shared paths, handled by the step's controller. */
export function actionRoutes(controller: string, actions: readonly ActionName[]) {
  return actions.map((action) => guarded('POST', `/complaints/:id/${ACTION_PATHS[action]}`, `${controller}.${action}`, ACTIONS.process));
}
