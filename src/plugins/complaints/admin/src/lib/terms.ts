/**
 * How a term (acknowledgement, handling, agreement) is shown: a colour and a short text in working days.
 * Red when overdue, amber when due today or the next working day, green otherwise.
 */
import { NOT_ADMISSIBLE_STATUSES } from '../../../shared/procedure';

export type TermTone = 'danger' | 'warning' | 'success' | 'neutral';

export interface TermState {
  /** Working days until the due date: negative when passed (server: calendar.workingDaysUntil). */
  daysLeft: number | null | undefined;
  /** The server's own "past the due date" flag; wins over daysLeft (a term can end on a weekend day). */
  overdue?: boolean;
}

export function termTone({ daysLeft, overdue }: TermState): TermTone {
  if (overdue || (typeof daysLeft === 'number' && daysLeft < 0)) return 'danger';
  if (typeof daysLeft !== 'number') return 'neutral';
  if (daysLeft <= 1) return 'warning';
  return 'success';
}

/** A translation key (without the plugin prefix) and its values. */
export interface TermText {
  key: string;
  values: { days: number };
}

export function termText({ daysLeft, overdue }: TermState): TermText | null {
  if (typeof daysLeft !== 'number') return overdue ? { key: 'term.overdue', values: { days: 0 } } : null;
  if (daysLeft < 0) return { key: 'term.daysOverdue', values: { days: -daysLeft } };
  if (overdue) return { key: 'term.overdue', values: { days: 0 } };
  if (daysLeft === 0) return { key: 'term.dueToday', values: { days: 0 } };
  if (daysLeft === 1) return { key: 'term.dueTomorrow', values: { days: 1 } };
  return { key: 'term.daysLeft', values: { days: daysLeft } };
}

/** Calendar days between two ISO dates (yyyy-MM-dd), for agreements, whose rows carry no working days. */
export function calendarDaysBetween(from: string, to: string): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / day);
}

/** Statuses in which the complaint can still be declared not admissible, so the Awb 9:8 notice term counts. */
export function notAdmissibleNoticeShown(status: string): boolean {
  return (NOT_ADMISSIBLE_STATUSES as readonly string[]).includes(status);
}

/** Actions that move the handling term, possible until its last day (the server refuses them after). */
export const TERM_MOVING_ACTIONS = ['extendHandlingTerm', 'recordDelayConsent'] as const;

/** The last day to extend shows while the server offers an action that moves the handling term. */
export function lastDayToExtendShown(dossier: { terms: { lastDayToExtend: string | null }; allowedActions: ReadonlyArray<{ action: string }> }): boolean {
  return (
    Boolean(dossier.terms.lastDayToExtend) && dossier.allowedActions.some((allowed) => (TERM_MOVING_ACTIONS as readonly string[]).includes(allowed.action))
  );
}
