/**
 * Strapi's own webhook API (Settings → Webhooks), outside the plugin's routes: the plugin's settings page
 * ticks the complaint events of the site's webhooks through it.
 */
import type { AdminFetch } from './client';

export interface SiteWebhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

const ROOT = '/admin/webhooks';

export function createSiteWebhooksClient(fetch: Pick<AdminFetch, 'get' | 'put'>) {
  return {
    list: async () => (await fetch.get<{ data: SiteWebhook[] }>(ROOT)).data.data,
    /** Strapi's update takes exactly these fields. */
    update: async ({ id, name, url, headers, events, isEnabled }: SiteWebhook) =>
      (await fetch.put<{ data: SiteWebhook }>(`${ROOT}/${id}`, { name, url, headers, events, isEnabled })).data.data,
  };
}
