/**
 * The procedure's vocabulary as the admin uses it: the shared words (shared/procedure.ts, the same the
 * server stores and accepts) and the admin's own pages. Labels live in the translations under the same names.
 */
export {
  AGREED_HOW,
  AGREED_HOW_LABELS,
  AGREEMENT_STATUSES,
  CHANNELS,
  HEARING_MODES,
  HEARING_SIDE_LABELS,
  HEARING_SIDES,
  HEARING_SKIP_REASONS,
  JUDGEMENTS,
  LETTER_KINDS,
  LETTER_STATUSES,
  NOT_ADMISSIBLE_LABELS,
  NOT_ADMISSIBLE_REASONS,
  OPEN_FOR_HANDLING,
  STAFF_CHANNELS,
  STATUSES,
  STATUSES_OF_STEP,
} from '../../../shared/procedure';
export type { AgreedHow, AgreementStatus, Channel, ComplaintStatus, Judgement, LetterKind, NotAdmissibleReason } from '../../../shared/procedure';
export { FORM_FIELDS, FORM_TEXT_KEYS } from '../../../shared/public-api';

/** The admin pages of the procedure, in procedure order (route segment relative to the plugin). */
export const STEP_PAGES = [
  { step: 1, path: 'register' },
  { step: 2, path: 'acknowledgement' },
  { step: 3, path: 'hearing' },
  { step: 4, path: 'outcome' },
  { step: 5, path: 'agreements' },
  { step: 6, path: 'disputes' },
] as const;

export function stepPagePath(step: number | null | undefined): string {
  return STEP_PAGES.find((page) => page.step === step)?.path ?? 'complaints';
}
