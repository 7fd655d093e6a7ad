import * as React from 'react';
import { isoDateFromNow } from '../../lib/dates';
import type { AgreementRow, OutcomeValues } from '../../lib/outcome';

export { outcomeBody, type AgreementRow, type OutcomeValues } from '../../lib/outcome';

let nextKey = 1;
export const emptyAgreement = (departmentId?: number | null): AgreementRow => ({
  key: nextKey++,
  description: '',
  ownerType: 'department',
  ownerId: departmentId ? String(departmentId) : '',
  dueDate: isoDateFromNow(14),
});

/** The outcome being composed: judgement, findings, conclusions and the agreement rows. */
export function useOutcomeForm(defaultDepartmentId: number | null | undefined) {
  const [values, setValues] = React.useState<OutcomeValues>(() => ({
    judgement: '',
    findings: '',
    conclusions: '',
    noAgreements: false,
    agreements: [emptyAgreement(defaultDepartmentId)],
  }));

  const set = React.useCallback(
    <K extends keyof OutcomeValues>(name: K, value: OutcomeValues[K]) => setValues((previous) => ({ ...previous, [name]: value })),
    [],
  );
  const setRow = React.useCallback(
    (key: number, changes: Partial<AgreementRow>) =>
      setValues((previous) => ({ ...previous, agreements: previous.agreements.map((row) => (row.key === key ? { ...row, ...changes } : row)) })),
    [],
  );
  const addRow = React.useCallback(
    () => setValues((previous) => ({ ...previous, noAgreements: false, agreements: [...previous.agreements, emptyAgreement(defaultDepartmentId)] })),
    [defaultDepartmentId],
  );
  const removeRow = React.useCallback(
    (key: number) => setValues((previous) => ({ ...previous, agreements: previous.agreements.filter((row) => row.key !== key) })),
    [],
  );

  return { values, set, setRow, addRow, removeRow };
}
