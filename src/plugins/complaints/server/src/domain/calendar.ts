/**
 * The calendars terms are counted on. Two of them:
 * - the organisation's own (its terms in working days, "binnen drie werkdagen"): weekends, the public
 *   holidays as the organisation keeps them (Goede Vrijdag, Bevrijdingsdag per its choice), the days the
 *   government declares equal to them, and its own closed days;
 * - the statutory one, which only moves the end of a term set by law (Algemene termijnenwet art. 1):
 *   weekends, the holidays of Atw art. 3 (which lists no Goede Vrijdag and Bevrijdingsdag every year) and the
 *   days declared equal to them (art. 3 lid 2) — never the organisation's own closed days.
 * Easter is computed, not listed per year. All arithmetic is on calendar dates in Europe/Amsterdam, so a DST
 * switch never moves a due date.
 */
import { DateTime } from 'luxon';
import { ZONE } from '../../../shared/procedure';

export { ZONE } from '../../../shared/procedure';

/**
 * Days declared equal to the Algemene termijnenwet days by decree (Atw art. 3 lid 2), as known when this
 * release was made: seeded as closed days of kind 'decree'; editors add the days of a new decree.
 */
export const DECREE_DAYS: ReadonlyArray<{ date: string; name: string }> = [
  { date: '2025-05-30', name: 'Gelijkgestelde dag (vrijdag na Hemelvaartsdag)' },
  { date: '2026-01-02', name: 'Gelijkgestelde dag (vrijdag na Nieuwjaarsdag)' },
  { date: '2026-05-15', name: 'Gelijkgestelde dag (vrijdag na Hemelvaartsdag)' },
  { date: '2027-05-07', name: 'Gelijkgestelde dag (vrijdag na Hemelvaartsdag)' },
  { date: '2028-04-28', name: 'Gelijkgestelde dag (vrijdag na Koningsdag)' },
  { date: '2028-05-26', name: 'Gelijkgestelde dag (vrijdag na Hemelvaartsdag)' },
];

export type LiberationDayRule = 'every_year' | 'every_fifth_year';

export interface CalendarRules {
  /** Goede Vrijdag counts as a day off (editors may turn it off). */
  goodFridayIsHoliday: boolean;
  /** Bevrijdingsdag every year (Algemene termijnenwet) or only every fifth year (many CAOs). */
  liberationDay: LiberationDayRule;
  /** Extra closed days as ISO dates (yyyy-MM-dd): decree days and the organisation's own. */
  closedDays: Iterable<string>;
}

export const DEFAULT_CALENDAR_RULES: CalendarRules = {
  goodFridayIsHoliday: true,
  liberationDay: 'every_year',
  closedDays: DECREE_DAYS.map((d) => d.date),
};

/** The rules of the Algemene termijnenwet itself, with the decree days given. */
export function statutoryRules(decreeDays: Iterable<string> = DECREE_DAYS.map((d) => d.date)): CalendarRules {
  return { goodFridayIsHoliday: false, liberationDay: 'every_year', closedDays: decreeDays };
}

/** A calendar date in the organisation's zone, at the start of that day. */
export type LocalDate = DateTime;

export function toLocalDate(value: Date | string | DateTime): LocalDate {
  if (DateTime.isDateTime(value)) return value.setZone(ZONE).startOf('day');
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: ZONE }).startOf('day');
  // A bare date string is a calendar date in the organisation's zone; a timestamp is converted.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? DateTime.fromISO(value, { zone: ZONE })
    : DateTime.fromISO(value, { setZone: true }).setZone(ZONE);
  if (!parsed.isValid) throw new RangeError(`Not a valid date: ${value}`);
  return parsed.startOf('day');
}

export function isoDate(date: LocalDate): string {
  return date.toISODate() as string;
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.fromObject({ year, month, day }, { zone: ZONE });
}

/** The public holidays of one year under the given rules, as ISO date → Dutch name. */
export function publicHolidays(year: number, rules: Pick<CalendarRules, 'goodFridayIsHoliday' | 'liberationDay'>): Map<string, string> {
  const on = (month: number, day: number) => isoDate(DateTime.fromObject({ year, month, day }, { zone: ZONE }));
  const easter = easterSunday(year);
  const fromEaster = (days: number) => isoDate(easter.plus({ days }));
  const holidays = new Map<string, string>();

  holidays.set(on(1, 1), 'Nieuwjaarsdag');
  if (rules.goodFridayIsHoliday) holidays.set(fromEaster(-2), 'Goede Vrijdag');
  holidays.set(fromEaster(0), 'Eerste Paasdag');
  holidays.set(fromEaster(1), 'Tweede Paasdag');
  const kingsDay = DateTime.fromObject({ year, month: 4, day: 27 }, { zone: ZONE });
  holidays.set(isoDate(kingsDay.weekday === 7 ? kingsDay.minus({ days: 1 }) : kingsDay), 'Koningsdag');
  if (rules.liberationDay === 'every_year' || year % 5 === 0) holidays.set(on(5, 5), 'Bevrijdingsdag');
  holidays.set(fromEaster(39), 'Hemelvaartsdag');
  holidays.set(fromEaster(49), 'Eerste Pinksterdag');
  holidays.set(fromEaster(50), 'Tweede Pinksterdag');
  holidays.set(on(12, 25), 'Eerste Kerstdag');
  holidays.set(on(12, 26), 'Tweede Kerstdag');
  return holidays;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (yyyy-MM-dd), or null when it is no date. */
function isoDayNumber(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March: that is no date
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? ms / DAY_MS : null;
}

/** Days since 1970-01-01 of the calendar date in the organisation's zone (as toLocalDate reads it). */
function epochDayOf(value: Date | string | LocalDate): number {
  const plain = typeof value === 'string' ? isoDayNumber(value) : null;
  if (plain !== null) return plain;
  const date = toLocalDate(value);
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export class WorkingDayCalendar {
  private readonly closedDays: ReadonlySet<string>;
  private readonly holidaysByYear = new Map<number, Map<string, string>>();
  private readonly weekdaysOffByYear = new Map<number, number[]>();

  constructor(private readonly rules: CalendarRules = DEFAULT_CALENDAR_RULES) {
    this.closedDays = new Set(rules.closedDays);
  }

  /** Why a day is not a working day (holiday name, "weekend", "gesloten"), or null for a working day. */
  dayOffReason(value: Date | string | LocalDate): string | null {
    const date = toLocalDate(value);
    if (date.weekday >= 6) return 'weekend';
    const holiday = this.holidaysOf(date.year).get(isoDate(date));
    if (holiday) return holiday;
    if (this.closedDays.has(isoDate(date))) return 'gesloten';
    return null;
  }

  isWorkingDay(value: Date | string | LocalDate): boolean {
    return this.dayOffReason(value) === null;
  }

  /** The first working day strictly after the given date. */
  nextWorkingDay(value: Date | string | LocalDate): LocalDate {
    let date = toLocalDate(value).plus({ days: 1 });
    while (!this.isWorkingDay(date)) date = date.plus({ days: 1 });
    return date;
  }

  /** The given date when it is a working day, else the next one (Algemene termijnenwet art. 1). */
  onOrAfter(value: Date | string | LocalDate): LocalDate {
    const date = toLocalDate(value);
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** Counts n working days after the given date (the date itself is day 0). */
  addWorkingDays(value: Date | string | LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, not ${n}`);
    let date = toLocalDate(value);
    for (let counted = 0; counted < n; counted += 1) date = this.nextWorkingDay(date);
    return date;
  }

  /**
   * Working days from `from` up to `to`: positive when `to` lies ahead, 0 on the same day, negative when
   * `to` has passed (-1 = one working day overdue). Arithmetic on weeks plus the days off in the range,
   * not a walk over every day: lists compute this for terms years overdue. On plain day numbers rather
   * than luxon dates: a list computes it for every row, and luxon works out the zone's offset for each
   * date it makes.
   */
  workingDaysUntil(from: Date | string | LocalDate, to: Date | string | LocalDate): number {
    const start = epochDayOf(from);
    const end = epochDayOf(to);
    if (start === end) return 0;
    const forward = end > start;
    const [low, high] = forward ? [start, end] : [end, start];
    const count = this.workingDaysAfter(low, high);
    return forward ? count : 0 - count || 0;
  }

  /** Working days in (low, high], both days since 1970-01-01. */
  private workingDaysAfter(low: number, high: number): number {
    const days = high - low;
    const fullWeeks = Math.floor(days / 7);
    let weekdays = fullWeeks * 5;
    for (let offset = fullWeeks * 7 + 1; offset <= days; offset += 1) if (weekdayOf(low + offset) < 6) weekdays += 1;
    let off = 0;
    for (let year = yearOf(low); year <= yearOf(high); year += 1) for (const day of this.weekdaysOffIn(year)) if (day > low && day <= high) off += 1;
    return weekdays - off;
  }

  /** The holidays and closed days of a year that fall on a weekday, once each, as day numbers. */
  private weekdaysOffIn(year: number): number[] {
    let days = this.weekdaysOffByYear.get(year);
    if (!days) {
      const iso = new Set([...this.holidaysOf(year).keys(), ...[...this.closedDays].filter((day) => day.startsWith(`${year}-`))]);
      days = [...iso].map(isoDayNumber).filter((day): day is number => day !== null && weekdayOf(day) < 6);
      this.weekdaysOffByYear.set(year, days);
    }
    return days;
  }

  private holidaysOf(year: number): Map<string, string> {
    let holidays = this.holidaysByYear.get(year);
    if (!holidays) {
      holidays = publicHolidays(year, this.rules);
      this.holidaysByYear.set(year, holidays);
    }
    return holidays;
  }
}
