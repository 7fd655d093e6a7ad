import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { createAdminClient, type AdminClient } from '../api/client';

/** The admin API client, with the signed-in admin's session. */
export function useAdminClient(): AdminClient {
  const { get, post, put, del } = useFetchClient();
  return React.useMemo(() => createAdminClient({ get, post, put, del }), [get, post, put, del]);
}
