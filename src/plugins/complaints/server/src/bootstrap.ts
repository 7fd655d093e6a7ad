import type { Core } from '@strapi/strapi';
import { ensureDefaultRoles } from './roles';
import { ensureSearchIndexes } from './persistence/search-index';
import { getService } from './services/registry';
import { seedDemoData } from './demo/seed';
import { runUpgrades } from './upgrades';
import { databaseUnavailable } from './middlewares/database-unavailable';
import { ensureDefaultCategories } from './default-categories';
import { emitWebhooks } from './webhooks';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // before the routes are mounted (after bootstrap), so it wraps every route
  strapi.server.use(databaseUnavailable(strapi));
  await runUpgrades(strapi);
  await getService(strapi, 'settings').ensureDefaults();
  await ensureSearchIndexes(strapi);
  await ensureDefaultRoles(strapi);
  await getService(strapi, 'publicAccess').grantOnFirstStart();
  getService(strapi, 'publicAccess').watch();
  await getService(strapi, 'rateLimit').init();
  await getService(strapi, 'letterTemplates').ensureDefaults();
  await ensureDefaultCategories(strapi);
  getService(strapi, 'letters').subscribe();
  emitWebhooks(strapi);

  const config = strapi.config.get('plugin::complaints') as { demoData?: boolean };
  if (config.demoData) await seedDemoData(strapi);

  const smtpHost = strapi.config.get('plugin::email.providerOptions.host');
  if (!smtpHost) {
    strapi.log.warn('[complaints] SMTP_HOST is not set: e-mail letters wait in the outbox until an SMTP server is configured.');
  }
  getService(strapi, 'outbox').start();
  getService(strapi, 'sweep').start();
  getService(strapi, 'privacy').start();
  getService(strapi, 'attachments').start();
  getService(strapi, 'mailIntake').start();
};
