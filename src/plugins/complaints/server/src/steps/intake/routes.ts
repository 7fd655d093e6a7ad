import { ANSWERS } from '../../middlewares/answers';
import { ACTIONS } from '../../permissions';
import { guarded } from '../../routes/guarded';

/** Staff register a complaint (admin API). */
export default [guarded('POST', '/complaints', 'intake.register', ACTIONS.process)];

/**
 * The public form sends one (content API, `/api/complaints/submissions`); who may is checked in the
 * controller. Its handler keeps the name `public.submit` (controllers/index.ts): the Public role's grant is
 * stored under that action id in every site, so the name is part of the plugin's contract.
 */
export const publicRoutes = [{ method: 'POST', path: '/submissions', handler: 'public.submit', config: { auth: false, policies: [], middlewares: [ANSWERS] } }];
