import type { Core } from '@strapi/strapi';
import { developmentSeedRequested, ensureDevelopmentAdmin, refuseKnownDevelopmentPasswords } from './development-admin';

export default {
  register(/* { strapi }: { strapi: Core.Strapi } */) {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (developmentSeedRequested()) await ensureDevelopmentAdmin(strapi);
    else await refuseKnownDevelopmentPasswords(strapi);
  },
};
