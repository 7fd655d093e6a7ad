import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ACTION_DEFINITIONS } from './permissions';
import { registerPublicPages } from './public-pages/routes';
import { registerPublicRoutesHttp } from './public-pages/public-routes-http';
import { UID } from './uids';
import { runUpgrades } from './upgrades';
import { registerContentManagerGuard } from './content-manager-guard';
import { registerWebhookEvents } from './webhooks';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  registerPublicRoutesHttp(strapi);
  registerPublicPages(strapi);
  registerContentManagerGuard(strapi);
  registerWebhookEvents(strapi);
  // steps that read columns the new schema drops run before Strapi syncs it
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    await runUpgrades(strapi, undefined, 'beforeSync');
  });

  // The audit trail is append-only for every code path, the content manager included (a 403, not a 500).
  const refuse = () => {
    throw new errors.ForbiddenError('complaint-event rows are append-only: audit events cannot be changed or deleted');
  };
  strapi.db.lifecycles.subscribe({
    models: [UID.event],
    beforeUpdate: refuse,
    beforeUpdateMany: refuse,
    beforeDelete: refuse,
    beforeDeleteMany: refuse,
  });
};
