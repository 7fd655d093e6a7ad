/**
 * The procedure's vocabulary, once: the values the server stores and accepts, the admin offers and the
 * form shows. Server (domain/, content-types/, validation/), admin (lib/) and form import from here, so a
 * word added or renamed here is added or renamed everywhere. Labels of the admin screens live in its
 * translations under the same names; the rules that connect these words live in server/src/domain.
 */
import type { Message } from './messages';

/** Dates and terms are counted in the organisation's own calendar. */
/** A department's name in a language: the English name where one is given, else its own (Dutch) name. */
export function departmentName(department: { name: string; nameEn?: string | null }, locale: 'nl' | 'en'): string {
  return locale === 'en' && department.nameEn ? department.nameEn : department.name;
}

export const ZONE = 'Europe/Amsterdam';

/** In procedure order: the admin lists them so, the content type stores them as text. */
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
  'forwarded',
] as const;
export type ComplaintStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<ComplaintStatus, Message> = {
  received: { nl: 'Ontvangen', en: 'Received' },
  acknowledged: { nl: 'Ontvangst bevestigd', en: 'Acknowledged' },
  hearing_planned: { nl: 'Gesprek gepland', en: 'Hearing planned' },
  hearing_held: { nl: 'Hoor en wederhoor afgerond', en: 'Hearing completed' },
  agreements_sent: { nl: 'Afspraken verstuurd', en: 'Agreements sent' },
  monitoring: { nl: 'Nakomen afspraken', en: 'Monitoring agreements' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
  not_admissible: { nl: 'Niet in behandeling', en: 'Not admissible' },
  // the stored value keeps its first name; Awb 9:5 allows it at any moment before the outcome
  solved_at_acknowledgement: { nl: 'Opgelost naar tevredenheid', en: 'Resolved to satisfaction' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  forwarded: { nl: 'Doorgestuurd', en: 'Forwarded' },
  dispute: { nl: 'Geschil', en: 'Dispute' },
};

/** The six steps of the procedure, as the complainant's status page names them. */
export const STEP_LABELS: readonly Message[] = [
  { nl: 'Klacht ingediend', en: 'Complaint filed' },
  { nl: 'Ontvangstbevestiging', en: 'Acknowledgement' },
  { nl: 'Hoor en wederhoor', en: 'Hearing both sides' },
  { nl: 'Uitkomst en afspraken', en: 'Outcome and agreements' },
  { nl: 'Nakomen van de afspraken', en: 'Keeping the agreements' },
  { nl: 'Geschillencommissie', en: 'Disputes committee' },
];

/** The procedure step (1-6) whose admin page handles a complaint in this status; null when finished. */
export const STEP_OF_STATUS: Record<ComplaintStatus, number | null> = {
  received: 2,
  acknowledged: 3,
  hearing_planned: 3,
  hearing_held: 4,
  agreements_sent: 5,
  monitoring: 5,
  dispute: 6,
  closed: null,
  not_admissible: null,
  solved_at_acknowledgement: null,
  withdrawn: null,
  forwarded: null,
};

/**
 * The statuses each step's admin page lists. Step 1 (registering) shows what just came in, as step 2
 * (acknowledging) does.
 */
export const STATUSES_OF_STEP: Record<number, readonly ComplaintStatus[]> = {
  1: ['received'],
  2: ['received'],
  3: ['acknowledged', 'hearing_planned'],
  4: ['hearing_held'],
  5: ['agreements_sent', 'monitoring'],
  6: ['dispute'],
};

/** Statuses in which the internal procedure is finished; only `closed` can still turn into a dispute. */
export const FINAL_STATUSES: readonly ComplaintStatus[] = ['closed', 'not_admissible', 'solved_at_acknowledgement', 'withdrawn', 'forwarded'];
export const OPEN_STATUSES: readonly ComplaintStatus[] = STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

/**
 * Statuses in which the handling term runs (Awb 9:11): until the outcome is sent. Monitoring agreements
 * and disputes come after the handling; their own dates are watched separately.
 */
export const HANDLING_STATUSES: readonly ComplaintStatus[] = ['received', 'acknowledged', 'hearing_planned', 'hearing_held'];

/** Awb 9:8: a complaint can be declared not handled only before the hearing; its notice term counts then. */
export const NOT_ADMISSIBLE_STATUSES: readonly ComplaintStatus[] = ['received', 'acknowledged'];

/**
 * "Alle lopende klachten": open statuses short of a dispute. Wider than HANDLING_STATUSES, whose handling
 * term ends when the outcome is sent.
 */
export const OPEN_FOR_HANDLING: readonly ComplaintStatus[] = OPEN_STATUSES.filter((s) => s !== 'dispute');

/** How a complaint came in: the form, or registered by staff. */
export const STAFF_CHANNELS = ['post', 'telefoon', 'e-mail', 'balie'] as const;
export const CHANNELS = ['online', ...STAFF_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, Message> = {
  online: { nl: 'Via de website', en: 'Via the website' },
  post: { nl: 'Per post', en: 'By post' },
  telefoon: { nl: 'Telefonisch', en: 'By phone' },
  'e-mail': { nl: 'Per e-mail', en: 'By e-mail' },
  balie: { nl: 'Aan de balie', en: 'At the desk' },
};

export const JUDGEMENTS = ['founded', 'partly_founded', 'unfounded', 'inadmissible'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const JUDGEMENT_LABELS: Record<Judgement, Message> = {
  founded: { nl: 'Gegrond', en: 'Founded' },
  partly_founded: { nl: 'Deels gegrond', en: 'Partly founded' },
  unfounded: { nl: 'Ongegrond', en: 'Unfounded' },
  inadmissible: { nl: 'Niet ontvankelijk', en: 'Inadmissible' },
};

/**
 * A complaint of several parts (grievances) is judged per part; the judgement of the whole follows from
 * them: the same for every part is that judgement, a part founded among others not is partly founded, and
 * parts unfounded or inadmissible only are unfounded.
 */
export function judgementOfParts(parts: readonly Judgement[]): Judgement | null {
  if (!parts.length) return null;
  if (parts.every((judgement) => judgement === parts[0])) return parts[0];
  return parts.some((judgement) => judgement === 'founded' || judgement === 'partly_founded') ? 'partly_founded' : 'unfounded';
}

/** Awb 9:8: why a complaint need not be handled (lid 1 a–f, lid 2). */
export const NOT_ADMISSIBLE_REASONS = [
  'handled_before',
  'conduct_over_a_year',
  'objection_appeal_route',
  'court_case_pending',
  'criminal_investigation',
  'insufficient_interest',
] as const;
export type NotAdmissibleReason = (typeof NOT_ADMISSIBLE_REASONS)[number];
export const NOT_ADMISSIBLE_LABELS: Record<NotAdmissibleReason, Message> = {
  conduct_over_a_year: { nl: 'De gedraging vond meer dan een jaar geleden plaats', en: 'The conduct took place more than a year ago' },
  handled_before: { nl: 'De klacht is al eerder behandeld', en: 'The complaint was handled before' },
  objection_appeal_route: { nl: 'Bezwaar of beroep is of was mogelijk', en: 'Objection or appeal is or was open' },
  court_case_pending: { nl: 'Er loopt een rechtszaak over de gedraging', en: 'A court case about the conduct is pending' },
  criminal_investigation: { nl: 'Er loopt een strafrechtelijk onderzoek naar de gedraging', en: 'A criminal investigation into the conduct is under way' },
  insufficient_interest: { nl: 'Het belang van de klager of het gewicht van de gedraging is kennelijk onvoldoende', en: "The complainant's interest or the weight of the conduct is clearly insufficient" },
};

/**
 * Awb 9:10 lid 1: the complainant and the person complained about are each given the chance to be heard,
 * together in one conversation or each in their own.
 */
export const HEARING_SIDES = ['both', 'complainant', 'accused'] as const;
export type HearingSide = (typeof HEARING_SIDES)[number];
/** A side that is heard or not: a conversation with both hears each of them. */
export type HeardSide = Exclude<HearingSide, 'both'>;
export const HEARING_SIDE_LABELS: Record<HearingSide, Message> = {
  both: { nl: 'Klager en medewerker samen', en: 'Complainant and employee together' },
  complainant: { nl: 'De klager', en: 'The complainant' },
  accused: { nl: 'De medewerker over wie geklaagd wordt', en: 'The employee complained about' },
};

/**
 * Why a side is not heard. Awb 9:10 lid 2 names the complainant's grounds (clearly unfounded, waived, no
 * answer within the term the invitation set); the employee is offered the chance and may decline it or let
 * the term pass.
 */
export const HEARING_SKIP_REASONS = ['complainant_waived', 'no_response', 'clearly_unfounded', 'accused_waived'] as const;
export type HearingSkipReason = (typeof HEARING_SKIP_REASONS)[number];
export const SKIP_REASONS_OF_SIDE: Record<HeardSide, readonly HearingSkipReason[]> = {
  complainant: ['complainant_waived', 'no_response', 'clearly_unfounded'],
  accused: ['accused_waived', 'no_response'],
};

export const HEARING_MODES = ['office', 'home', 'phone', 'video'] as const;
export type HearingMode = (typeof HEARING_MODES)[number];
export const HEARING_MODE_LABELS: Record<HearingMode, Message> = {
  office: { nl: 'Op ons kantoor', en: 'At our office' },
  home: { nl: 'Bij u thuis', en: 'At your home' },
  phone: { nl: 'Telefonisch', en: 'By phone' },
  video: { nl: 'Via een videogesprek', en: 'By video call' },
};

/** Awb 9:5: how the complainant said the complaint was resolved to their satisfaction. */
export const AGREED_HOW = ['phone', 'email', 'letter', 'in_person'] as const;
export type AgreedHow = (typeof AGREED_HOW)[number];
export const AGREED_HOW_LABELS: Record<AgreedHow, Message> = {
  phone: { nl: 'Telefonisch', en: 'By phone' },
  email: { nl: 'Per e-mail', en: 'By e-mail' },
  letter: { nl: 'Per brief', en: 'By letter' },
  in_person: { nl: 'In een gesprek', en: 'In person' },
};

export const AGREEMENT_STATUSES = ['open', 'kept', 'not_kept'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, Message> = {
  open: { nl: 'Open', en: 'Open' },
  kept: { nl: 'Nagekomen', en: 'Kept' },
  not_kept: { nl: 'Niet nagekomen', en: 'Not kept' },
};

/** Every letter the procedure sends. */
export const LETTER_KINDS = [
  // to the complainant
  'submission_received', // automatic, at online submission: reference + status link
  'acknowledgement', // step 2: ontvangstbevestiging, optionally with the answer/solution
  'hearing_invitation', // step 3: uitnodiging voor een gesprek (date, time, place/mode)
  'not_admissible_notice', // Awb 9:8: niet in behandeling, with where to go instead
  'agreements_letter', // step 4 / Awb 9:12: judgement, findings, conclusions, the agreements
  'term_extension', // Awb 9:11: verlenging van de termijn (also to the person complained about)
  'closure', // uitkomst / afsluiting
  'committee_information', // step 6: how to reach the Onafhankelijke Regionale Geschillencommissie
  'complainant_question', // a question from staff, answered on the status page
  'satisfaction_survey', // after closure or a not-handled notice: how satisfied the complainant is
  'reopened', // a finished complaint handled again: why, and the new term
  'forwarded', // Awb 2:3: sent on to the organisation it is meant for
  // to the person complained about
  'accused_copy', // Awb 9:9: a copy of the complaint and its documents
  // to staff
  'staff_new_complaint',
  'staff_behaviour_assigned',
  'staff_acknowledgement_due_tomorrow',
  'staff_acknowledgement_overdue',
  'staff_handling_expiring',
  'staff_handling_overdue',
  'staff_agreement_due',
  'staff_agreement_overdue',
  'staff_hearing_tomorrow',
  'staff_not_admissible_notice_due', // Awb 9:8: the last working days to send a not-handled notice
  'staff_question_answered', // the complainant answered a question on the status page
  'staff_reply_received', // the complainant answered a letter by e-mail (mail-intake/)
  'staff_mentioned', // a colleague named the staff member in an internal note (services/notes.ts)
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** A letter's way out: queued for e-mail (then sent or failed), or to be printed and posted. */
export const LETTER_STATUSES = ['queued', 'sending', 'sent', 'failed', 'to_print', 'printed'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** Where a letter stands, in words (the privacy export, the dossier). */
export const LETTER_STATUS_LABELS: Record<LetterStatus, Message> = {
  queued: { nl: 'wacht op verzending', en: 'waiting to be sent' },
  sending: { nl: 'wordt verzonden', en: 'being sent' },
  sent: { nl: 'verzonden', en: 'sent' },
  failed: { nl: 'verzenden mislukt', en: 'sending failed' },
  to_print: { nl: 'wordt afgedrukt en gepost', en: 'to be printed and posted' },
  printed: { nl: 'afgedrukt en gepost', en: 'printed and posted' },
};
