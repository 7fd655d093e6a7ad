/**
 * Statutory terms against the organisation's own (PROCEDURE.md "What the law adds", "Working days"):
 * the handling term (Awb 9:11) and the not-handled notice term (Awb 9:8) run from the date of receipt,
 * whatever the hour and whatever the organisation's closed days; only the Algemene termijnenwet moves an
 * end that falls on a weekend, an Atw holiday (art. 3: no Goede Vrijdag, Bevrijdingsdag every year) or a
 * day declared equal to one. The acknowledgement term stays the organisation's own, with its cut-off hour.
 */
import { DateTime } from 'luxon';
import { DECREE_DAYS, DEFAULT_CALENDAR_RULES, WorkingDayCalendar, isoDate, statutoryRules } from '../../src/plugins/complaints/server/src/domain/calendar';
import {
  DEFAULT_TERM_SETTINGS,
  addWeeks,
  dissatisfactionOpenUntil,
  handlingOutcome,
  initialTerms,
  latestExtendedDue,
  termRules,
  termStart,
} from '../../src/plugins/complaints/server/src/domain/terms';

const ZONE = 'Europe/Amsterdam';
const amsterdam = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toJSDate();
const statutory = new WorkingDayCalendar(statutoryRules());
const own = new WorkingDayCalendar();
const calendars = { own, statutory };
const terms = (iso: string, cal = calendars) => initialTerms(amsterdam(iso), cal, DEFAULT_TERM_SETTINGS);

describe('statutory terms run from the date of receipt', () => {
  it("the issue's example: received Tue 23 Mar 2027 at 17:00 → handled by Tue 4 May (not 10 May)", () => {
    const t = terms('2027-03-23T17:00');
    expect(t.handlingDue).toBe('2027-05-04');
    expect(t.notAdmissibleNoticeDue).toBe('2027-04-20');
    // the own term starts the next working day: Wed 24; Good Friday 26 and Easter Monday 29 are days off
    expect(t.termStart).toBe('2027-03-24');
    expect(t.acknowledgementDue).toBe('2027-03-31');
  });

  it('the hour of receipt never moves a statutory term; it does move the own term', () => {
    expect(terms('2026-06-02T09:00').handlingDue).toBe(terms('2026-06-02T23:30').handlingDue);
    expect(terms('2026-06-02T09:00').acknowledgementDue).not.toBe(terms('2026-06-02T23:30').acknowledgementDue);
  });

  it('received on a Saturday: six weeks from that Saturday, the end moved to Monday', () => {
    // Sat 4 Apr 2026 + 6 weeks = Sat 16 May → Mon 18 May (the own start would be Tue 7 Apr → 19 May)
    expect(terms('2026-04-04T11:00').handlingDue).toBe('2026-05-18');
  });

  it("the organisation's own closed days never make a statutory term later", () => {
    const closed = new WorkingDayCalendar({ ...DEFAULT_CALENDAR_RULES, closedDays: [...DECREE_DAYS.map((d) => d.date), '2026-04-13', '2026-03-02'] });
    // Mon 2 Mar 2026 is closed, and so is the end, Mon 13 Apr
    const t = terms('2026-03-02T10:00', { own: closed, statutory });
    expect(t.handlingDue).toBe('2026-04-13');
    expect(t.termStart).toBe('2026-03-03');
  });

  it('an end on a decree day moves to the next working day (2025-05-30, 2026-05-15)', () => {
    expect(terms('2025-04-18T10:00').handlingDue).toBe('2025-06-02');
    expect(terms('2026-04-03T10:00').handlingDue).toBe('2026-05-18');
  });

  it('Goede Vrijdag is no Atw holiday: a statutory term can end on it; Bevrijdingsdag always moves one', () => {
    expect(terms('2027-02-12T10:00').handlingDue).toBe('2027-03-26');
    // even when the organisation keeps Bevrijdingsdag only every fifth year
    const cao = new WorkingDayCalendar({ goodFridayIsHoliday: false, liberationDay: 'every_fifth_year', closedDays: [] });
    expect(initialTerms(amsterdam('2026-04-07T10:00'), { own: cao, statutory }, DEFAULT_TERM_SETTINGS).notAdmissibleNoticeDue).toBe('2026-05-06');
  });

  it('across the year end and the Christmas days', () => {
    expect(terms('2026-11-14T10:00').handlingDue).toBe('2026-12-28');
    expect(terms('2026-11-20T10:00').handlingDue).toBe('2027-01-04');
  });

  it('DST: the date of receipt is the day in Amsterdam, not in UTC', () => {
    // 01:30 on Sunday 29 March 2026 (before the switch) and 00:30 on Sunday 25 October 2026
    expect(initialTerms(new Date('2026-03-29T00:30:00Z'), calendars, DEFAULT_TERM_SETTINGS).handlingDue).toBe('2026-05-11');
    expect(initialTerms(new Date('2026-10-24T22:30:00Z'), calendars, DEFAULT_TERM_SETTINGS).handlingDue).toBe('2026-12-07');
  });

  it('for every receipt moment of 2025–2030: the law’s date, never later than the old count, often earlier', () => {
    let day = DateTime.fromISO('2025-01-01', { zone: ZONE });
    const end = DateTime.fromISO('2030-12-31', { zone: ZONE });
    let earlier = 0;
    let moments = 0;
    while (day <= end) {
      for (const hour of [9, 16, 17, 23]) {
        const at = day.set({ hour, minute: 30 }).toJSDate();
        const t = initialTerms(at, calendars, DEFAULT_TERM_SETTINGS);
        const plain = day.plus({ weeks: 6 });
        // the end itself, or the first Atw working day after it (at most five days later: 5–7 May 2027)
        expect(t.handlingDue >= isoDate(plain)).toBe(true);
        expect(statutory.isWorkingDay(t.handlingDue)).toBe(true);
        expect(DateTime.fromISO(t.handlingDue, { zone: ZONE }).diff(plain, 'days').days).toBeLessThanOrEqual(5);
        if (t.handlingDue !== isoDate(plain)) expect(statutory.isWorkingDay(plain)).toBe(false);
        // the count of earlier releases: from the own term start, on the own calendar
        const old = isoDate(addWeeks(termStart(at, own, 17), 6, own));
        expect(t.handlingDue <= old).toBe(true);
        if (t.handlingDue < old) earlier += 1;
        moments += 1;
      }
      day = day.plus({ days: 1 });
    }
    // about a quarter of receipt moments got a term that was too late
    expect(earlier / moments).toBeGreaterThan(0.2);
    expect(earlier / moments).toBeLessThan(0.4);
  });
});

describe('extension, outcome and the window for dissatisfaction', () => {
  it('an extension reaches at most ten weeks from receipt (six plus four), end moved by the Atw only', () => {
    expect(latestExtendedDue(amsterdam('2027-03-23T17:00'), DEFAULT_TERM_SETTINGS, statutory)).toBe('2027-06-01');
    // 16 Mar 2026 + 10 weeks = Mon 25 May 2026, Tweede Pinksterdag → Tue 26 May
    expect(latestExtendedDue(amsterdam('2026-03-16T09:00'), DEFAULT_TERM_SETTINGS, statutory)).toBe('2026-05-26');
  });

  it('"in time" against the extended and the original term side by side; a not-handled notice against its own term', () => {
    const complaint = { receivedAt: '2026-03-02T09:00:00Z', receivedOn: '2026-03-02', handlingDueOriginal: '2026-04-13', handlingDue: '2026-05-11', notAdmissibleNoticeDue: '2026-03-30' };
    expect(handlingOutcome(complaint, amsterdam('2026-05-01T12:00'))).toEqual({ handledInTime: true, handledInOriginalTerm: false, handlingDays: 60 });
    expect(handlingOutcome(complaint, amsterdam('2026-04-13T16:00'))).toMatchObject({ handledInTime: true, handledInOriginalTerm: true });
    expect(handlingOutcome(complaint, amsterdam('2026-04-02T10:00'), 'not_handled_notice')).toMatchObject({ handledInTime: false, handledInOriginalTerm: false });
    expect(handlingOutcome(complaint, amsterdam('2026-03-30T10:00'), 'not_handled_notice')).toMatchObject({ handledInTime: true });
  });

  it('the dissatisfaction window counts from the day of the outcome', () => {
    expect(dissatisfactionOpenUntil('2026-03-10T15:00:00Z', 12)).toBe('2026-06-02');
    expect(dissatisfactionOpenUntil(null, 12)).toBeNull();
    // a window of a year ends on the same date a year later, as the letter says "een jaar"
    expect(dissatisfactionOpenUntil('2026-05-07T10:00:00Z', 52)).toBe('2027-05-07');
  });
});

describe('each term says which rule made it', () => {
  it('a statutory term moved by the Algemene termijnenwet, and the own acknowledgement term after the cut-off', () => {
    const at = amsterdam('2026-04-04T11:00');
    const t = initialTerms(at, calendars, DEFAULT_TERM_SETTINGS);
    const rules = termRules({ receivedAt: at, ...t, handlingDueOriginal: t.handlingDue }, DEFAULT_TERM_SETTINGS, calendars);
    expect(rules.handling?.nl).toContain('6 weken na de ontvangst op zaterdag 4 april 2026 (Awb 9:11)');
    expect(rules.handling?.nl).toContain('Algemene termijnenwet art. 1');
    expect(rules.handling?.en).toContain('6 weeks after receipt on Saturday 4 April 2026');
    expect(rules.notAdmissibleNotice?.nl).toContain('4 weken na de ontvangst op zaterdag 4 april 2026 (Awb 9:8)');
    expect(rules.acknowledgement?.nl).toContain('3 werkdagen vanaf dinsdag 7 april 2026');
    expect(rules.acknowledgement?.nl).toContain('eigen termijn van de organisatie');
  });

  it('an extended term says so', () => {
    const at = amsterdam('2026-03-02T10:00');
    const t = initialTerms(at, calendars, DEFAULT_TERM_SETTINGS);
    const rules = termRules({ receivedAt: at, ...t, handlingDueOriginal: t.handlingDue, handlingDue: '2026-05-11', extendedAt: '2026-04-01T10:00:00Z' }, DEFAULT_TERM_SETTINGS, calendars);
    expect(rules.handling?.nl).toContain('eenmaal verlengd tot maandag 11 mei 2026');
    expect(rules.handling?.nl).not.toContain('termijnenwet');
  });
});
