/**
 * The procedure's actions by name, and where each is posted: `POST <admin>/complaints/complaints/:id/<path>`.
 * The server mounts its routes from this table (routes/admin.ts) and decides with the same names
 * (domain/procedure.ts); the admin posts through it (admin/src/api/client.ts). Order: how the dossier offers them.
 */
export const ACTION_NAMES = [
  'acknowledge',
  'resolveAtAcknowledgement',
  'declareNotAdmissible',
  'planHearing',
  'recordHearing',
  'skipHearing',
  'sendOutcome',
  'startMonitoring',
  'recordAgreementResult',
  'close',
  'extendHandlingTerm',
  'recordDelayConsent',
  'assignHandler',
  'transferDepartment',
  'withdraw',
  'acceptOutcome',
  'declareDissatisfaction',
  'markDisputeEligible',
  'recordCommitteeOutcome',
  'forward',
  'reopen',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export const ACTION_PATHS: Record<ActionName, string> = {
  acknowledge: 'acknowledge',
  resolveAtAcknowledgement: 'resolve',
  declareNotAdmissible: 'not-admissible',
  planHearing: 'hearing/plan',
  recordHearing: 'hearing/record',
  skipHearing: 'hearing/skip',
  sendOutcome: 'outcome',
  startMonitoring: 'monitoring',
  recordAgreementResult: 'agreements/:agreementId/result',
  close: 'close',
  extendHandlingTerm: 'extend',
  recordDelayConsent: 'delay-consent',
  assignHandler: 'assign',
  transferDepartment: 'transfer',
  withdraw: 'withdraw',
  acceptOutcome: 'accept',
  declareDissatisfaction: 'dissatisfaction',
  markDisputeEligible: 'dispute/eligible',
  recordCommitteeOutcome: 'dispute/committee-outcome',
  forward: 'forward',
  reopen: 'reopen',
};

export function isActionName(value: string): value is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(value);
}
