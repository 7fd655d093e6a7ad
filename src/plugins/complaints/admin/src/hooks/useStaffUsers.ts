import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Lookups, StaffUser } from '../api/types';

/**
 * Admin users to choose as manager or staff. The plugin's lookups need "Klachten inzien", which an
 * editor may lack: then Strapi's own user list is tried (needs "Gebruikers lezen"); else none.
 */
export function useStaffUsers() {
  const { get } = useFetchClient();
  const [users, setUsers] = React.useState<StaffUser[] | null>(null);
  React.useEffect(() => {
    let current = true;
    (async () => {
      try {
        const lookups = await get<{ data: Lookups }>('/complaints/lookups');
        if (current) setUsers(lookups.data.data.users);
        return;
      } catch {
        // no "inzien" permission: try the admin's user list
      }
      try {
        const response = await get<{ data: { results: Array<{ id: number; firstname?: string; lastname?: string; email: string }> } }>(
          '/admin/users?pageSize=500',
        );
        if (current) setUsers(response.data.data.results.map((u) => ({ id: u.id, name: [u.firstname, u.lastname].filter(Boolean).join(' ') || u.email })));
      } catch {
        if (current) setUsers([]);
      }
    })();
    return () => {
      current = false;
    };
  }, [get]);
  return users;
}
