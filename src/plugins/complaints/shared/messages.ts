/** A text in both languages of the plugin; Dutch is the default everywhere. */
export interface Message {
  nl: string;
  en: string;
}

export type Locale = keyof Message;

export const LOCALES: readonly Locale[] = ['nl', 'en'];

export function pickLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'nl';
}
