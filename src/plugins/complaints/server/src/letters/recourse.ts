/**
 * Where a complainant can go next, and until when, as the letters say it: the next body's term in words
 * ("12 weken", "een jaar"), the day it ends counted from the letter's date, and the last day to tell the
 * organisation of dissatisfaction after the outcome (the day a term ends is the domain's: domain/terms.ts); the
 * letter service fills the context with them, and `withCurrentFields` completes a context stored by an
 * earlier version, so a letter queued before an upgrade still renders with today's templates.
 */
import type { Locale } from '../../../shared/messages';
import type { Regime } from '../../../shared/regimes';
import type { ProcedureSettings } from '../../../shared/contracts/settings';
import { dissatisfactionOpenUntil, isWeeks, termEnd, wholeYears } from '../domain/terms';
import type { LetterContext } from './types';

const YEARS_IN_WORDS: Record<Locale, string[]> = {
  nl: ['', 'een jaar', 'twee jaar', 'drie jaar', 'vier jaar', 'vijf jaar'],
  en: ['', 'one year', 'two years', 'three years', 'four years', 'five years'],
};

/**
 * The term in words in the letter's language: "12 weken" / "12 weeks", "1 week", 52 → "een jaar" /
 * "one year", 104 → "twee jaar" / "two years"; empty when no term is set (the letters then refer to the
 * body's own rules).
 */
export function termInWords(weeks: number | null | undefined, locale: Locale): string {
  if (!isWeeks(weeks)) return '';
  const years = wholeYears(weeks);
  if (years !== null) return YEARS_IN_WORDS[locale][years] ?? (locale === 'en' ? `${years} years` : `${years} jaar`);
  if (weeks === 1) return '1 week';
  return locale === 'en' ? `${weeks} weeks` : `${weeks} weken`;
}

/** The last day the complainant can go to the next body: the letter's date plus the term (null when not set). */
export function committeeDeadline(letterDate: unknown, termWeeks: number | null | undefined): string | null {
  return termEnd(letterDate, termWeeks);
}

/** The settings the letters read for the next body. */
export type NextBodySettings = Pick<
  ProcedureSettings,
  'regime' | 'committeeName' | 'committeeAddress' | 'committeeWebsite' | 'committeeEmail' | 'committeeTermWeeks' | 'furtherRecourse'
>;

/** The regime, the next body with its term in words and its last day counted from the letter's date, and where else to go. */
export function nextBodyContext(settings: NextBodySettings, letterDate: string, locale: Locale): Pick<LetterContext, 'regime' | 'committee' | 'furtherRecourse'> {
  const termWeeks = isWeeks(settings.committeeTermWeeks) ? settings.committeeTermWeeks : null;
  return {
    regime: settings.regime,
    committee: {
      name: settings.committeeName,
      address: settings.committeeAddress,
      website: settings.committeeWebsite,
      email: settings.committeeEmail,
      termWeeks,
      term: termInWords(termWeeks, locale),
      deadline: committeeDeadline(letterDate, termWeeks),
    },
    furtherRecourse: settings.furtherRecourse,
  };
}

/** What a complaint row holds about its terms and the phases after the outcome (services/complaints.ts). */
export interface ComplaintTermFacts {
  notAdmissibleNoticeDue?: string | null;
  extendedAt?: unknown;
  outcomeSentAt?: unknown;
  committeeDecidedAt?: unknown;
  committeeOutcome?: string | null;
}

/** The complaint's fields of the letter context that speak of terms and of the next body. */
export function complaintTermFields(
  complaint: ComplaintTermFacts,
  settings: Pick<ProcedureSettings, 'maxExtensionWeeks' | 'dissatisfactionWindowWeeks'>,
): Pick<LetterContext['complaint'], 'notAdmissibleNoticeDue' | 'extended' | 'maxExtensionWeeks' | 'committeeDecided' | 'committeeOutcome' | 'dissatisfactionOpenUntil'> {
  return {
    notAdmissibleNoticeDue: complaint.notAdmissibleNoticeDue ?? null,
    extended: Boolean(complaint.extendedAt),
    maxExtensionWeeks: settings.maxExtensionWeeks ?? null,
    committeeDecided: Boolean(complaint.committeeDecidedAt),
    committeeOutcome: complaint.committeeOutcome ?? null,
    dissatisfactionOpenUntil: dissatisfactionOpenUntil(complaint.outcomeSentAt, settings.dissatisfactionWindowWeeks),
  };
}

/** The regime letters were worded for before the setting existed: a housing association's. */
const REGIME_BEFORE_SETTING: Regime = 'housing';

/**
 * A context as an earlier version stored it (queued or failed letters wait in the outbox across an
 * upgrade), with the fields added since: what can be derived from the stored data is, the rest is what
 * the letter said before (the housing wording, no committee ruling, no dissatisfaction date).
 */
export function withCurrentFields(stored: LetterContext): LetterContext {
  const context = stored as Omit<LetterContext, 'regime'> & { regime?: Regime };
  const committee = (context.committee ?? {}) as Partial<LetterContext['committee']>;
  const complaint = (context.complaint ?? {}) as Partial<LetterContext['complaint']>;
  const termWeeks = isWeeks(committee.termWeeks) ? committee.termWeeks : null;
  const locale: Locale = context.locale === 'en' ? 'en' : 'nl';
  return {
    ...context,
    regime: context.regime ?? REGIME_BEFORE_SETTING,
    committee: {
      ...(committee as LetterContext['committee']),
      termWeeks,
      term: committee.term ?? termInWords(termWeeks, locale),
      deadline: committee.deadline !== undefined ? committee.deadline : committeeDeadline(context.today, termWeeks),
    },
    complaint: {
      ...(complaint as LetterContext['complaint']),
      notAdmissibleNoticeDue: complaint.notAdmissibleNoticeDue ?? null,
      extended: complaint.extended ?? false,
      maxExtensionWeeks: complaint.maxExtensionWeeks ?? null,
      committeeDecided: complaint.committeeDecided ?? false,
      committeeOutcome: complaint.committeeOutcome ?? null,
      dissatisfactionOpenUntil: complaint.dissatisfactionOpenUntil ?? null,
    },
  };
}
