/**
 * The terms of the procedure and the law, each counted as its rule says:
 * - statutory terms run from the date of receipt itself (Awb 9:11 handling: 6 weeks, 10 with an advisory
 *   committee, extendable once by at most 4 weeks; Awb 9:8 not-handled notice: 4 weeks); only the Algemene
 *   termijnenwet moves an end that falls on a weekend or holiday (art. 1), on the statutory calendar;
 * - the organisation's own terms (acknowledgement in working days) count from the day the complaint counts
 *   as received: after the cut-off hour or on a day off, the next working day of its own calendar.
 */
import { DateTime } from 'luxon';
import type { Message } from '../../../shared/messages';
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

/** The organisation's calendar for its own terms, and the Algemene termijnenwet's for statutory ones. */
export interface TermCalendars {
  own: WorkingDayCalendar;
  statutory: WorkingDayCalendar;
}

export interface InitialTerms {
  /** The working day the organisation's own terms count from. */
  termStart: string;
  acknowledgementDue: string;
  handlingDue: string;
  notAdmissibleNoticeDue: string;
}

/**
 * The day the organisation's own terms count from: the day itself when the complaint arrived on a working
 * day before the cut-off hour, otherwise the next working day.
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

/** The date of receipt: the calendar day in the organisation's zone, whatever the hour. */
export function receiptDate(receivedAt: Date | string): LocalDate {
  return toLocalDate(typeof receivedAt === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(receivedAt) ? new Date(receivedAt) : receivedAt);
}

export function handlingWeeksOf(settings: Pick<TermSettings, 'useAdvisoryCommittee' | 'advisoryCommitteeHandlingWeeks' | 'handlingWeeks'>): number {
  return settings.useAdvisoryCommittee ? settings.advisoryCommitteeHandlingWeeks : settings.handlingWeeks;
}

/** The statutory terms of a receipt: from the date of receipt, ends moved by the Algemene termijnenwet only. */
export function statutoryTerms(receivedAt: Date | string, statutory: WorkingDayCalendar, settings: TermSettings): Pick<InitialTerms, 'handlingDue' | 'notAdmissibleNoticeDue'> {
  const received = receiptDate(receivedAt);
  return {
    handlingDue: isoDate(addWeeks(received, handlingWeeksOf(settings), statutory)),
    notAdmissibleNoticeDue: isoDate(addWeeks(received, settings.notAdmissibleNoticeWeeks, statutory)),
  };
}

export function initialTerms(receivedAt: Date, calendars: TermCalendars, settings: TermSettings): InitialTerms {
  const start = termStart(receivedAt, calendars.own, settings.cutoffHour);
  return {
    termStart: isoDate(start),
    acknowledgementDue: isoDate(calendars.own.addWorkingDays(start, settings.acknowledgementWorkingDays)),
    ...statutoryTerms(receivedAt, calendars.statutory, settings),
  };
}

/**
 * The latest handling due date an extension may set: the handling term plus the maximum extension, from
 * the date of receipt (Awb 9:11 lid 2), its end moved by the Algemene termijnenwet only.
 */
export function latestExtendedDue(receivedAt: Date | string, settings: TermSettings, statutory: WorkingDayCalendar): string {
  return isoDate(addWeeks(receiptDate(receivedAt), handlingWeeksOf(settings) + settings.maxExtensionWeeks, statutory));
}

const WEEKS_PER_YEAR = 52;

export function isWeeks(weeks: unknown): weeks is number {
  return typeof weeks === 'number' && Number.isInteger(weeks) && weeks > 0;
}

/** Whole years when the weeks are a multiple of 52 (the law and the bodies' rules count in years). */
export function wholeYears(weeks: number): number | null {
  return weeks >= WEEKS_PER_YEAR && weeks % WEEKS_PER_YEAR === 0 ? weeks / WEEKS_PER_YEAR : null;
}

/** A date or moment (ISO text, SQL text or Date) as the calendar day it is in Amsterdam; null when unreadable. */
function dayInAmsterdam(value: unknown): LocalDate | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  const dateTime =
    value instanceof Date
      ? DateTime.fromJSDate(value, { zone: ZONE })
      : DateTime.fromISO(text, { zone: ZONE }).isValid
        ? DateTime.fromISO(text, { zone: ZONE })
        : DateTime.fromSQL(text, { zone: ZONE });
  return dateTime.isValid ? dateTime.startOf('day') : null;
}

/**
 * The day a term of so many weeks from `from` ends, as yyyy-MM-dd: whole years as calendar years (a term
 * the letter calls "een jaar" ends on the same date a year later), other terms as weeks. Null without a
 * term or a readable date.
 */
export function termEnd(from: unknown, weeks: number | null | undefined): string | null {
  if (!isWeeks(weeks)) return null;
  const day = dayInAmsterdam(from);
  if (!day) return null;
  const years = wholeYears(weeks);
  return isoDate(years !== null ? day.plus({ years }) : day.plus({ weeks }));
}

/** The last day to declare dissatisfaction: the outcome's day plus the window; null before the outcome. */
export function dissatisfactionOpenUntil(outcomeSentAt: unknown, windowWeeks: number | null | undefined): string | null {
  return termEnd(outcomeSentAt, windowWeeks);
}

const LUXON_LOCALES: Record<'nl' | 'en', string> = { nl: 'nl', en: 'en-GB' };
const longDate = (date: string | LocalDate, locale: 'nl' | 'en') => toLocalDate(date).setLocale(LUXON_LOCALES[locale]).toFormat('cccc d MMMM yyyy');

/** Why a statutory end moved: "weekend" or the holiday's name, in words. */
function moved(plain: LocalDate, due: string, statutory: WorkingDayCalendar): Message | null {
  if (isoDate(plain) === due) return null;
  const reason = statutory.dayOffReason(plain) ?? '';
  const nlReason = reason === 'weekend' ? 'in het weekend' : reason === 'gesloten' ? 'op een bij besluit gelijkgestelde dag' : `op ${reason}`;
  const enReason = reason === 'weekend' ? 'on a weekend' : reason === 'gesloten' ? 'on a day declared equal to a holiday' : `on ${reason}`;
  return {
    nl: `; ${longDate(plain, 'nl')} valt ${nlReason}, dus de eerstvolgende werkdag (Algemene termijnenwet art. 1)`,
    en: `; ${longDate(plain, 'en')} falls ${enReason}, so the next working day (General Time Limits Act art. 1)`,
  };
}

export interface TermFacts {
  receivedAt: string | Date;
  /** A reopened complaint's terms count from its reopening. */
  reopenedAt?: string | Date | null;
  termStart?: string | null;
  acknowledgementDue?: string | null;
  handlingDueOriginal?: string | null;
  handlingDue?: string | null;
  extendedAt?: string | Date | null;
  delayConsentAt?: string | Date | null;
  notAdmissibleNoticeDue?: string | null;
}

/** Which rule made each of a complaint's terms, in words for the dossier (settings as they are now). */
export function termRules(complaint: TermFacts, settings: TermSettings, calendars: TermCalendars): { acknowledgement: Message | null; handling: Message | null; notAdmissibleNotice: Message | null } {
  const received = receiptDate(complaint.reopenedAt ?? complaint.receivedAt);
  const receivedNl = `${complaint.reopenedAt ? 'de heropening' : 'de ontvangst'} op ${longDate(received, 'nl')}`;
  const receivedEn = `${complaint.reopenedAt ? 'reopening' : 'receipt'} on ${longDate(received, 'en')}`;
  const statutoryRule = (weeks: number, due: string | null | undefined, article: string): Message | null => {
    if (!due) return null;
    const shift = moved(received.plus({ weeks }), due, calendars.statutory);
    if (shift === null && isoDate(received.plus({ weeks })) !== due) {
      // a term set under other settings (or an older release): say what it is, not a rule it does not follow
      return { nl: `Wettelijke termijn (${article}), gerekend vanaf ${receivedNl}`, en: `Statutory term (${article}), counted from ${receivedEn}` };
    }
    return {
      nl: `${weeks} weken na ${receivedNl} (${article})${shift?.nl ?? ''}`,
      en: `${weeks} weeks after ${receivedEn} (${article})${shift?.en ?? ''}`,
    };
  };

  let acknowledgement: Message | null = null;
  if (complaint.acknowledgementDue && complaint.termStart) {
    const start = toLocalDate(complaint.termStart);
    const later = isoDate(start) !== isoDate(received);
    acknowledgement = {
      nl: `${settings.acknowledgementWorkingDays} werkdagen vanaf ${longDate(start, 'nl')}${later ? ` (ontvangen na ${settings.cutoffHour}:00 of op een dag dat de organisatie gesloten is)` : ''}: de eigen termijn van de organisatie, op haar eigen kalender`,
      en: `${settings.acknowledgementWorkingDays} working days from ${longDate(start, 'en')}${later ? ` (received after ${settings.cutoffHour}:00 or on a day the organisation is closed)` : ''}: the organisation's own term, on its own calendar`,
    };
  }

  const original = complaint.handlingDueOriginal ?? complaint.handlingDue;
  let handling = statutoryRule(handlingWeeksOf(settings), original, 'Awb 9:11');
  if (handling && complaint.handlingDue && original && complaint.handlingDue !== original) {
    const how = complaint.delayConsentAt
      ? { nl: 'met schriftelijke instemming van de klager verder uitgesteld', en: "further delayed with the complainant's written consent" }
      : { nl: 'eenmaal verlengd', en: 'extended once' };
    handling = {
      nl: `${handling.nl}; ${how.nl} tot ${longDate(complaint.handlingDue, 'nl')}`,
      en: `${handling.en}; ${how.en} until ${longDate(complaint.handlingDue, 'en')}`,
    };
  }
  return {
    acknowledgement,
    handling,
    notAdmissibleNotice: statutoryRule(settings.notAdmissibleNoticeWeeks, complaint.notAdmissibleNoticeDue, 'Awb 9:8'),
  };
}

/** Today's date in the organisation's zone. */
export function today(now: Date): string {
  return isoDate(toLocalDate(now));
}

/** Calendar days from receipt to `now` (the handling time reports count). */
export function daysSince(receivedOn: string, now: Date): number {
  return Math.round(toLocalDate(now).diff(toLocalDate(receivedOn), 'days').days);
}

/**
 * What a report needs to know once a complaint's handling ends: in time against the term as it stands
 * (extended or consented) and against the original one, and the handling time in days. A not-handled
 * notice (Awb 9:8) is judged against its own term.
 */
export function handlingOutcome(
  complaint: { receivedOn?: string | null; receivedAt: string | Date; handlingDue?: string | null; handlingDueOriginal?: string | null; notAdmissibleNoticeDue?: string | null },
  now: Date,
  kind: 'handled' | 'not_handled_notice' = 'handled',
) {
  const receivedOn = complaint.receivedOn ?? isoDate(toLocalDate(new Date(complaint.receivedAt)));
  const day = today(now);
  const within = (due: string | null | undefined) => !due || day <= String(due).slice(0, 10);
  if (kind === 'not_handled_notice') {
    const inTime = within(complaint.notAdmissibleNoticeDue ?? complaint.handlingDueOriginal ?? complaint.handlingDue);
    return { handledInTime: inTime, handledInOriginalTerm: inTime, handlingDays: daysSince(receivedOn, now) };
  }
  return {
    handledInTime: within(complaint.handlingDue),
    handledInOriginalTerm: within(complaint.handlingDueOriginal ?? complaint.handlingDue),
    handlingDays: daysSince(receivedOn, now),
  };
}
