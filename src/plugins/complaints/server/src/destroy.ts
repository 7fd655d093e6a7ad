import type { Core } from '@strapi/strapi';
import { getService } from './services/registry';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'sweep').stop();
  getService(strapi, 'privacy').stop();
  getService(strapi, 'attachments').stop();
  getService(strapi, 'mailIntake').stop();
  await getService(strapi, 'outbox').stop();
  await getService(strapi, 'work').close();
};
