/**
 * The public API's shapes, shared by the server and the embeddable form/status elements.
 *
 *   GET  /api/complaints/form?locale=nl|en               → { data: FormDefinition }
 *   POST /api/complaints/submissions                    → 201 { data: SubmissionAccepted } | 400/429/503 ErrorBody
 *        JSON, or multipart/form-data with the JSON in the field `data` and the files in `attachments`
 *   GET  /api/complaints/status/:reference?token=…      → { data: StatusView } | 404 ErrorBody
 *   POST /api/complaints/status/:reference/response     → { data: StatusView } | 400/404/409 ErrorBody
 *        body { token, response: 'accept' | 'dissatisfied', note?, locale? }
 *   POST /api/complaints/status/:reference/documents    → 201 { data: StatusView } | 400/404/409/503 ErrorBody
 *        multipart: `data` = JSON { token, locale? }, files in `attachments`
 *   POST /api/complaints/status/:reference/answer       → { data: StatusView } | 400/404/409/503 ErrorBody
 *        { token, questionId, answer, locale? }, or multipart with that JSON in `data` and files in `attachments`
 *   POST /api/complaints/status/:reference/survey       → { data: StatusView } | 400/404/409 ErrorBody
 *        { token, satisfied: boolean, mark?: 1..10, comment?, locale? }
 */
import type { Locale } from './messages';

/**
 * The hosted status page's own routes, outside /api: `read` takes a form post (ref, token, locale) and
 * answers the status page as HTML, for reading without JavaScript; `letter` takes a form post (ref, token,
 * letter) and answers that letter as a PDF download. Both keep the token in the body, out of URLs.
 */
export const STATUS_PAGE_PATHS = { read: '/klachtenformulier/status', letter: '/klachtenformulier/status/brief' } as const;

export type FieldType = 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox';

export interface FormField {
  name: string;
  type: FieldType;
  label: string;
  help: string | null;
  required: boolean;
  maxLength: number | null;
  /** HTML autocomplete token (name, email, tel, street-address, postal-code, address-level2 …). */
  autocomplete: string | null;
  /** Which fieldset the field belongs to. */
  section: 'complainant' | 'complaint' | 'consent';
  options?: Array<{ value: string; label: string }>;
  /** Show only when this checkbox field is checked (e.g. accusedName when aboutEmployeeBehaviour). */
  showWhen?: string;
}

export interface FormTexts {
  title: string;
  intro: string;
  sectionComplainant: string;
  sectionComplaint: string;
  requiredHint: string;
  privacyStatement: string;
  submit: string;
  sending: string;
  errorSummaryTitle: string;
  networkError: string;
  tooManyRequests: string;
  confirmationTitle: string;
  /** Contains "{reference}". */
  confirmation: string;
  statusLinkLabel: string;
  /** The satisfaction survey on the status page; the intro contains "{until}". */
  surveyIntro: string;
  surveySatisfied: string;
  surveyMark: string;
  surveyComment: string;
}

/** The texts of the public form editors can override, in the order the settings page shows them. */
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
  'surveyIntro',
  'surveySatisfied',
  'surveyMark',
  'surveyComment',
] as const satisfies ReadonlyArray<keyof FormTexts>;

/** The public form's fields in form order; `requirable` ones editors may make required. */
export const FORM_FIELDS = [
  { name: 'complainantName', requirable: false },
  { name: 'complainantEmail', requirable: true },
  { name: 'complainantPhone', requirable: true },
  { name: 'complainantAddress', requirable: true },
  { name: 'complainantPostalCode', requirable: true },
  { name: 'complainantCity', requirable: true },
  { name: 'complainantClientNumber', requirable: true },
  { name: 'represented', requirable: false },
  { name: 'representativeName', requirable: false },
  { name: 'representativeEmail', requirable: false },
  { name: 'representativeAddress', requirable: false },
  { name: 'representativePostalCode', requirable: false },
  { name: 'representativeCity', requirable: false },
  { name: 'representativeCopiesComplainant', requirable: false },
  { name: 'categoryId', requirable: false },
  { name: 'departmentId', requirable: true },
  { name: 'aboutEmployeeBehaviour', requirable: false },
  { name: 'accusedName', requirable: false },
  { name: 'accusedFunction', requirable: false },
  { name: 'description', requirable: false },
  { name: 'desiredOutcome', requirable: true },
  { name: 'privacyConsent', requirable: false },
] as const;
export type FormFieldName = (typeof FORM_FIELDS)[number]['name'];

export function isRequirable(name: string): boolean {
  return FORM_FIELDS.some((field) => field.name === name && field.requirable);
}

export interface FormDefinition {
  locale: Locale;
  texts: FormTexts;
  fields: FormField[];
  /** Signed, opaque; send back unchanged with the submission (minimum fill time). */
  formToken: string;
  /** Name of the field that must stay empty (hidden from people, filled by bots). */
  honeypotField: string;
  /** Documents the form may send (null: this site accepts none, it has no virus scanner). */
  attachments: { maxFiles: number; maxMegabytes: number; accept: string[]; label: string; help: string } | null;
}

export interface SubmissionAccepted {
  reference: string;
  /** The complainant's status page (hosted on the CMS), with the secret token. */
  statusUrl: string;
  message: string;
}

export interface ErrorBody {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details: { code?: string; fieldErrors?: Record<string, string> };
  };
}

export interface StatusStep {
  step: number;
  label: string;
  state: 'done' | 'current' | 'todo';
}

export interface StatusView {
  reference: string;
  locale: Locale;
  status: string;
  statusLabel: string;
  steps: StatusStep[];
  receivedAt: string;
  acknowledgedAt: string | null;
  acknowledgementDue: string | null;
  handlingDue: string | null;
  /** A sentence saying what happens next and by when. */
  nextStep: string;
  /** heldAt: when it was held (once recorded); until then the planned moment is what counts. */
  hearing: { plannedAt: string; heldAt: string | null; mode: string; location: string | null } | null;
  outcomeSentAt: string | null;
  judgement: string | null;
  agreements: Array<{ description: string; dueDate: string; status: string }>;
  /** The complainant may now say whether they accept the outcome. */
  canRespond: boolean;
  /** The last day to say so (the window after the outcome); null before the outcome or once answered. */
  respondUntil: string | null;
  /** The window passed without an answer: the page says so instead of offering the buttons. */
  respondClosed: boolean;
  disputeEligible: boolean;
  committee: { name: string; website: string; email: string; address: string } | null;
  handlerName: string | null;
  /** The documents the complainant sent (with the form or on this page). */
  documents: Array<{ fileName: string; type: string; size: number; addedAt: string }>;
  /** What this page may still send (null: the complaint is finished, or the site accepts no documents). */
  attachments: FormDefinition['attachments'];
  /** Questions from staff, with the answers given here. */
  questions: Array<{ id: number; question: string; askedAt: string; answerBy: string | null; answer: string | null; answeredAt: string | null }>;
  /** Whether open questions can still be answered (not once the complaint is finished). */
  canAnswer: boolean;
  /** The letters sent to the complainant, as sent (their text), oldest first. */
  /** `id` names the letter to the PDF route (STATUS_PAGE_PATHS.letter). */
  letters: Array<{ id: number; subject: string; channel: 'email' | 'post'; date: string; text: string }>;
  /** The satisfaction survey after closure: open until its last day, or answered; null when there is none. */
  survey: {
    until: string | null;
    open: boolean;
    /** The questions as editors word them; mark and comment are null when editors do not ask them. */
    questions: { intro: string; satisfied: string; mark: string | null; comment: string | null };
    answer: { satisfied: boolean; mark: number | null; comment: string | null; answeredAt: string } | null;
  } | null;
}
