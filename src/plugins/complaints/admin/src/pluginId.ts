export const PLUGIN_ID = 'complaints';

/** Translation keys are stored with the plugin prefix already, so nl.json and en.json read as-is. */
export const t = (key: string) => `${PLUGIN_ID}.${key}`;

/** Absolute admin path of a plugin page (the admin router's basename adds /admin). */
export const pluginPath = (sub = '') => `/plugins/${PLUGIN_ID}${sub ? `/${sub}` : ''}`;

/** The dossier of a complaint; letters to staff link to this path too. */
export const dossierPath = (id: number) => pluginPath(`complaints/${id}`);

/** Absolute admin path of one of the plugin's settings pages (Settings → Klachten, see index.ts). */
export const settingsPath = (page: 'procedure' | 'calendar' | 'form' | 'departments' | 'categories' | 'letters') => `/settings/${PLUGIN_ID}/${page}`;
