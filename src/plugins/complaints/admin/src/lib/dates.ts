/**
 * Dates as staff read them (Dutch or English formatting, zone Europe/Amsterdam) and as the server wants
 * them (ISO dates, ISO timestamps). Native date inputs give local "yyyy-MM-dd" and "yyyy-MM-ddTHH:mm".
 */
const ZONE = 'Europe/Amsterdam';

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** 12 mei 2026 (a date-only value is a calendar day: no zone shift). */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: dateOnly ? 'UTC' : ZONE }).format(date);
}

/** 12 mei 2026 14:05 */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(date);
}

/** The local calendar day as yyyy-MM-dd, `days` from `from`. */
export function isoDateFromNow(days: number, from: Date = new Date()): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "yyyy-MM-ddTHH:mm" for a datetime-local input, in the browser's zone. */
export function toLocalDateTimeInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value → ISO timestamp; null when empty or not a moment. */
export function localDateTimeToIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 12 mei 2026 in lists (short month): tables stay narrow enough for a 1280 px screen. */
export function formatShortDate(value: string | null | undefined, locale: string): string {
  if (!value) return '—';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: dateOnly ? 'UTC' : ZONE }).format(date);
}
