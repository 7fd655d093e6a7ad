/** The mailboxes the site configured (plugin config `mailIntake`, validated at start-up: config/index.ts). */
import type { Core } from '@strapi/strapi';
export type { MailboxSettings } from '../config';
import type { ComplaintsPluginConfig } from '../config';

export type MailIntakeSettings = ComplaintsPluginConfig['mailIntake'];

export function mailIntakeSettings(strapi: Core.Strapi): MailIntakeSettings {
  return (strapi.config.get('plugin::complaints.mailIntake') as MailIntakeSettings | undefined) ?? { pollSeconds: 60, batchSize: 50, mailboxes: [] };
}
