/**
 * Every action of the procedure has a form in the admin, and what the form sends is what the server's
 * schema for that route accepts: the admin and validation/actions.ts cannot drift apart unnoticed.
 */
import { z } from 'zod';
import {
  hearingRecordDefaults,
  hearingReplanDefaults,
  hearingPlanDefaults,
  fieldsFor,
  ACTION_FORMS,
  ACTION_NAMES,
  complaintDefaults,
  dossierButtons,
  initialValues,
  missingRequired,
  toRequestBody,
  type ActionName,
  type FormValues,
} from '../../src/plugins/complaints/admin/src/lib/actions';
import { ACTION_NAMES as SERVER_ACTIONS } from '../../src/plugins/complaints/server/src/domain/procedure';
import * as schemas from '../../src/plugins/complaints/server/src/validation/actions';

const SCHEMA_OF: Partial<Record<ActionName, z.ZodType>> = {
  acknowledge: schemas.acknowledgeSchema,
  resolveAtAcknowledgement: schemas.resolveSchema,
  declareNotAdmissible: schemas.notAdmissibleSchema,
  planHearing: schemas.planHearingSchema,
  recordHearing: schemas.recordHearingSchema,
  skipHearing: schemas.skipHearingSchema,
  startMonitoring: schemas.noteSchema,
  recordAgreementResult: schemas.agreementResultSchema,
  close: schemas.noteSchema,
  extendHandlingTerm: schemas.extendSchema,
  recordDelayConsent: schemas.delayConsentSchema,
  assignHandler: schemas.assignSchema,
  transferDepartment: schemas.transferSchema,
  withdraw: schemas.withdrawSchema,
  acceptOutcome: schemas.noteSchema,
  declareDissatisfaction: schemas.noteSchema,
  markDisputeEligible: schemas.eligibleSchema,
  recordCommitteeOutcome: schemas.committeeOutcomeSchema,
  forward: schemas.forwardSchema,
  reopen: schemas.reopenSchema,
};

/** A filled-in form as staff would leave it: every field with a sensible value. */
function filled(action: ActionName): FormValues {
  const values = initialValues(action);
  for (const field of ACTION_FORMS[action].fields) {
    if (field.kind === 'select') values[field.name] = field.options![0];
    else if (field.kind === 'date') values[field.name] = '2030-06-14';
    else if (field.kind === 'datetime') values[field.name] = '2030-06-14T10:30';
    else if (field.kind === 'user' || field.kind === 'department') values[field.name] = '7';
    else if (field.kind !== 'checkbox') values[field.name] = `  tekst voor ${field.name} `;
  }
  return values;
}

describe('admin: the action forms', () => {
  it('has a form for exactly the actions of the state machine', () => {
    expect([...ACTION_NAMES].sort()).toEqual([...SERVER_ACTIONS].sort());
  });

  it.each(Object.keys(SCHEMA_OF) as ActionName[])('%s: a filled-in form is a valid request body', (action) => {
    const body = { ...toRequestBody(action, filled(action)), ...(action === 'recordAgreementResult' ? { result: 'kept' } : {}) };
    const parsed = SCHEMA_OF[action]!.safeParse(body);
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
  });

  it.each(Object.keys(SCHEMA_OF) as ActionName[])('%s: the fields the server requires are required in the form', (action) => {
    const required = ACTION_FORMS[action].fields.filter((field) => field.required).map((field) => field.name);
    const parsed = SCHEMA_OF[action]!.safeParse({ ...(action === 'recordAgreementResult' ? { result: 'kept' } : {}) });
    const serverRequired = parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    expect(required.sort()).toEqual(serverRequired.sort());
  });

  it('turns form values into the body: trimmed text, booleans, ISO moments, ids; empty optional fields left out', () => {
    const body = toRequestBody('planHearing', { plannedAt: '2030-06-14T10:30', mode: 'video', location: '  ', attendees: ' Sanne ', side: 'both', respondBy: '' });
    expect(body).toEqual({ plannedAt: new Date('2030-06-14T10:30').toISOString(), mode: 'video', attendees: 'Sanne', side: 'both' });
    // a complaint with no employee to hear: the side is not asked, so not sent (the server hears the complainant)
    expect(toRequestBody('planHearing', { ...initialValues('planHearing'), plannedAt: '2030-06-14T10:30' }, false)).toEqual({ plannedAt: new Date('2030-06-14T10:30').toISOString(), mode: 'office' });
    expect(fieldsFor('skipHearing', false).find((f) => f.name === 'reason')?.options).not.toContain('accused_waived');
    expect(fieldsFor('skipHearing', true).map((f) => f.name)).toEqual(['side', 'reason', 'note']);
    expect(toRequestBody('assignHandler', { handlerId: '7' })).toEqual({ handlerId: 7 });
    expect(toRequestBody('recordHearing', { ...initialValues('recordHearing'), minutes: 'Verslag' })).toEqual({
      minutes: 'Verslag',
      complainantPresent: true,
      accusedPresent: false,
    });
  });

  it('starts a behaviour complaint’s forms with the conversation and the employee’s invitation', () => {
    expect(complaintDefaults('acknowledge', { aboutEmployeeBehaviour: true })).toEqual({ inviteForHearing: true });
    expect(complaintDefaults('planHearing', { aboutEmployeeBehaviour: true })).toEqual({ side: 'both' });
    expect(complaintDefaults('planHearing', { aboutEmployeeBehaviour: false })).toEqual({});
    for (const action of ACTION_NAMES) {
      const defaults = complaintDefaults(action, { aboutEmployeeBehaviour: true });
      for (const [name, value] of Object.entries(defaults)) {
        const field = ACTION_FORMS[action].fields.find((f) => f.name === name);
        expect(field).toBeDefined();
        if (field!.options) expect(field!.options).toContain(value);
      }
    }
  });

  it('names the required fields left empty', () => {
    expect(missingRequired('declareNotAdmissible', { reason: 'handled_before', explanation: ' ', referral: '' })).toEqual(['explanation', 'referral']);
    expect(missingRequired('close', initialValues('close'))).toEqual([]);
  });

  it('shows the step’s own actions first in the dossier, agreement results on their rows', () => {
    expect(dossierButtons(['withdraw', 'assignHandler', 'extendHandlingTerm', 'declareNotAdmissible', 'acknowledge'])).toEqual([
      'acknowledge',
      'declareNotAdmissible',
      'extendHandlingTerm',
      'assignHandler',
      'withdraw',
    ]);
    expect(dossierButtons(['assignHandler', 'recordCommitteeOutcome'])).toEqual(['recordCommitteeOutcome', 'assignHandler']);
    expect(dossierButtons(['recordAgreementResult', 'acceptOutcome', 'declareDissatisfaction', 'assignHandler', 'extendHandlingTerm', 'withdraw'])).toEqual([
      'acceptOutcome',
      'declareDissatisfaction',
      'extendHandlingTerm',
      'assignHandler',
      'withdraw',
    ]);
    expect(dossierButtons(['sendOutcome', 'bogus'])).toEqual(['sendOutcome']);
  });
});

describe('admin: recording a hearing', () => {
  const now = new Date('2026-12-02T10:00:00Z');

  it('prefills the planned moment once it has passed, so the letter states the day it was held', () => {
    const { defaults, plannedLater } = hearingRecordDefaults('2026-11-30T09:00:00Z', now);
    expect(plannedLater).toBe(false);
    expect(defaults.heldAt).toMatch(/^2026-11-30T\d{2}:00$/);
  });

  it('warns instead when the planned moment is still ahead, and prefills nothing', () => {
    expect(hearingRecordDefaults('2026-12-09T09:00:00Z', now)).toEqual({ defaults: {}, plannedLater: true });
    expect(hearingRecordDefaults(null, now)).toEqual({ defaults: {}, plannedLater: false });
  });
});

describe('planning a conversation again', () => {
  it('starts from the planned one: moment (local), way, place, attendees, the employee invited', () => {
    const planned = new Date(2026, 11, 9, 14, 30).toISOString();
    expect(hearingReplanDefaults({ plannedAt: planned, mode: 'video', location: 'Teams', attendees: 'Klager, behandelaar', side: 'accused', respondBy: '2026-12-07' })).toEqual({
      plannedAt: '2026-12-09T14:30',
      mode: 'video',
      location: 'Teams',
      attendees: 'Klager, behandelaar',
      side: 'accused',
      respondBy: '2026-12-07',
    });
    expect(hearingReplanDefaults({ plannedAt: planned, mode: null, location: null, attendees: null, side: null, respondBy: null })).toMatchObject({ mode: 'office', location: '', attendees: '', side: 'both' });
  });

  it('from the dossier: a side still to plan gets its own conversation, both together when neither is planned', () => {
    const planned = { plannedAt: new Date(2026, 11, 9, 14, 30).toISOString(), mode: 'office', location: null, attendees: null, side: 'complainant', respondBy: null };
    expect(hearingPlanDefaults([{ side: 'complainant', state: 'to_plan' }, { side: 'accused', state: 'to_plan' }], null)).toEqual({ side: 'both' });
    expect(hearingPlanDefaults([{ side: 'complainant', state: 'planned' }, { side: 'accused', state: 'to_plan' }], planned)).toEqual({ side: 'accused' });
    expect(hearingPlanDefaults([{ side: 'complainant', state: 'planned' }], planned)).toMatchObject({ side: 'complainant', plannedAt: '2026-12-09T14:30' });
  });

  it('has nothing to start from without a planned moment', () => {
    expect(hearingReplanDefaults(null)).toBeUndefined();
    expect(hearingReplanDefaults({ plannedAt: null, mode: 'office', location: 'x', attendees: null, side: 'both', respondBy: null })).toBeUndefined();
  });
});
