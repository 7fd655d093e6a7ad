import { PLUGIN_ID } from './pluginId';
import { PluginIcon } from './components/PluginIcon';

type TranslationModule = { default: Record<string, string> };
const translations = import.meta.glob<TranslationModule>('./translations/*.json');

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Klachten' },
      Component: () => import('./pages/App'),
      permissions: [],
    });
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
