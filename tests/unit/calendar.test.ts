/**
 * The working-day calendar against PROCEDURE.md "Working days" and a second source (date-holidays,
 * types public + school, a test-only oracle).
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import {
  DECREE_DAYS,
  DEFAULT_CALENDAR_RULES,
  WorkingDayCalendar,
  easterSunday,
  isoDate,
  publicHolidays,
  statutoryRules,
} from '../../src/plugins/complaints/server/src/domain/calendar';
import { DEFAULT_TERM_SETTINGS, initialTerms, termStart } from '../../src/plugins/complaints/server/src/domain/terms';

const calendar = new WorkingDayCalendar();
const calendars = { own: calendar, statutory: new WorkingDayCalendar(statutoryRules()) };
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Amsterdam' }).toJSDate();

describe('public holidays', () => {
  const oracle = new Holidays('NL', { types: ['public', 'school'] });

  it.each([2025, 2026, 2027, 2028, 2029, 2030])('%i matches date-holidays (public + school)', (year) => {
    const ours = [...publicHolidays(year, { goodFridayIsHoliday: true, liberationDay: 'every_year' }).keys()].sort();
    const theirs = oracle
      .getHolidays(year)
      .map((h) => h.date.slice(0, 10))
      .sort();
    expect(ours).toEqual(theirs);
  });

  it('computes Easter rather than listing it', () => {
    expect(isoDate(easterSunday(2026))).toBe('2026-04-05');
    expect(isoDate(easterSunday(2027))).toBe('2027-03-28');
    expect(isoDate(easterSunday(2038))).toBe('2038-04-25');
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(publicHolidays(2025, DEFAULT_CALENDAR_RULES).get('2025-04-26')).toBe('Koningsdag');
    expect(publicHolidays(2025, DEFAULT_CALENDAR_RULES).has('2025-04-27')).toBe(false);
    expect(publicHolidays(2026, DEFAULT_CALENDAR_RULES).get('2026-04-27')).toBe('Koningsdag');
  });

  it('lets editors turn Goede Vrijdag off and keep Bevrijdingsdag every fifth year', () => {
    const cao = new WorkingDayCalendar({ goodFridayIsHoliday: false, liberationDay: 'every_fifth_year', closedDays: [] });
    expect(cao.isWorkingDay('2026-04-03')).toBe(true); // Goede Vrijdag 2026
    expect(cao.isWorkingDay('2026-05-05')).toBe(true); // Bevrijdingsdag, not a lustrum year
    expect(cao.isWorkingDay('2030-05-06')).toBe(true);
    expect(cao.dayOffReason('2025-05-05')).toBe('Bevrijdingsdag');
    expect(cao.dayOffReason('2030-05-06')).toBeNull();
  });

  it('skips the decree days and the organisation’s own closed days', () => {
    for (const { date } of DECREE_DAYS) expect(calendar.isWorkingDay(date)).toBe(false);
    const own = new WorkingDayCalendar({ ...DEFAULT_CALENDAR_RULES, closedDays: ['2026-07-01'] });
    expect(own.dayOffReason('2026-07-01')).toBe('gesloten');
    expect(calendar.isWorkingDay('2026-07-01')).toBe(true);
  });

  it('does not treat observances as days off (4 May, Prinsjesdag, 5 December, 31 December)', () => {
    for (const day of ['2026-05-04', '2026-09-15', '2026-12-05', '2026-12-31', '2026-11-11']) {
      expect(calendar.dayOffReason(day) === null || calendar.dayOffReason(day) === 'weekend').toBe(true);
    }
  });
});

describe('three working days (the worked examples)', () => {
  const ackDue = (receivedAt: string) => initialTerms(amsterdam(receivedAt), calendars, DEFAULT_TERM_SETTINGS).acknowledgementDue;

  it('Thu 2 Apr 2026 → Thu 9 Apr (Goede Vrijdag and Tweede Paasdag skipped)', () => {
    expect(ackDue('2026-04-02T10:00')).toBe('2026-04-09');
  });

  it('Wed 13 May 2026 → Wed 20 May (Hemelvaart and 15 May skipped)', () => {
    expect(ackDue('2026-05-13T09:00')).toBe('2026-05-20');
  });

  it('Wed 23 Dec 2026 → Tue 29 Dec (Christmas and the weekend skipped)', () => {
    expect(ackDue('2026-12-23T16:59')).toBe('2026-12-29');
  });

  it('after the 17:00 cut-off the count starts on the next working day', () => {
    expect(ackDue('2026-04-02T17:00')).toBe('2026-04-10');
    expect(isoDate(termStart(amsterdam('2026-04-02T17:30'), calendar, 17))).toBe('2026-04-07');
  });

  it('on a weekend or holiday the count starts on the next working day', () => {
    expect(ackDue('2026-04-04T11:00')).toBe('2026-04-10'); // Saturday of Easter → Tue 7 Apr + 3
    expect(ackDue('2026-01-01T09:00')).toBe('2026-01-08'); // New Year, then 2 Jan decree day
  });

  it('counts across the year end', () => {
    expect(ackDue('2026-12-30T12:00')).toBe('2027-01-05'); // 31 Dec, (1 Jan), 4, 5 Jan
    expect(ackDue('2027-12-31T09:00')).toBe('2028-01-05');
  });
});

describe('DST does not shift dates', () => {
  it('the last Sunday of March (2026-03-29)', () => {
    // Friday evening before the switch, just before and after midnight UTC
    expect(initialTerms(amsterdam('2026-03-27T16:30'), calendars, DEFAULT_TERM_SETTINGS).acknowledgementDue).toBe('2026-04-01');
    expect(initialTerms(new Date('2026-03-29T22:30:00Z'), calendars, DEFAULT_TERM_SETTINGS).termStart).toBe('2026-03-30');
  });

  it('the last Sunday of October (2026-10-25)', () => {
    expect(initialTerms(amsterdam('2026-10-23T09:00'), calendars, DEFAULT_TERM_SETTINGS).acknowledgementDue).toBe('2026-10-28');
    // 23:30 UTC on Sunday is 00:30 on Monday in winter time
    expect(initialTerms(new Date('2026-10-25T23:30:00Z'), calendars, DEFAULT_TERM_SETTINGS).termStart).toBe('2026-10-26');
  });

  it('a six-week term across the March switch keeps its weekday', () => {
    expect(initialTerms(amsterdam('2026-03-17T10:00'), calendars, DEFAULT_TERM_SETTINGS).handlingDue).toBe('2026-04-28');
  });
});

describe('handling and notice terms', () => {
  it('six weeks after receipt; moved to the next working day when it ends on a day off', () => {
    // 16 Mar 2026 + 6 weeks = Mon 27 Apr (Koningsdag) → Tue 28 Apr
    expect(initialTerms(amsterdam('2026-03-16T10:00'), calendars, DEFAULT_TERM_SETTINGS).handlingDue).toBe('2026-04-28');
  });

  it('ten weeks when an advisory committee is used', () => {
    expect(initialTerms(amsterdam('2026-02-02T10:00'), calendars, { ...DEFAULT_TERM_SETTINGS, useAdvisoryCommittee: true }).handlingDue).toBe('2026-04-13');
  });

  it('the not-admissible notice within four weeks', () => {
    expect(initialTerms(amsterdam('2026-02-02T10:00'), calendars, DEFAULT_TERM_SETTINGS).notAdmissibleNoticeDue).toBe('2026-03-02');
  });
});

describe('working days until a due date', () => {
  it('counts forward, zero on the day, negative when overdue', () => {
    expect(calendar.workingDaysUntil('2026-04-02', '2026-04-09')).toBe(3);
    expect(calendar.workingDaysUntil('2026-04-09', '2026-04-09')).toBe(0);
    expect(calendar.workingDaysUntil('2026-04-10', '2026-04-09')).toBe(-1);
    expect(calendar.workingDaysUntil('2026-04-11', '2026-04-10')).toBe(0); // Saturday after a Friday due date
  });

  it('reads a timestamp as its date in Europe/Amsterdam, and refuses what is no date', () => {
    // 22:30 UTC on Sunday 29 March 2026 is 00:30 on Monday 30 March in Amsterdam (summer time began that night)
    expect(calendar.workingDaysUntil(new Date('2026-03-29T22:30:00Z'), '2026-04-01')).toBe(2);
    expect(calendar.workingDaysUntil('2026-03-27', new Date('2026-03-29T22:30:00Z'))).toBe(1);
    expect(calendar.workingDaysUntil(DateTime.fromISO('2026-03-30T23:59', { zone: 'Europe/Amsterdam' }), '2026-03-30')).toBe(0);
    expect(() => calendar.workingDaysUntil('2026-02-30', '2026-03-02')).toThrow(RangeError);
  });

  it('agrees with a day-by-day walk for every day of 2025–2030', () => {
    // addWorkingDays(d, 3) is always a working day, and exactly 3 working days lie in between
    let day = DateTime.fromISO('2025-01-01', { zone: 'Europe/Amsterdam' });
    const end = DateTime.fromISO('2030-12-31', { zone: 'Europe/Amsterdam' });
    while (day <= end) {
      const due = calendar.addWorkingDays(day, 3);
      expect(calendar.isWorkingDay(due)).toBe(true);
      expect(calendar.workingDaysUntil(day, due)).toBe(3);
      day = day.plus({ days: 1 });
    }
  });
});

describe('working days over long ranges', () => {
  /** The slow, obvious count: walk every day. */
  function walk(cal: WorkingDayCalendar, from: string, to: string): number {
    let date = DateTime.fromISO(from, { zone: 'Europe/Amsterdam' });
    const end = DateTime.fromISO(to, { zone: 'Europe/Amsterdam' });
    let count = 0;
    while (date < end) {
      date = date.plus({ days: 1 });
      if (cal.isWorkingDay(date)) count += 1;
    }
    return count;
  }

  it('counts like a day-by-day walk for ranges up to three years, with own closed days', () => {
    const cal = new WorkingDayCalendar({ ...DEFAULT_CALENDAR_RULES, closedDays: [...DECREE_DAYS.map((d) => d.date), '2026-07-01', '2027-12-27', '2026-07-04'] });
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i += 1) {
      const from = DateTime.fromISO('2025-01-01').plus({ days: Math.floor(next() * 1000) });
      const to = from.plus({ days: Math.floor(next() * 1100) });
      expect(cal.workingDaysUntil(from.toISODate()!, to.toISODate()!)).toBe(walk(cal, from.toISODate()!, to.toISODate()!));
      expect(cal.workingDaysUntil(to.toISODate()!, from.toISODate()!)).toBe(-walk(cal, from.toISODate()!, to.toISODate()!) || 0);
    }
  });
});
