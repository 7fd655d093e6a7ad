import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { OUTAGE_RETRY_AFTER_SECONDS } from '../database-outage';
import { PLUGIN_ID, PLUGIN_VERSION } from '../plugin-info';
import { getService } from '../services/registry';

/**
 * GET /api/complaints/health, polled by load balancers and monitoring: 200 with the outbox backlog when
 * the database answers; 503 with Retry-After and status `unavailable` when it does not (or not in time),
 * so a load balancer takes this instance out of rotation instead of sending people to a 500.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: Context) {
    const report = await getService(strapi, 'health').check();
    ctx.set('Cache-Control', 'no-store');
    if (report.database === 'up') {
      ctx.body = { data: { plugin: PLUGIN_ID, version: PLUGIN_VERSION, status: 'ok', database: 'up', outbox: report.outbox } };
      return;
    }
    ctx.status = 503;
    ctx.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    ctx.body = { data: { plugin: PLUGIN_ID, version: PLUGIN_VERSION, status: 'unavailable', database: 'down', reason: report.reason } };
  },
});
