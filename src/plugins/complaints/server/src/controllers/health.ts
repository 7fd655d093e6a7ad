import { PLUGIN_ID, PLUGIN_VERSION } from '../plugin-info';

/** GET /api/complaints/health: the plugin is loaded and answers. */
export default () => ({
  async check(ctx: any) {
    ctx.body = { data: { plugin: PLUGIN_ID, version: PLUGIN_VERSION, status: 'ok' } };
  },
});
