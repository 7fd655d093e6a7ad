/**
 * Dates in letters: what the engine's `datum` and `datumtijd` filters print, in Amsterdam time and in the
 * letter's language. Pure functions over luxon, remembered because a queue of letters repeats them.
 */
import { DateTime } from 'luxon';
import type { Locale } from '../../../shared/messages';

import { ZONE } from '../../../shared/procedure';

/** Letters speak of Dutch time, wherever the server runs; the engine uses it too. */
export { ZONE } from '../../../shared/procedure';
const LUXON_LOCALE: Record<Locale, string> = { nl: 'nl', en: 'en-GB' };

function toDateTime(value: unknown): DateTime | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: ZONE });
  if (typeof value === 'number') return DateTime.fromMillis(value, { zone: ZONE });
  const text = String(value).trim();
  // Date-only values become midnight in Amsterdam, so they never shift a day; timestamps are converted.
  const iso = DateTime.fromISO(text, { zone: ZONE });
  return iso.isValid ? iso : DateTime.fromSQL(text, { zone: ZONE });
}

/**
 * Formatted dates by kind, locale and value: luxon's time-zone arithmetic is the costliest part of a
 * render, and a queue of letters repeats the same few dates. The functions are pure, so a hit is exact.
 */
const formattedDates = new Map<string, string>();

function remembered(kind: 'date' | 'datetime', value: unknown, locale: Locale, format: () => string): string {
  if (value === null || value === undefined || value === '') return '';
  const key = `${kind}|${locale}|${value instanceof Date ? value.toISOString() : String(value)}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = format();
    if (formattedDates.size >= 10_000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/** '25 november 2026' (nl) / '25 November 2026' (en); empty for no value, the input itself when unreadable. */
export function formatDate(value: unknown, locale: Locale): string {
  return remembered('date', value, locale, () => formatDateUncached(value, locale));
}

function formatDateUncached(value: unknown, locale: Locale): string {
  const dateTime = toDateTime(value);
  if (!dateTime) return '';
  if (!dateTime.isValid) return String(value);
  return dateTime.setLocale(LUXON_LOCALE[locale]).toFormat('d MMMM yyyy');
}

/** '25 november 2026 om 14:00' (nl) / '25 November 2026 at 14:00' (en), Amsterdam time. */
export function formatDateTime(value: unknown, locale: Locale): string {
  return remembered('datetime', value, locale, () => formatDateTimeUncached(value, locale));
}

function formatDateTimeUncached(value: unknown, locale: Locale): string {
  const dateTime = toDateTime(value);
  if (!dateTime) return '';
  if (!dateTime.isValid) return String(value);
  const pattern = locale === 'en' ? "d MMMM yyyy 'at' HH:mm" : "d MMMM yyyy 'om' HH:mm";
  return dateTime.setLocale(LUXON_LOCALE[locale]).toFormat(pattern);
}
