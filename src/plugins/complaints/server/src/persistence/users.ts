/**
 * Strapi's admin users as the procedure meets them: handlers, managers, recipients of staff letters. The
 * one place that reads `admin::user` for the plugin, and the one way a user's name is written.
 */
import type { Core } from '@strapi/strapi';

export interface StaffUser {
  id: number;
  firstname: string | null;
  lastname: string | null;
  username: string | null;
  email: string;
  preferedLanguage: string | null;
}

const FIELDS = ['id', 'firstname', 'lastname', 'username', 'email', 'preferedLanguage'];

/** "Firstname Lastname", else the username, else the e-mail address. */
export function staffName(user: Pick<StaffUser, 'id' | 'firstname' | 'lastname'> & Partial<Pick<StaffUser, 'username' | 'email'>>): string {
  return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || `#${user.id}`;
}

export function usersRepository(strapi: Core.Strapi) {
  const query = () => strapi.db.query('admin::user');
  const unique = (ids: Array<number | null | undefined>) => [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  return {
    /** Everyone who can sign in, by first name (the admin's choices of handler, owner, manager). */
    async active(): Promise<StaffUser[]> {
      return query().findMany({ where: { isActive: true }, select: FIELDS, orderBy: { firstname: 'asc' } });
    },

    /** These users, if they can still sign in. */
    async activeByIds(ids: Array<number | null | undefined>): Promise<StaffUser[]> {
      const wanted = unique(ids);
      return wanted.length ? query().findMany({ where: { id: { $in: wanted }, isActive: true }, select: FIELDS }) : [];
    },

    /** Display names by id, of active and former users alike (the dossier names who did what). */
    async names(ids: Array<number | null | undefined>): Promise<Map<number, string>> {
      const wanted = unique(ids);
      if (!wanted.length) return new Map();
      const users: StaffUser[] = await query().findMany({ where: { id: { $in: wanted } }, select: FIELDS });
      return new Map(users.map((user) => [user.id, staffName(user)]));
    },

    async isActive(id: number): Promise<boolean> {
      return Boolean(await query().findOne({ where: { id, isActive: true }, select: ['id'] }));
    },

    /** Those of the ids that are admin users. */
    async existing(ids: number[]): Promise<number[]> {
      if (!ids.length) return [];
      const rows: Array<{ id: number }> = await query().findMany({ where: { id: { $in: ids } }, select: ['id'] });
      return rows.map((r) => r.id);
    },

    /** The id of the admin role with this code, if there is one. */
    async roleId(code: string): Promise<number | null> {
      const role: { id: number } | null = await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] });
      return role?.id ?? null;
    },

    /** Active holders of a role (the coordinators the sweep writes to). */
    async activeInRole(roleId: number): Promise<Array<{ id: number }>> {
      return query().findMany({ where: { roles: { id: roleId }, isActive: true }, select: ['id'] });
    },
  };
}
