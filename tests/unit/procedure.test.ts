/**
 * The state machine: every allowed transition, refusals from every other status, and each rule of the law
 * (Awb 9:5, 9:7, 9:8, 9:10, 9:11, 9:12) with its own test.
 */
import {
  ACTION_NAMES,
  STATUSES,
  allowedActions,
  decide,
  initialHandler,
  type ActionInputs,
  type ActionName,
  type ComplaintFacts,
  type ComplaintStatus,
} from '../../src/plugins/complaints/server/src/domain/procedure';

const now = new Date('2026-06-01T10:00:00Z');
const ctx = { now };

function facts(overrides: Partial<ComplaintFacts> = {}): ComplaintFacts {
  return {
    status: 'received',
    aboutEmployeeBehaviour: false,
    accusedUserIds: [],
    handlerId: 7,
    departmentManagerId: 3,
    acknowledgedAt: null,
    answerGivenInAcknowledgement: false,
    outcomeSentAt: null,
    outcomeAcceptedAt: null,
    handlingDueOriginal: '2026-07-10',
    handlingDue: '2026-07-10',
    extendedAt: null,
    dissatisfactionDeclaredAt: null,
    disputeEligible: false,
    noAgreements: false,
    agreementStatuses: [],
    hearings: [],
    today: '2026-06-01',
    dissatisfactionOpenUntil: null,
    ...overrides,
  };
}

/** A valid input and the facts under which each action is allowed, with where it leads. */
const HAPPY: { [A in ActionName]: { from: ComplaintStatus[]; facts?: Partial<ComplaintFacts>; input: ActionInputs[A]; to: ComplaintStatus | 'same' } } = {
  acknowledge: { from: ['received'], input: { answer: null }, to: 'acknowledged' },
  resolveAtAcknowledgement: { from: ['acknowledged', 'hearing_planned', 'hearing_held'], input: { hearingWaived: false }, to: 'solved_at_acknowledgement' },
  declareNotAdmissible: { from: ['received', 'acknowledged'], input: { reason: 'handled_before' }, to: 'not_admissible' },
  planHearing: { from: ['acknowledged', 'hearing_planned'], input: { plannedAt: new Date('2026-06-03T10:00:00Z'), side: 'complainant', respondBy: null }, to: 'hearing_planned' },
  recordHearing: { from: ['hearing_planned'], input: { minutes: 'Verslag', side: 'complainant' }, to: 'hearing_held' },
  skipHearing: { from: ['acknowledged', 'hearing_planned'], input: { reason: 'complainant_waived', side: 'complainant' }, to: 'hearing_held' },
  sendOutcome: { from: ['hearing_held'], input: { judgement: 'founded', findings: 'Bevindingen', agreementCount: 1, noAgreements: false }, to: 'agreements_sent' },
  startMonitoring: { from: ['agreements_sent'], facts: { agreementStatuses: ['open'] }, input: {}, to: 'monitoring' },
  recordAgreementResult: { from: ['monitoring'], facts: { agreementStatuses: ['open'] }, input: { currentStatus: 'open' }, to: 'same' },
  close: { from: ['agreements_sent', 'monitoring'], facts: { agreementStatuses: ['kept', 'not_kept'] }, input: {}, to: 'closed' },
  extendHandlingTerm: { from: ['received', 'acknowledged', 'hearing_planned', 'hearing_held'], input: { until: '2026-07-20', latestAllowed: '2026-08-07' }, to: 'same' },
  recordDelayConsent: { from: ['received', 'acknowledged', 'hearing_planned', 'hearing_held'], facts: { extendedAt: '2026-06-01' }, input: { until: '2026-09-01' }, to: 'same' },
  assignHandler: { from: ['received', 'acknowledged', 'hearing_planned', 'hearing_held', 'agreements_sent', 'monitoring', 'dispute'], input: { handlerId: 9 }, to: 'same' },
  transferDepartment: { from: ['received', 'acknowledged', 'hearing_planned', 'hearing_held', 'agreements_sent', 'monitoring', 'dispute'], input: { departmentId: 2, currentDepartmentId: 1 }, to: 'same' },
  withdraw: { from: ['received', 'acknowledged', 'hearing_planned', 'hearing_held', 'agreements_sent', 'monitoring'], input: {}, to: 'withdrawn' },
  acceptOutcome: { from: ['agreements_sent'], facts: { agreementStatuses: ['open'], outcomeSentAt: '2026-05-20' }, input: {}, to: 'monitoring' },
  declareDissatisfaction: { from: ['agreements_sent', 'monitoring', 'closed'], facts: { acknowledgedAt: '2026-05-01', outcomeSentAt: '2026-05-20' }, input: {}, to: 'dispute' },
  markDisputeEligible: { from: ['dispute'], facts: { acknowledgedAt: '2026-05-01', outcomeSentAt: '2026-05-20', dissatisfactionDeclaredAt: '2026-05-25' }, input: {}, to: 'same' },
  recordCommitteeOutcome: { from: ['dispute'], facts: { disputeEligible: true }, input: {}, to: 'closed' },
  forward: { from: ['received', 'acknowledged'], input: { organisation: 'Gemeente Voorbeeldstad' }, to: 'forwarded' },
  reopen: { from: ['closed', 'withdrawn', 'not_admissible', 'solved_at_acknowledgement', 'forwarded'], facts: { acknowledgedAt: '2026-05-01' }, input: { reason: 'Nieuwe feiten' }, to: 'acknowledged' },
};

describe('every allowed transition', () => {
  for (const action of ACTION_NAMES) {
    const happy = HAPPY[action];
    for (const from of happy.from) {
      it(`${action}: ${from} → ${happy.to === 'same' ? from : happy.to}`, () => {
        const decision = decide(action, facts({ ...happy.facts, status: from }), happy.input as never, ctx);
        expect(decision).toEqual({ allowed: true, to: happy.to === 'same' ? from : happy.to, event: expect.stringMatching(/^complaint\./) });
        expect(allowedActions(facts({ ...happy.facts, status: from }))).toContain(action);
      });
    }
  }
});

describe('refused from every other status', () => {
  for (const action of ACTION_NAMES) {
    const happy = HAPPY[action];
    const alsoAllowed: Partial<Record<ActionName, ComplaintStatus[]>> = { recordAgreementResult: ['agreements_sent'], acceptOutcome: ['monitoring', 'closed'] };
    const others = STATUSES.filter((s) => !happy.from.includes(s) && !(alsoAllowed[action] ?? []).includes(s));
    it(`${action} is refused from ${others.join(', ')}`, () => {
      for (const status of others) {
        const decision = decide(action, facts({ ...happy.facts, status }), happy.input as never, ctx);
        expect(decision.allowed).toBe(false);
        if (!decision.allowed) {
          expect(['invalid_transition', 'internal_procedure_not_done']).toContain(decision.refusal.code);
          expect(decision.refusal.message.nl).toBeTruthy();
          expect(decision.refusal.message.en).toBeTruthy();
        }
        expect(allowedActions(facts({ ...happy.facts, status }))).not.toContain(action);
      }
    });
  }
});

const refusal = (action: ActionName, f: Partial<ComplaintFacts>, input: unknown) => {
  const decision = decide(action, facts(f), input as never, ctx);
  return decision.allowed ? null : decision.refusal.code;
};

describe('the law', () => {
  it('Awb 2:3 — forwarded to the organisation it is meant for, named, before the handling starts', () => {
    expect(refusal('forward', { status: 'received' }, { organisation: ' ' })).toBe('organisation_required');
    expect(refusal('forward', { status: 'hearing_planned' }, { organisation: 'Gemeente' })).toBe('invalid_transition');
  });

  it('transfer — to another department only, while the complaint runs', () => {
    expect(refusal('transferDepartment', { status: 'acknowledged' }, { departmentId: 1, currentDepartmentId: 1 })).toBe('same_department');
    expect(refusal('transferDepartment', { status: 'closed' }, { departmentId: 2, currentDepartmentId: 1 })).toBe('invalid_transition');
  });

  it('reopening — a finished complaint is handled again, with a reason, from where handling starts', () => {
    const reopened = (f: Partial<ComplaintFacts>, reason: string) => decide('reopen', facts(f), { reason }, ctx);
    expect(reopened({ status: 'closed', acknowledgedAt: '2026-05-01' }, 'De lekkage is terug')).toMatchObject({ allowed: true, to: 'acknowledged', event: 'complaint.reopened' });
    // never acknowledged (not handled, or withdrawn straight away): receipt is confirmed first
    expect(reopened({ status: 'not_admissible', acknowledgedAt: null }, 'Toch binnen het jaar')).toMatchObject({ allowed: true, to: 'received' });
    expect(refusal('reopen', { status: 'closed' }, { reason: '  ' })).toBe('reopen_reason_required');
    expect(refusal('reopen', { status: 'dispute' }, { reason: 'x' })).toBe('invalid_transition');
  });

  it('Awb 9:5 — resolved to satisfaction at any moment before the outcome, with or without an answer in the acknowledgement', () => {
    for (const status of ['acknowledged', 'hearing_planned', 'hearing_held'] as const) expect(refusal('resolveAtAcknowledgement', { status }, { hearingWaived: false })).toBeNull();
    expect(refusal('resolveAtAcknowledgement', { status: 'agreements_sent' }, { hearingWaived: false })).toBe('invalid_transition');
    // a behaviour complaint whose hearing was held need not be waived any more
    expect(refusal('resolveAtAcknowledgement', { status: 'hearing_held', aboutEmployeeBehaviour: true, handlerId: 3 }, { hearingWaived: false })).toBeNull();
  });

  it('procedure — a behaviour complaint always gets a hearing unless the complainant waives it', () => {
    const behaviour = { status: 'acknowledged' as const, aboutEmployeeBehaviour: true, answerGivenInAcknowledgement: true, handlerId: 3 };
    expect(refusal('resolveAtAcknowledgement', behaviour, { hearingWaived: false })).toBe('behaviour_requires_hearing');
    expect(refusal('resolveAtAcknowledgement', behaviour, { hearingWaived: true })).toBeNull();
    expect(refusal('skipHearing', behaviour, { reason: 'clearly_unfounded', side: 'complainant' })).toBe('behaviour_hearing_not_waived');
    expect(refusal('skipHearing', behaviour, { reason: 'complainant_waived', side: 'complainant' })).toBeNull();
  });

  it('procedure — a behaviour complaint is handled by the department manager', () => {
    const behaviour = { aboutEmployeeBehaviour: true, departmentManagerId: 3 };
    expect(refusal('acknowledge', { ...behaviour, handlerId: null }, { answer: null })).toBe('behaviour_needs_handler');
    expect(refusal('acknowledge', { ...behaviour, handlerId: 7 }, { answer: null })).toBe('behaviour_handler_not_manager');
    expect(refusal('acknowledge', { ...behaviour, handlerId: 3 }, { answer: null })).toBeNull();
    expect(refusal('assignHandler', behaviour, { handlerId: 7 })).toBe('behaviour_handler_not_manager');
    // when the manager is the person complained about, someone else handles it
    expect(refusal('assignHandler', { ...behaviour, accusedUserIds: [3] }, { handlerId: 7 })).toBeNull();
  });

  it('Awb 9:7 — the person complained about may not handle the complaint', () => {
    expect(refusal('assignHandler', { accusedUserIds: [5] }, { handlerId: 5 })).toBe('handler_is_accused');
    expect(refusal('acknowledge', { accusedUserIds: [5], handlerId: 5 }, { answer: null })).toBe('handler_is_accused');
    expect(refusal('assignHandler', { aboutEmployeeBehaviour: true, accusedUserIds: [3], departmentManagerId: 3 }, { handlerId: 3 })).toBe('handler_is_accused');
    // every person complained about is kept off it, not only the first named
    expect(refusal('assignHandler', { accusedUserIds: [4, 5] }, { handlerId: 5 })).toBe('handler_is_accused');
    expect(refusal('acknowledge', { accusedUserIds: [4, 5], handlerId: 4 }, { answer: null })).toBe('handler_is_accused');
  });

  it('Awb 9:8 — not admissible only from received or acknowledged', () => {
    expect(refusal('declareNotAdmissible', { status: 'hearing_planned' }, { reason: 'handled_before' })).toBe('invalid_transition');
  });

  it('Awb 9:10 — a conversation is planned ahead, with a term to respond that has not passed; a report is made', () => {
    expect(refusal('planHearing', { status: 'acknowledged' }, { plannedAt: new Date('2026-05-30T10:00:00Z'), side: 'complainant', respondBy: null })).toBe('hearing_in_past');
    expect(refusal('planHearing', { status: 'acknowledged' }, { plannedAt: new Date('2026-06-05T10:00:00Z'), side: 'complainant', respondBy: '2026-05-31' })).toBe('respond_by_in_past');
    expect(refusal('recordHearing', { status: 'hearing_planned' }, { minutes: '   ', side: 'complainant' })).toBe('minutes_required');
  });

  describe('Awb 9:10 — each side is heard, together or apart', () => {
    const behaviour = { aboutEmployeeBehaviour: true, handlerId: 3, departmentManagerId: 3, accusedUserIds: [8] } as const;
    const plan = (side: 'both' | 'complainant' | 'accused', respondBy: string | null = null) => ({ plannedAt: new Date('2026-06-05T10:00:00Z'), side, respondBy });
    const to = (action: ActionName, f: Partial<ComplaintFacts>, input: unknown) => {
      const decision = decide(action, facts(f), input as never, ctx);
      return decision.allowed ? decision.to : decision.refusal.code;
    };

    it('a complaint about nobody in particular has only the complainant to hear', () => {
      expect(refusal('planHearing', { status: 'acknowledged' }, plan('accused'))).toBe('no_employee_side');
      expect(refusal('planHearing', { status: 'acknowledged' }, plan('both'))).toBe('no_employee_side');
      expect(refusal('skipHearing', { status: 'acknowledged' }, { reason: 'accused_waived', side: 'accused' })).toBe('no_employee_side');
      expect(to('recordHearing', { status: 'hearing_planned', hearings: [{ side: 'complainant', state: 'planned', respondBy: null }] }, { minutes: 'Verslag', side: 'complainant' })).toBe('hearing_held');
    });

    it('the complainant waiving keeps the employee’s hearing: the step ends when both sides are done', () => {
      const waived = to('skipHearing', { ...behaviour, status: 'acknowledged' }, { reason: 'complainant_waived', side: 'complainant' });
      expect(waived).toBe('acknowledged');
      const afterWaiver = { ...behaviour, hearings: [{ side: 'complainant' as const, state: 'skipped' as const, respondBy: null }] };
      // the complainant is done; planning them again is refused, the employee is planned apart
      expect(refusal('planHearing', { ...afterWaiver, status: 'acknowledged' }, plan('complainant'))).toBe('side_already_heard');
      expect(refusal('planHearing', { ...afterWaiver, status: 'acknowledged' }, plan('both'))).toBe('side_already_heard');
      expect(to('planHearing', { ...afterWaiver, status: 'acknowledged' }, plan('accused'))).toBe('hearing_planned');
      const employeePlanned = { ...behaviour, status: 'hearing_planned' as const, hearings: [...afterWaiver.hearings, { side: 'accused' as const, state: 'planned' as const, respondBy: null }] };
      expect(to('recordHearing', employeePlanned, { minutes: 'De medewerker gaf zijn kant.', side: 'accused' })).toBe('hearing_held');
      // no outcome before that
      expect(refusal('sendOutcome', { ...employeePlanned }, { judgement: 'founded', findings: 'x', agreementCount: 0, noAgreements: true })).toBe('invalid_transition');
    });

    it('one side heard, the other still planned: the step goes on', () => {
      const both = { ...behaviour, status: 'hearing_planned' as const, hearings: [{ side: 'complainant' as const, state: 'planned' as const, respondBy: null }, { side: 'accused' as const, state: 'planned' as const, respondBy: null }] };
      expect(to('recordHearing', both, { minutes: 'Klager gehoord.', side: 'complainant' })).toBe('hearing_planned');
      // a conversation with both hears both at once
      expect(to('recordHearing', { ...behaviour, status: 'hearing_planned', hearings: [{ side: 'both', state: 'planned', respondBy: null }] }, { minutes: 'Samen gesproken.', side: 'both' })).toBe('hearing_held');
      // heard, and nothing planned for the employee yet: back to planning
      expect(to('recordHearing', { ...behaviour, status: 'hearing_planned', hearings: [{ side: 'complainant', state: 'planned', respondBy: null }] }, { minutes: 'Klager gehoord.', side: 'complainant' })).toBe('acknowledged');
    });

    it('each side has its own grounds; the employee may decline', () => {
      expect(refusal('skipHearing', { ...behaviour, status: 'acknowledged' }, { reason: 'accused_waived', side: 'complainant' })).toBe('skip_reason_not_for_side');
      expect(refusal('skipHearing', { ...behaviour, status: 'acknowledged' }, { reason: 'complainant_waived', side: 'accused' })).toBe('skip_reason_not_for_side');
      expect(refusal('skipHearing', { ...behaviour, status: 'acknowledged' }, { reason: 'clearly_unfounded', side: 'accused' })).toBe('skip_reason_not_for_side');
      expect(to('skipHearing', { ...behaviour, status: 'acknowledged', hearings: [{ side: 'complainant', state: 'held', respondBy: null }] }, { reason: 'accused_waived', side: 'accused' })).toBe('hearing_held');
      // clearly unfounded: only where no employee's behaviour is at stake
      expect(to('skipHearing', { status: 'acknowledged' }, { reason: 'clearly_unfounded', side: 'complainant' })).toBe('hearing_held');
    });

    it('"no response" only after the term the invitation set', () => {
      const invited = (respondBy: string | null) => ({ status: 'hearing_planned' as const, hearings: [{ side: 'complainant' as const, state: 'planned' as const, respondBy }] });
      expect(refusal('skipHearing', { status: 'acknowledged' }, { reason: 'no_response', side: 'complainant' })).toBe('no_response_without_term');
      expect(refusal('skipHearing', invited(null), { reason: 'no_response', side: 'complainant' })).toBe('no_response_without_term');
      expect(refusal('skipHearing', invited('2026-06-01'), { reason: 'no_response', side: 'complainant' })).toBe('no_response_term_running');
      expect(to('skipHearing', invited('2026-05-29'), { reason: 'no_response', side: 'complainant' })).toBe('hearing_held');
      // the employee's term is their own
      const employee = { ...behaviour, status: 'hearing_planned' as const, hearings: [{ side: 'complainant' as const, state: 'held' as const, respondBy: '2026-05-20' }, { side: 'accused' as const, state: 'planned' as const, respondBy: '2026-05-30' }] };
      expect(to('skipHearing', employee, { reason: 'no_response', side: 'accused' })).toBe('hearing_held');
    });
  });

  it('Awb 9:12 — a complaint judged part by part: the judgement of the whole follows from the parts', () => {
    const outcome = (judgement: string, parts: string[]) => refusal('sendOutcome', { status: 'hearing_held' }, { judgement, findings: 'Bevindingen', agreementCount: 0, noAgreements: true, parts });
    expect(outcome('partly_founded', ['founded', 'unfounded'])).toBeNull();
    expect(outcome('founded', ['founded', 'unfounded'])).toBe('judgement_not_parts');
    expect(outcome('founded', ['founded', 'founded'])).toBeNull();
    expect(outcome('unfounded', ['unfounded', 'inadmissible'])).toBeNull();
    // judged as a whole: any judgement
    expect(outcome('inadmissible', [])).toBeNull();
  });

  it('Awb 9:11 — extended once, by at most four weeks; further only with consent', () => {
    expect(refusal('extendHandlingTerm', {}, { until: '2026-08-10', latestAllowed: '2026-08-07' })).toBe('extension_too_long');
    expect(refusal('extendHandlingTerm', {}, { until: '2026-07-01', latestAllowed: '2026-08-07' })).toBe('extension_not_later');
    expect(refusal('extendHandlingTerm', { extendedAt: '2026-06-01' }, { until: '2026-07-20', latestAllowed: '2026-08-07' })).toBe('already_extended');
    expect(refusal('recordDelayConsent', {}, { until: '2026-09-01' })).toBe('not_extended_yet');
    expect(refusal('recordDelayConsent', { extendedAt: '2026-06-01' }, { until: '2026-07-01' })).toBe('delay_not_later');
  });

  it('Awb 9:11 — extension and consent only before the current term ends (on its last day still)', () => {
    const ended = { handlingDue: '2026-07-10', today: '2026-07-11' };
    expect(refusal('extendHandlingTerm', ended, { until: '2026-07-20', latestAllowed: '2026-08-07' })).toBe('term_ended');
    expect(refusal('recordDelayConsent', { ...ended, extendedAt: '2026-06-01' }, { until: '2026-09-01' })).toBe('term_ended');
    expect(refusal('extendHandlingTerm', { handlingDue: '2026-07-10', today: '2026-07-10' }, { until: '2026-07-20', latestAllowed: '2026-08-07' })).toBeNull();
    // the admin does not offer what the rules would refuse
    expect(allowedActions(facts({ ...ended, status: 'acknowledged' }))).not.toContain('extendHandlingTerm');
    expect(allowedActions(facts({ handlingDue: '2026-07-10', today: '2026-07-09', status: 'acknowledged' }))).toContain('extendHandlingTerm');
  });

  it('Awb 9:12 — the outcome needs a judgement, findings and agreements or an explicit none', () => {
    const at = { status: 'hearing_held' as const };
    expect(refusal('sendOutcome', at, { judgement: null, findings: 'x', agreementCount: 1, noAgreements: false })).toBe('judgement_required');
    expect(refusal('sendOutcome', at, { judgement: 'unfounded', findings: ' ', agreementCount: 1, noAgreements: false })).toBe('findings_required');
    expect(refusal('sendOutcome', at, { judgement: 'unfounded', findings: 'x', agreementCount: 0, noAgreements: false })).toBe('agreements_required');
    expect(refusal('sendOutcome', at, { judgement: 'unfounded', findings: 'x', agreementCount: 2, noAgreements: true })).toBe('agreements_conflict');
    expect(refusal('sendOutcome', at, { judgement: 'unfounded', findings: 'x', agreementCount: 0, noAgreements: true })).toBeNull();
  });

  it('step 5 — monitoring ends only when every agreement is kept or not kept', () => {
    expect(refusal('close', { status: 'monitoring', agreementStatuses: ['kept', 'open'] }, {})).toBe('agreements_open');
    expect(refusal('startMonitoring', { status: 'agreements_sent', agreementStatuses: [] }, {})).toBe('no_agreements');
    expect(refusal('recordAgreementResult', { status: 'monitoring', agreementStatuses: ['open'] }, { currentStatus: 'kept' })).toBe('agreement_settled');
  });

  it('step 6 — a dispute only after acknowledgement and outcome, once', () => {
    expect(refusal('declareDissatisfaction', { status: 'received' }, {})).toBe('internal_procedure_not_done');
    expect(refusal('declareDissatisfaction', { status: 'hearing_held', acknowledgedAt: '2026-05-01' }, {})).toBe('internal_procedure_not_done');
    expect(refusal('declareDissatisfaction', { status: 'closed', acknowledgedAt: '2026-05-01', outcomeSentAt: null }, {})).toBe('internal_procedure_not_done');
    expect(refusal('declareDissatisfaction', { status: 'closed', acknowledgedAt: '2026-05-01', outcomeSentAt: '2026-05-20', dissatisfactionDeclaredAt: '2026-05-21' }, {})).toBe('dissatisfaction_already_declared');
    expect(refusal('markDisputeEligible', { status: 'dispute', acknowledgedAt: '2026-05-01', outcomeSentAt: '2026-05-20', dissatisfactionDeclaredAt: '2026-05-21', disputeEligible: true }, {})).toBe('already_eligible');
    expect(refusal('recordCommitteeOutcome', { status: 'dispute', disputeEligible: false }, {})).toBe('not_eligible');
  });

  it('step 6 — dissatisfaction only within the window after the outcome (its last day included)', () => {
    const sent = { status: 'closed' as const, acknowledgedAt: '2026-03-01', outcomeSentAt: '2026-03-10', dissatisfactionOpenUntil: '2026-06-02' };
    expect(refusal('declareDissatisfaction', { ...sent, today: '2026-06-03' }, {})).toBe('dissatisfaction_window_closed');
    expect(refusal('declareDissatisfaction', { ...sent, today: '2026-06-02' }, {})).toBeNull();
    const closed = decide('declareDissatisfaction', facts({ ...sent, today: '2026-06-03' }), {}, ctx);
    expect(closed.allowed ? '' : closed.refusal.message.nl).toContain('2026-06-02');
  });

  it('accepting the outcome closes at once when there are no agreements; later it is only recorded, once', () => {
    const sent = { outcomeSentAt: '2026-05-20', acknowledgedAt: '2026-05-01' };
    expect(decide('acceptOutcome', facts({ ...sent, status: 'agreements_sent', noAgreements: true }), {}, ctx)).toMatchObject({ allowed: true, to: 'closed' });
    expect(decide('acceptOutcome', facts({ ...sent, status: 'monitoring', agreementStatuses: ['open'] }), {}, ctx)).toMatchObject({ allowed: true, to: 'monitoring' });
    expect(refusal('acceptOutcome', { ...sent, status: 'closed', outcomeAcceptedAt: '2026-05-21' }, {})).toBe('already_responded');
    expect(refusal('acceptOutcome', { ...sent, status: 'closed', dissatisfactionDeclaredAt: '2026-05-21' }, {})).toBe('already_responded');
    expect(refusal('declareDissatisfaction', { ...sent, status: 'monitoring' }, {})).toBeNull();
  });
});

describe('who handles a new complaint', () => {
  it('a behaviour complaint goes to the department manager, unless the manager is the one complained about (Awb 9:7)', () => {
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [7] }, 3)).toBe(3);
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [3] }, 3)).toBeNull();
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [] }, null)).toBeNull();
  });

  it('a behaviour complaint about the manager goes to the superior the department names, never to the person complained about', () => {
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [3] }, 3, 9)).toBe(9);
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [7] }, 3, 9)).toBe(3);
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [3] }, 3, 3)).toBeNull();
    expect(initialHandler({ aboutEmployeeBehaviour: false, accusedUserIds: [3] }, 3, 9)).toBeNull();
  });

  it('a complaint about several persons passes over the manager when any of them is the manager', () => {
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [7, 3] }, 3, 9)).toBe(9);
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [7, 3] }, 3)).toBeNull();
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [3, 9] }, 3, 9)).toBeNull();
    expect(initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds: [7, 8] }, 3, 9)).toBe(3);
  });

  it('another complaint waits for the department to choose a handler', () => {
    expect(initialHandler({ aboutEmployeeBehaviour: false, accusedUserIds: [] }, 3)).toBeNull();
  });
});
