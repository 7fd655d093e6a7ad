/**
 * Step 5 from the list rows alone: which of the step's own actions a complaint allows now, and in which
 * order the rows need attention. The rows carry the counts of open and overdue agreements (server:
 * inbox.summaries), so the list needs no dossier per row; the server still decides every action.
 */
import type { ActionName } from './actions';

export interface AgreementRowFacts {
  status: string;
  agreementsOpen: number;
  agreementsOverdue: number;
  nextAgreementDue: string | null;
}

/**
 * The actions of step 5 a row offers (domain/procedure.ts): monitoring starts when the letter went out with
 * agreements; the complainant's acceptance is recorded while the letter is fresh; closing needs every
 * agreement settled. (A result moves the complaint to monitoring, so in `agreements_sent` every agreement is open.)
 */
export function agreementRowActions(row: Pick<AgreementRowFacts, 'status' | 'agreementsOpen'>): ActionName[] {
  const actions: ActionName[] = [];
  if (row.status === 'agreements_sent') {
    if (row.agreementsOpen > 0) actions.push('startMonitoring');
    actions.push('acceptOutcome');
  }
  if ((row.status === 'agreements_sent' || row.status === 'monitoring') && row.agreementsOpen === 0) actions.push('close');
  return actions;
}

/** Overdue agreements first, then the nearest due date; rows without open agreements last. Stable. */
export function byAgreementUrgency<T extends AgreementRowFacts>(rows: readonly T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        b.row.agreementsOverdue - a.row.agreementsOverdue ||
        (a.row.nextAgreementDue ?? '9999').localeCompare(b.row.nextAgreementDue ?? '9999') ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}
