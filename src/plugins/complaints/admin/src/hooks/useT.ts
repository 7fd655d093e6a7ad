import * as React from 'react';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../pluginId';

type Values = Record<string, string | number | boolean | null | undefined | Date>;

/**
 * `t('overview.title')` → the text of `complaints.overview.title` in the user's language. Every text lives
 * in translations/{nl,en}.json, so the key itself is the fallback (a missing key is visible, not hidden).
 */
export function useT() {
  const intl = useIntl();
  const locale: 'nl' | 'en' = intl.locale.startsWith('en') ? 'en' : 'nl';
  const t = React.useCallback(
    (key: string, values?: Values) => intl.formatMessage({ id: `${PLUGIN_ID}.${key}`, defaultMessage: key }, values as never) as string,
    [intl],
  );
  /** A text the server sent in both languages. */
  const pick = React.useCallback((message: { nl: string; en: string } | null | undefined) => (message ? message[locale] : ''), [locale]);
  return { t, locale, pick };
}
