import type { Core } from '@strapi/strapi';
import { getService } from './services/registry';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'outbox').stop();
};
