/**
 * The procedure's vocabulary as the admin needs it: the values the server accepts, in procedure order.
 * Mirrors server/src/domain/procedure.ts (the admin bundle does not import server code); labels live in
 * the translations under the same names.
 */
export const STATUSES = [
  'received',
  'acknowledged',
  'hearing_planned',
  'hearing_held',
  'agreements_sent',
  'monitoring',
  'dispute',
  'closed',
  'not_admissible',
  'solved_at_acknowledgement',
  'withdrawn',
] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

/**
 * "Alle lopende klachten": open statuses short of a dispute (server: OPEN_STATUSES without 'dispute'). Wider
 * than the server's HANDLING_STATUSES, whose handling term ends when the outcome is sent.
 */
export const OPEN_FOR_HANDLING: readonly ComplaintStatus[] = ['received', 'acknowledged', 'hearing_planned', 'hearing_held', 'agreements_sent', 'monitoring'];

/** The statuses each step page lists (server: STATUSES_OF_STEP). */
export const STATUSES_OF_STEP: Record<number, readonly ComplaintStatus[]> = {
  1: ['received'],
  2: ['received'],
  3: ['acknowledged', 'hearing_planned'],
  4: ['hearing_held'],
  5: ['agreements_sent', 'monitoring'],
  6: ['dispute'],
};

export const STAFF_CHANNELS = ['post', 'telefoon', 'e-mail', 'balie'] as const;
export const CHANNELS = ['online', ...STAFF_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];

export const JUDGEMENTS = ['founded', 'partly_founded', 'unfounded', 'inadmissible'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

export const NOT_ADMISSIBLE_REASONS = ['conduct_over_a_year', 'handled_before', 'objection_appeal_route'] as const;
export const HEARING_SKIP_REASONS = ['complainant_waived', 'no_response'] as const;
export const HEARING_MODES = ['office', 'home', 'phone', 'video'] as const;
export const AGREEMENT_STATUSES = ['open', 'kept', 'not_kept'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const LETTER_KINDS = [
  'submission_received',
  'acknowledgement',
  'hearing_invitation',
  'not_admissible_notice',
  'agreements_letter',
  'term_extension',
  'closure',
  'committee_information',
  'staff_new_complaint',
  'staff_behaviour_assigned',
  'staff_acknowledgement_due_tomorrow',
  'staff_acknowledgement_overdue',
  'staff_handling_expiring',
  'staff_handling_overdue',
  'staff_agreement_due',
  'staff_agreement_overdue',
  'staff_hearing_tomorrow',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_STATUSES = ['queued', 'sending', 'sent', 'failed', 'to_print', 'printed'] as const;

/** The texts of the public form editors can override (shared/public-api.ts FormTexts). */
export const FORM_TEXT_KEYS = [
  'title',
  'intro',
  'sectionComplainant',
  'sectionComplaint',
  'requiredHint',
  'privacyStatement',
  'submit',
  'sending',
  'errorSummaryTitle',
  'networkError',
  'tooManyRequests',
  'confirmationTitle',
  'confirmation',
  'statusLinkLabel',
] as const;

/** The public form's fields (server: FIELD_SPECS); `requirable` ones editors may make required. */
export const FORM_FIELDS: ReadonlyArray<{ name: string; requirable: boolean }> = [
  { name: 'complainantName', requirable: false },
  { name: 'complainantEmail', requirable: true },
  { name: 'complainantPhone', requirable: true },
  { name: 'complainantAddress', requirable: true },
  { name: 'complainantPostalCode', requirable: true },
  { name: 'complainantCity', requirable: true },
  { name: 'complainantClientNumber', requirable: true },
  { name: 'categoryId', requirable: false },
  { name: 'departmentId', requirable: true },
  { name: 'aboutEmployeeBehaviour', requirable: false },
  { name: 'accusedName', requirable: false },
  { name: 'accusedFunction', requirable: false },
  { name: 'description', requirable: false },
  { name: 'desiredOutcome', requirable: true },
  { name: 'privacyConsent', requirable: false },
];

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
