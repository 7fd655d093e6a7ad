import { PluginIcon } from './components/PluginIcon';
import { PERMISSIONS, PLUGIN_ACCESS } from './permissions';
import { PLUGIN_ID } from './pluginId';

type TranslationModule = { default: Record<string, string> };
const translations = import.meta.glob<TranslationModule>('./translations/*.json');

/** The editors' pages under Settings → Klachten, each behind "Instellingen beheren". */
const SETTINGS_PAGES = [
  { id: 'procedure', label: 'Procedure en termijnen', Component: () => import('./pages/Settings/Procedure/ProcedureSettingsPage') },
  { id: 'calendar', label: 'Kalender en sluitingsdagen', Component: () => import('./pages/Settings/Calendar/CalendarSettingsPage') },
  { id: 'form', label: 'Klachtenformulier', Component: () => import('./pages/Settings/FormTexts/FormTextsSettingsPage') },
  { id: 'departments', label: 'Afdelingen', Component: () => import('./pages/Settings/Departments/DepartmentsSettingsPage') },
  { id: 'categories', label: 'Categorieën', Component: () => import('./pages/Settings/Categories/CategoriesSettingsPage') },
  { id: 'letters', label: 'Briefsjablonen', Component: () => import('./pages/Settings/LetterTemplates/LetterTemplatesSettingsPage') },
  { id: 'webhooks', label: 'Webhooks', Component: () => import('./pages/Settings/Webhooks/WebhooksSettingsPage') },
];

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Klachten' },
      Component: () => import('./pages/App'),
      permissions: PLUGIN_ACCESS,
    });
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Klachten' } },
      SETTINGS_PAGES.map((page) => ({
        id: `${PLUGIN_ID}-${page.id}`,
        to: `${PLUGIN_ID}/${page.id}`,
        intlLabel: { id: `${PLUGIN_ID}.settings.nav.${page.id}`, defaultMessage: page.label },
        Component: page.Component,
        permissions: PERMISSIONS.settings,
      })),
    );
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = translations[`./translations/${locale}.json`];
        const data = load ? (await load()).default : {};
        return { data, locale };
      }),
    );
  },
};
