/**
 * Step 5 offers its actions from the list rows alone (open agreements per row, no dossier per row). What it
 * offers must be what the state machine allows for those facts.
 */
import { agreementRowActions, byAgreementUrgency } from '../../src/plugins/complaints/admin/src/lib/agreementRows';
import { allowedActions, type AgreementStatus, type ComplaintFacts } from '../../src/plugins/complaints/server/src/domain/procedure';

const STEP5 = ['startMonitoring', 'acceptOutcome', 'close'];

function facts(status: 'agreements_sent' | 'monitoring', agreementStatuses: AgreementStatus[], accepted = false): ComplaintFacts {
  return {
    status,
    aboutEmployeeBehaviour: false,
    accusedUserIds: [],
    handlerId: null,
    departmentManagerId: null,
    acknowledgedAt: '2026-05-01T10:00:00Z',
    answerGivenInAcknowledgement: false,
    outcomeSentAt: '2026-05-20T10:00:00Z',
    outcomeAcceptedAt: accepted ? '2026-05-21T10:00:00Z' : null,
    handlingDueOriginal: '2026-06-12',
    handlingDue: '2026-06-12',
    extendedAt: null,
    dissatisfactionDeclaredAt: null,
    disputeEligible: false,
    noAgreements: agreementStatuses.length === 0,
    agreementStatuses,
    hearings: [],
    today: '2026-05-22',
    dissatisfactionOpenUntil: '2026-08-12',
  };
}

describe('admin: step 5 from the list rows', () => {
  it.each([
    ['agreements_sent', ['open', 'open'], false],
    ['agreements_sent', [], false],
    ['monitoring', ['open', 'kept'], false],
    ['monitoring', ['kept', 'not_kept'], true],
    ['monitoring', ['kept'], false],
  ] as const)('%s with agreements %j: only actions the procedure allows', (status, agreements, accepted) => {
    const row = { status, agreementsOpen: agreements.filter((a) => a === 'open').length };
    const offered = agreementRowActions(row);
    const allowed = allowedActions(facts(status, [...agreements], accepted)).filter((action) => STEP5.includes(action));
    for (const action of offered) expect(allowed).toContain(action);
    // Everything the procedure allows is offered, except acceptance during monitoring (the row cannot tell).
    expect(allowed.filter((action) => !offered.includes(action) && !(status === 'monitoring' && action === 'acceptOutcome'))).toEqual([]);
  });

  it('puts overdue agreements first, then the nearest due date, rows without open agreements last', () => {
    const rows = [
      { id: 1, status: 'monitoring', agreementsOpen: 0, agreementsOverdue: 0, nextAgreementDue: null },
      { id: 2, status: 'monitoring', agreementsOpen: 2, agreementsOverdue: 0, nextAgreementDue: '2026-06-20' },
      { id: 3, status: 'monitoring', agreementsOpen: 1, agreementsOverdue: 1, nextAgreementDue: '2026-05-01' },
      { id: 4, status: 'agreements_sent', agreementsOpen: 1, agreementsOverdue: 0, nextAgreementDue: '2026-06-02' },
      { id: 5, status: 'monitoring', agreementsOpen: 3, agreementsOverdue: 2, nextAgreementDue: '2026-04-01' },
    ];
    expect(byAgreementUrgency(rows).map((row) => row.id)).toEqual([5, 3, 4, 2, 1]);
    expect(rows.map((row) => row.id)).toEqual([1, 2, 3, 4, 5]);
  });
});
