/**
 * Every action of the procedure as a form: the fields its body needs (server:
 * validation/actions.ts), and how the form's values become that body. The dossier shows only what the
 * server lists in `allowedActions`; step pages offer the step's own actions inline.
 */
import { localDateTimeToIso, toLocalDateTimeInput } from './dates';
import { ACTION_NAMES, type ActionName } from '../../../shared/actions';
import type { Message } from '../../../shared/messages';
import { AGREED_HOW, AGREED_HOW_LABELS, HEARING_MODES, HEARING_SIDE_LABELS, HEARING_SIDES, HEARING_SKIP_REASONS, NOT_ADMISSIBLE_LABELS, NOT_ADMISSIBLE_REASONS } from './procedure';

export { ACTION_NAMES, isActionName, type ActionName } from '../../../shared/actions';

export type FieldKind = 'text' | 'textarea' | 'select' | 'checkbox' | 'date' | 'datetime' | 'user' | 'department';

export interface ActionField {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Choices of a select; their labels are translated as `<optionsKey>.<value>`. */
  options?: readonly string[];
  optionsKey?: string;
  /** The choices' labels as shared/ words them in both languages (the server's letters use the same); win over optionsKey. */
  optionLabels?: Readonly<Record<string, Message>>;
  /** A field with a hint under it (`action.<action>.<field>.hint`). */
  hint?: boolean;
  /** Initial value (checkboxes: boolean). */
  initial?: string | boolean;
  /** Only for a complaint about an employee's behaviour, which has a second side to hear (Awb 9:10). */
  behaviourOnly?: boolean;
  /** Choices that only such a complaint has. */
  behaviourOnlyOptions?: readonly string[];
}

export interface ActionForm {
  fields: ActionField[];
  /** Irreversible or ending the procedure early: a red button. */
  danger?: boolean;
  /**
   * Where the action is done: a modal with `fields` (most), the outcome composer (step 4), or per
   * agreement row (its result).
   */
  ui: 'modal' | 'composer' | 'perAgreement';
  /** Documents may go with it (a hearing report's notes, a letter), where the site scans documents. */
  documents?: boolean;
}

export const ACTION_FORMS: Record<ActionName, ActionForm> = {
  acknowledge: {
    ui: 'modal',
    fields: [
      { name: 'answer', kind: 'textarea', hint: true },
      { name: 'inviteForHearing', kind: 'checkbox', hint: true, initial: false },
    ],
  },
  resolveAtAcknowledgement: {
    ui: 'modal',
    fields: [
      // Awb 9:5: how the complainant said so, in the words the dossier and the letters use
      { name: 'agreedHow', kind: 'select', required: true, options: AGREED_HOW, optionLabels: AGREED_HOW_LABELS, optionsKey: 'agreedHow' },
      { name: 'hearingWaived', kind: 'checkbox', hint: true, initial: false },
      { name: 'note', kind: 'textarea' },
    ],
  },
  declareNotAdmissible: {
    ui: 'modal',
    danger: true,
    fields: [
      // Awb 9:8: all grounds, labelled as the letter to the complainant words them.
      {
        name: 'reason',
        kind: 'select',
        required: true,
        options: NOT_ADMISSIBLE_REASONS,
        optionLabels: NOT_ADMISSIBLE_LABELS,
        optionsKey: 'notAdmissibleReason',
      },
      { name: 'explanation', kind: 'textarea', required: true },
      // "handled before" names the earlier complaint (the server asks for it with that reason)
      { name: 'relatedReference', kind: 'text', hint: true },
      // Where the complainant can go instead: required (the server refuses the notice without it).
      { name: 'referral', kind: 'textarea', required: true, hint: true },
    ],
  },
  planHearing: {
    ui: 'modal',
    fields: [
      { name: 'plannedAt', kind: 'datetime', required: true },
      { name: 'mode', kind: 'select', required: true, options: HEARING_MODES, optionsKey: 'hearingMode', initial: 'office' },
      { name: 'location', kind: 'text', hint: true },
      { name: 'attendees', kind: 'textarea' },
      { name: 'side', kind: 'select', options: HEARING_SIDES, optionLabels: HEARING_SIDE_LABELS, hint: true, initial: 'both', behaviourOnly: true },
      { name: 'respondBy', kind: 'date', hint: true },
    ],
  },
  recordHearing: {
    ui: 'modal',
    documents: true,
    fields: [
      { name: 'side', kind: 'select', options: HEARING_SIDES, optionLabels: HEARING_SIDE_LABELS, hint: true, behaviourOnly: true },
      { name: 'heldAt', kind: 'datetime', hint: true },
      { name: 'minutes', kind: 'textarea', required: true, hint: true },
      { name: 'proposedSolution', kind: 'textarea' },
      { name: 'complainantPresent', kind: 'checkbox', initial: true },
      { name: 'accusedPresent', kind: 'checkbox', initial: false },
    ],
  },
  skipHearing: {
    ui: 'modal',
    fields: [
      { name: 'side', kind: 'select', options: ['complainant', 'accused'], optionLabels: HEARING_SIDE_LABELS, initial: 'complainant', behaviourOnly: true },
      { name: 'reason', kind: 'select', required: true, options: HEARING_SKIP_REASONS, optionsKey: 'skipReason', hint: true, behaviourOnlyOptions: ['accused_waived'] },
      { name: 'note', kind: 'textarea' },
    ],
  },
  sendOutcome: { ui: 'composer', fields: [] },
  startMonitoring: { ui: 'modal', fields: [] },
  recordAgreementResult: {
    ui: 'perAgreement',
    fields: [
      { name: 'settledOn', kind: 'date', hint: true },
      { name: 'note', kind: 'textarea' },
    ],
  },
  close: { ui: 'modal', fields: [{ name: 'note', kind: 'textarea' }] },
  extendHandlingTerm: {
    ui: 'modal',
    fields: [
      { name: 'until', kind: 'date', required: true, hint: true },
      { name: 'reason', kind: 'textarea', required: true },
    ],
  },
  recordDelayConsent: {
    ui: 'modal',
    fields: [
      { name: 'until', kind: 'date', required: true },
      { name: 'consentNote', kind: 'textarea', required: true, hint: true },
    ],
  },
  assignHandler: { ui: 'modal', fields: [{ name: 'handlerId', kind: 'user', required: true, hint: true }] },
  transferDepartment: {
    ui: 'modal',
    fields: [
      { name: 'departmentId', kind: 'department', required: true, hint: true },
      { name: 'reason', kind: 'textarea', required: true },
    ],
  },
  withdraw: { ui: 'modal', danger: true, fields: [{ name: 'reason', kind: 'textarea' }] },
  acceptOutcome: { ui: 'modal', fields: [] },
  declareDissatisfaction: { ui: 'modal', fields: [{ name: 'note', kind: 'textarea' }] },
  markDisputeEligible: { ui: 'modal', fields: [{ name: 'reason', kind: 'textarea', required: true, hint: true }] },
  recordCommitteeOutcome: {
    ui: 'modal',
    fields: [
      { name: 'outcome', kind: 'textarea', required: true },
      { name: 'decidedAt', kind: 'datetime' },
    ],
  },
  forward: {
    ui: 'modal',
    danger: true,
    fields: [
      { name: 'organisation', kind: 'text', required: true, hint: true },
      { name: 'reason', kind: 'textarea', required: true, hint: true },
    ],
  },
  reopen: { ui: 'modal', fields: [{ name: 'reason', kind: 'textarea', required: true, hint: true }] },
};

export type FormValues = Record<string, string | boolean>;

export function initialValues(action: ActionName): FormValues {
  const values: FormValues = {};
  for (const field of ACTION_FORMS[action].fields) values[field.name] = field.initial ?? (field.kind === 'checkbox' ? false : '');
  return values;
}

/**
 * Start values that follow from the complaint: a behaviour complaint always gets a conversation, to which
 * the employee concerned is invited too (Awb 9:10).
 */
export function complaintDefaults(action: ActionName, complaint: { aboutEmployeeBehaviour: boolean }): FormValues {
  if (!complaint.aboutEmployeeBehaviour) return {};
  if (action === 'acknowledge') return { inviteForHearing: true };
  if (action === 'planHearing') return { side: 'both' };
  if (action === 'skipHearing') return { reason: 'complainant_waived' };
  if (action === 'resolveAtAcknowledgement') return { hearingWaived: true };
  return {};
}

/**
 * Recording a hearing: a planned moment that has passed is the likely one (prefilled, staff correct it);
 * one still ahead means the hearing was held earlier than planned, or not yet — the dialog says so.
 */
export function hearingRecordDefaults(plannedAt: string | null | undefined, now: Date = new Date()): { defaults: FormValues; plannedLater: boolean } {
  if (!plannedAt) return { defaults: {}, plannedLater: false };
  const planned = new Date(plannedAt);
  if (Number.isNaN(planned.getTime())) return { defaults: {}, plannedLater: false };
  return planned.getTime() > now.getTime() ? { defaults: {}, plannedLater: true } : { defaults: { heldAt: toLocalDateTimeInput(planned) }, plannedLater: false };
}

/**
 * Planning a conversation again starts from the one planned: its moment, way, place, attendees and whether
 * the employee is invited, so moving it to another day does not wipe the rest.
 */
export function hearingReplanDefaults(
  hearing: { plannedAt: string | null; mode: string | null; location: string | null; attendees: string | null; side: string | null; respondBy: string | null } | null | undefined,
): FormValues | undefined {
  if (!hearing?.plannedAt) return undefined;
  const planned = new Date(hearing.plannedAt);
  return {
    plannedAt: Number.isNaN(planned.getTime()) ? '' : toLocalDateTimeInput(planned),
    mode: hearing.mode ?? 'office',
    location: hearing.location ?? '',
    attendees: hearing.attendees ?? '',
    side: hearing.side ?? 'both',
    respondBy: hearing.respondBy ?? '',
  };
}

/** The fields the dialog shows for this complaint: those of the employee's side only where there is one. */
export function fieldsFor(action: ActionName, behaviour: boolean): ActionField[] {
  return ACTION_FORMS[action].fields
    .filter((field) => behaviour || !field.behaviourOnly)
    .map((field) => (behaviour || !field.behaviourOnlyOptions ? field : { ...field, options: field.options?.filter((option) => !field.behaviourOnlyOptions?.includes(option)) }));
}

/**
 * Planning from the dossier: a side not planned yet gets a new conversation (both together when neither
 * is); with every side planned, planning again moves the one planned.
 */
export function hearingPlanDefaults(
  sides: ReadonlyArray<{ side: string; state: string }>,
  planned: Parameters<typeof hearingReplanDefaults>[0],
): FormValues | undefined {
  const toPlan = sides.filter((s) => s.state === 'to_plan').map((s) => s.side);
  if (toPlan.length) return { side: toPlan.length > 1 ? 'both' : toPlan[0] };
  return hearingReplanDefaults(planned);
}

/** Required fields left empty, before bothering the server. */
export function missingRequired(action: ActionName, values: FormValues, behaviour = true): string[] {
  return fieldsFor(action, behaviour).filter((field) => field.required && !String(values[field.name] ?? '').trim()).map((field) => field.name);
}

/** The request body: trimmed text (empty → null), booleans, ISO moments, numeric ids. */
export function toRequestBody(action: ActionName, values: FormValues, behaviour = true): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fieldsFor(action, behaviour)) {
    const value = values[field.name];
    if (field.kind === 'checkbox') body[field.name] = value === true;
    else if (field.kind === 'datetime') body[field.name] = localDateTimeToIso(String(value ?? ''));
    else if (field.kind === 'user' || field.kind === 'department') body[field.name] = value ? Number(value) : null;
    else {
      const text = String(value ?? '').trim();
      body[field.name] = text === '' ? null : text;
    }
  }
  // Optional moments the server fills in itself: leave them out rather than send null.
  for (const key of Object.keys(body)) if (body[key] === null) delete body[key];
  return body;
}

/** Actions that keep the status: offered after the step's own actions. */
const SIDE_ACTIONS: readonly ActionName[] = ['assignHandler', 'transferDepartment', 'extendHandlingTerm', 'recordDelayConsent', 'withdraw'];

/**
 * Actions the dossier shows as buttons, the step's own first (agreement results sit on their rows).
 */
export function dossierButtons(allowed: readonly string[]): ActionName[] {
  const shown = ACTION_NAMES.filter((action) => allowed.includes(action) && ACTION_FORMS[action].ui !== 'perAgreement');
  return [...shown.filter((action) => !SIDE_ACTIONS.includes(action)), ...shown.filter((action) => SIDE_ACTIONS.includes(action))];
}
