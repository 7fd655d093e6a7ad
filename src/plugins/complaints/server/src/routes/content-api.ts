/**
 * Public routes, mounted under /api/complaints. Whether the users-permissions Public role may use them is
 * checked by the controllers (services/public-access.ts: cached, not per request through the strategy),
 * hence `auth: false`; the health route needs no role at all. Failures answer as middlewares/answers.ts says.
 */
import { ANSWERS } from '../middlewares/answers';
import { stepPublicRoutes } from '../steps';

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/health', handler: 'health.check', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    { method: 'GET', path: '/form', handler: 'public.form', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    ...stepPublicRoutes,
    { method: 'POST', path: '/status/:reference', handler: 'public.status', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    { method: 'POST', path: '/status/:reference/response', handler: 'public.respond', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    { method: 'POST', path: '/status/:reference/documents', handler: 'public.documents', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    { method: 'POST', path: '/status/:reference/answer', handler: 'public.answer', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
    { method: 'POST', path: '/status/:reference/survey', handler: 'public.survey', config: { auth: false, policies: [], middlewares: [ANSWERS] } },
  ],
};
