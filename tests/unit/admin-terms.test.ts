/**
 * How the admin shows a term: red when overdue, amber on the last day and the day before, green otherwise,
 * with the working days in words.
 */
import { calendarDaysBetween, termText, termTone } from '../../src/plugins/complaints/admin/src/lib/terms';

describe('admin: term badges', () => {
  it.each([
    [{ daysLeft: 5 }, 'success'],
    [{ daysLeft: 2 }, 'success'],
    [{ daysLeft: 1 }, 'warning'],
    [{ daysLeft: 0 }, 'warning'],
    [{ daysLeft: -1 }, 'danger'],
    [{ daysLeft: 3, overdue: true }, 'danger'],
    [{ daysLeft: 0, overdue: true }, 'danger'],
    [{ daysLeft: null }, 'neutral'],
    [{ daysLeft: undefined, overdue: true }, 'danger'],
  ])('%j is %s', (state, tone) => {
    expect(termTone(state)).toBe(tone);
  });

  it('words the working days left, due today, tomorrow and overdue', () => {
    expect(termText({ daysLeft: 4 })).toEqual({ key: 'term.daysLeft', values: { days: 4 } });
    expect(termText({ daysLeft: 1 })).toEqual({ key: 'term.dueTomorrow', values: { days: 1 } });
    expect(termText({ daysLeft: 0 })).toEqual({ key: 'term.dueToday', values: { days: 0 } });
    expect(termText({ daysLeft: -2 })).toEqual({ key: 'term.daysOverdue', values: { days: 2 } });
    // Due on a Friday, seen on Saturday: no working day passed, yet the term has gone.
    expect(termText({ daysLeft: 0, overdue: true })).toEqual({ key: 'term.overdue', values: { days: 0 } });
    expect(termText({ daysLeft: null })).toBeNull();
  });

  it('counts calendar days between ISO dates (agreements), across a DST change', () => {
    expect(calendarDaysBetween('2026-03-27', '2026-03-30')).toBe(3);
    expect(calendarDaysBetween('2026-05-20', '2026-05-20')).toBe(0);
    expect(calendarDaysBetween('2026-05-20', '2026-05-18')).toBe(-2);
    expect(calendarDaysBetween('2026-10-24T00:00:00.000Z', '2026-10-26')).toBe(2);
  });
});
