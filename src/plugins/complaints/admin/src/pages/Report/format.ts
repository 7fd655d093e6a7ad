/** Numbers as staff read them: 1.234 and 92,5% in Dutch, 1,234 and 92.5% in English. */
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

export function formatNumber(value: number, locale: string, fractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: fractionDigits }).format(value);
}

/** A percentage given as 92.5 (not 0.925). */
export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** "januari 2026" (long) or "jan" / "jan 26" (short, the year when the period spans more than one). */
export function formatMonth(month: string, locale: string, style: 'long' | 'short', withYear = true): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: style,
    year: withYear ? (style === 'long' ? 'numeric' : '2-digit') : undefined,
    timeZone: 'UTC',
  }).format(date);
}
