import { staffName } from '../persistence/users';

export { staffName } from '../persistence/users';

/** Who did something: a staff member (admin user), the complainant through the public API, or the system. */
export type Actor = { type: 'admin'; id: number; name: string } | { type: 'public' } | { type: 'system' };

export const SYSTEM: Actor = { type: 'system' };
export const PUBLIC: Actor = { type: 'public' };

export function adminActor(user: { id: number; firstname?: string | null; lastname?: string | null; username?: string | null; email?: string }): Actor {
  return { type: 'admin', id: user.id, name: staffName({ firstname: null, lastname: null, ...user }) };
}
