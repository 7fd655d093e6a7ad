/**
 * The categories of the procedure's scope: a complaint is about how the organisation treated someone —
 * its service, the contact with an employee, the service desk and counter, or how its rules were applied.
 * A site starts with them, so the public form takes complaints before an editor has been there; created
 * once, on a database without any category, and editable (or switched off) by editors afterwards.
 */
import type { Core } from '@strapi/strapi';
import { UID } from './uids';

export const SCOPE_CATEGORIES = [
  { key: 'dienstverlening', nameNl: 'Dienstverlening', nameEn: 'Service provided', suggestsBehaviour: false, sortOrder: 1 },
  { key: 'contact-medewerker', nameNl: 'Contact met een medewerker', nameEn: 'Contact with an employee', suggestsBehaviour: true, sortOrder: 2 },
  { key: 'servicedesk', nameNl: 'Servicedesk en balie', nameEn: 'Service desk and counter', suggestsBehaviour: false, sortOrder: 3 },
  { key: 'uitvoering-regels', nameNl: 'Uitvoering van onze regels', nameEn: 'How our rules were applied', suggestsBehaviour: false, sortOrder: 4 },
] as const;

export async function ensureDefaultCategories(strapi: Core.Strapi): Promise<void> {
  const config = strapi.config.get('plugin::complaints') as { defaultCategories?: boolean };
  if (config.defaultCategories === false) return;
  if ((await strapi.db.query(UID.category).count()) > 0) return;
  for (const category of SCOPE_CATEGORIES) {
    // Another instance starting on the same fresh database may insert it at the same moment: the unique
    // key keeps one.
    await strapi.db
      .query(UID.category)
      .create({ data: { ...category, active: true } })
      .catch(() => undefined);
  }
  strapi.log.info('[complaints] created the default complaint categories (editable under Settings → Klachten → Categorieën)');
}
