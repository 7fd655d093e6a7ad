/**
 * Public routes, mounted under /api/complaints. The public role of users-permissions is granted these
 * actions at start-up (bootstrap.ts); the health route needs no role at all.
 */
export const PUBLIC_ACTIONS = ['plugin::complaints.public.form', 'plugin::complaints.public.submit', 'plugin::complaints.public.status', 'plugin::complaints.public.respond'];

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/health', handler: 'health.check', config: { auth: false, policies: [] } },
    { method: 'GET', path: '/form', handler: 'public.form', config: { policies: [] } },
    { method: 'POST', path: '/submissions', handler: 'public.submit', config: { policies: [] } },
    { method: 'GET', path: '/status/:reference', handler: 'public.status', config: { policies: [] } },
    { method: 'POST', path: '/status/:reference/response', handler: 'public.respond', config: { policies: [] } },
  ],
};
