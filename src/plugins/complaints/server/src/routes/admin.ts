/** Admin routes, mounted under /complaints; every one needs an admin session and a plugin permission. */
export default {
  type: 'admin' as const,
  routes: [] as any[],
};
