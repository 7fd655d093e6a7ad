import type { Core } from '@strapi/strapi';

export default async ({ strapi: _strapi }: { strapi: Core.Strapi }) => {};
