/**
 * The terms of the procedure and the law, computed on the working-day calendar:
 * acknowledgement (procedure: 3 working days), handling (Awb 9:11: 6 weeks, 10 with an advisory
 * committee, extendable once by at most 4 weeks) and the notice that a complaint is not handled
 * (Awb 9:8: within 4 weeks).
 */
import { DateTime } from 'luxon';
import { LocalDate, WorkingDayCalendar, ZONE, isoDate, toLocalDate } from './calendar';

export interface TermSettings {
  acknowledgementWorkingDays: number;
  handlingWeeks: number;
  advisoryCommitteeHandlingWeeks: number;
  useAdvisoryCommittee: boolean;
  maxExtensionWeeks: number;
  notAdmissibleNoticeWeeks: number;
  /** Hour (0-23, Europe/Amsterdam) from which a complaint counts as received on the next working day. */
  cutoffHour: number;
}

export const DEFAULT_TERM_SETTINGS: TermSettings = {
  acknowledgementWorkingDays: 3,
  handlingWeeks: 6,
  advisoryCommitteeHandlingWeeks: 10,
  useAdvisoryCommittee: false,
  maxExtensionWeeks: 4,
  notAdmissibleNoticeWeeks: 4,
  cutoffHour: 17,
};

export interface InitialTerms {
  /** The working day the terms count from. */
  termStart: string;
  acknowledgementDue: string;
  handlingDue: string;
  notAdmissibleNoticeDue: string;
}

/**
 * The day a complaint counts as received: the day itself when it arrived on a working day before the
 * cut-off hour, otherwise the next working day.
 */
export function termStart(receivedAt: Date, calendar: WorkingDayCalendar, cutoffHour: number): LocalDate {
  const local = DateTime.fromJSDate(receivedAt, { zone: ZONE });
  const day = local.startOf('day');
  if (!calendar.isWorkingDay(day) || local.hour >= cutoffHour) return calendar.nextWorkingDay(day);
  return day;
}

/** A term in weeks ends on the same weekday; when that is not a working day, on the next one (Atw art. 1). */
export function addWeeks(from: Date | string | LocalDate, weeks: number, calendar: WorkingDayCalendar): LocalDate {
  return calendar.onOrAfter(toLocalDate(from).plus({ weeks }));
}

export function initialTerms(receivedAt: Date, calendar: WorkingDayCalendar, settings: TermSettings): InitialTerms {
  const start = termStart(receivedAt, calendar, settings.cutoffHour);
  const handlingWeeks = settings.useAdvisoryCommittee ? settings.advisoryCommitteeHandlingWeeks : settings.handlingWeeks;
  return {
    termStart: isoDate(start),
    acknowledgementDue: isoDate(calendar.addWorkingDays(start, settings.acknowledgementWorkingDays)),
    handlingDue: isoDate(addWeeks(start, handlingWeeks, calendar)),
    notAdmissibleNoticeDue: isoDate(addWeeks(start, settings.notAdmissibleNoticeWeeks, calendar)),
  };
}

/** The latest handling due date an extension may set: the original due date plus the maximum extension. */
export function latestExtendedDue(originalDue: string, settings: TermSettings, calendar: WorkingDayCalendar): string {
  return isoDate(addWeeks(originalDue, settings.maxExtensionWeeks, calendar));
}

/** Today's date in the organisation's zone. */
export function today(now: Date): string {
  return isoDate(toLocalDate(now));
}

/** Calendar days from receipt to `now` (the handling time reports count). */
export function daysSince(receivedOn: string, now: Date): number {
  return Math.round(toLocalDate(now).diff(toLocalDate(receivedOn), 'days').days);
}

/** What a report needs to know once a complaint's handling ends. */
export function handlingOutcome(complaint: { receivedOn?: string | null; receivedAt: string | Date; handlingDue?: string | null }, now: Date) {
  const receivedOn = complaint.receivedOn ?? isoDate(toLocalDate(new Date(complaint.receivedAt)));
  return { handledInTime: !complaint.handlingDue || today(now) <= complaint.handlingDue, handlingDays: daysSince(receivedOn, now) };
}
