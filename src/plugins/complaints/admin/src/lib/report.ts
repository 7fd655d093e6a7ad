/**
 * The annual report's period and figures as the page shows them (server: services/reports.ts): a calendar
 * year by default, or any from/to; the intake of every month of the period (months without complaints
 * count 0); shares of a total.
 */
import { annualReportFileName } from '../../../shared/reports';

export interface ReportPeriod {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function yearPeriod(year: number): ReportPeriod {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export type PeriodChoice = { mode: 'year'; year: number } | { mode: 'custom'; from: string; to: string };

/** The period in the address: `?year=2026`, or `?from=…&to=…`; the current year when neither is usable. */
export function periodChoice(params: URLSearchParams, now: Date = new Date()): PeriodChoice {
  if (params.has('from') || params.has('to')) return { mode: 'custom', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const year = Number(params.get('year'));
  return { mode: 'year', year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : now.getFullYear() };
}

/** The period to ask the server for, or why it cannot be asked (a translation key without the prefix). */
export function resolvePeriod(choice: PeriodChoice): { period: ReportPeriod; error: null } | { period: null; error: string } {
  if (choice.mode === 'year') return { period: yearPeriod(choice.year), error: null };
  if (!isIsoDate(choice.from) || !isIsoDate(choice.to)) return { period: null, error: 'report.period.incomplete' };
  if (choice.from > choice.to) return { period: null, error: 'report.period.reversed' };
  return { period: { from: choice.from, to: choice.to }, error: null };
}

/** Every month of the period (yyyy-MM), oldest first. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The intake month by month over the whole period: the server lists only months with complaints. */
export function intakeByMonth(period: ReportPeriod, byMonth: ReadonlyArray<{ month: string; count: number }>): Array<{ month: string; count: number }> {
  const counts = new Map(byMonth.map((row) => [row.month, row.count]));
  return monthsOf(period).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** Part of a total in percent, one decimal; null when the total is 0. */
export function shareOf(count: number, total: number): number | null {
  return total ? Math.round((count / total) * 1000) / 10 : null;
}

/** jaarverslag-klachten-2026-01-01-2026-12-31.csv, or annual-report-complaints-… (the server's name for it). */
export function reportFileName(period: ReportPeriod, format: 'csv' | 'xlsx', locale: 'nl' | 'en' = 'nl'): string {
  return `${annualReportFileName(period, locale)}.${format}`;
}
