import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './development-admin';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.NODE_ENV === 'development' || process.env.NODE_ENV === undefined) {
      await ensureDevelopmentAdmin(strapi);
    }
  },
};
