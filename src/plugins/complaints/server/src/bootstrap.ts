import type { Core } from '@strapi/strapi';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const smtpHost = strapi.config.get('plugin::email.providerOptions.host');
  if (!smtpHost) {
    strapi.log.warn('[complaints] SMTP_HOST is not set: letters wait in the outbox until an SMTP server is configured.');
  }
};
