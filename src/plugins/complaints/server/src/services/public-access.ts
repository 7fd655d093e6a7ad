/**
 * Who may use the public form: the users-permissions *Public* role (Settings → Users & Permissions → Roles →
 * Public). The plugin grants its public actions once, on the first start; an administrator who unticks one
 * closes that part of the form, and a restart does not tick it again.
 *
 * The public routes do this check themselves (`auth: false` on the routes) instead of through the
 * users-permissions strategy, which reads the role's permissions and builds a CASL ability on every
 * anonymous request. The permissions are cached here for a few seconds and dropped as soon as this
 * instance sees one change; other instances follow within CACHE_MS.
 */
import type { Core } from '@strapi/strapi';
import { ForbiddenError } from '../errors';

export const PUBLIC_ACTIONS = [
  'plugin::complaints.public.form',
  'plugin::complaints.public.submit',
  'plugin::complaints.public.status',
  'plugin::complaints.public.respond',
  'plugin::complaints.public.documents',
  'plugin::complaints.public.answer',
  'plugin::complaints.public.survey',
] as const;
/** What release 0.1.0 granted (its record says only `true`). */
const GRANTED_BY_0_1_0: readonly string[] = PUBLIC_ACTIONS.slice(0, 4);
export type PublicAction = (typeof PUBLIC_ACTIONS)[number];

const PERMISSION = 'plugin::users-permissions.permission';
const CACHE_MS = 10_000;
const GRANTED_KEY = 'public-actions-granted';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { at: number; allowed: Set<string> } | null = null;
  const store = () => strapi.store({ type: 'plugin', name: 'complaints' });
  const findPublicRole = () => strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });

  async function allowedActions(): Promise<Set<string>> {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.allowed;
    const rows = await strapi.db.query(PERMISSION).findMany({ where: { action: { $in: [...PUBLIC_ACTIONS] }, role: { type: 'public' } }, select: ['action'] });
    cached = { at: Date.now(), allowed: new Set(rows.map((r: { action: string }) => r.action)) };
    return cached.allowed;
  }

  return {
    /** 403 when the public role may not do this (an administrator closed it). */
    async assertAllowed(action: PublicAction): Promise<void> {
      if (!(await allowedActions()).has(action)) {
        throw new ForbiddenError({ nl: 'Dit deel van het klachtenformulier is gesloten. Neem contact met ons op.', en: 'This part of the complaint form is closed. Please contact us.' });
      }
    },

    /** Any change to a users-permissions permission (the roles page saves them) drops the cache. */
    watch(): void {
      const drop = () => {
        cached = null;
      };
      strapi.db.lifecycles.subscribe({ models: [PERMISSION], afterCreate: drop, afterCreateMany: drop, afterUpdate: drop, afterUpdateMany: drop, afterDelete: drop, afterDeleteMany: drop });
    },

    /**
     * Grants each public action once, on the first start that knows it (only the missing ones: the role
     * service's updateRole would delete every permission not in its payload), and records which it
     * granted, so an action an administrator unticked stays closed and a new release's action opens once.
     */
    async grantOnFirstStart(): Promise<void> {
      const record = (await store().get({ key: GRANTED_KEY })) as unknown;
      const grantedBefore = new Set<string>(Array.isArray(record) ? record : record ? GRANTED_BY_0_1_0 : []);
      const toGrant = PUBLIC_ACTIONS.filter((a) => !grantedBefore.has(a));
      if (!toGrant.length) return;
      let publicRole = await findPublicRole();
      if (!publicRole) {
        // On a fresh database this plugin boots before users-permissions has made its roles. Let it make
        // them (and its default permissions) now, exactly as its own bootstrap would; that bootstrap then
        // finds them in place and keeps ours.
        await strapi.plugin('users-permissions').service('users-permissions').initialize();
        publicRole = await findPublicRole();
      }
      if (!publicRole) throw new Error('users-permissions has no public role: the public complaint form cannot be opened');
      const existing = await strapi.db.query(PERMISSION).findMany({ where: { action: { $in: [...PUBLIC_ACTIONS] }, role: publicRole.id }, select: ['action'] });
      const have = new Set(existing.map((p: { action: string }) => p.action));
      for (const action of toGrant.filter((a) => !have.has(a))) {
        await strapi.db.query(PERMISSION).create({ data: { action, role: publicRole.id } });
      }
      await store().set({ key: GRANTED_KEY, value: [...PUBLIC_ACTIONS] });
      cached = null;
    },
  };
};
