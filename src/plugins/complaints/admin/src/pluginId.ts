export const PLUGIN_ID = 'complaints';

/** Translation keys are stored with the plugin prefix already, so nl.json and en.json read as-is. */
export const t = (key: string) => `${PLUGIN_ID}.${key}`;
