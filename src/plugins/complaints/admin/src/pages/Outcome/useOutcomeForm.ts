import * as React from 'react';
import { isoDateFromNow } from '../../lib/dates';

export interface AgreementRow {
  /** Local key for React (rows can be removed in the middle). */
  key: number;
  description: string;
  ownerType: 'user' | 'department';
  ownerId: string;
  dueDate: string;
}

export interface OutcomeValues {
  judgement: string;
  findings: string;
  conclusions: string;
  noAgreements: boolean;
  agreements: AgreementRow[];
}

let nextKey = 1;
export const emptyAgreement = (departmentId?: number | null): AgreementRow => ({
  key: nextKey++,
  description: '',
  ownerType: 'department',
  ownerId: departmentId ? String(departmentId) : '',
  dueDate: isoDateFromNow(14),
});

/** The body of POST /complaints/complaints/:id/outcome (server: sendOutcomeSchema). */
export function outcomeBody(values: OutcomeValues) {
  return {
    judgement: values.judgement || undefined,
    findings: values.findings,
    conclusions: values.conclusions.trim() || null,
    noAgreements: values.noAgreements,
    agreements: values.noAgreements
      ? []
      : values.agreements.map((row) => ({
          description: row.description,
          ownerUserId: row.ownerType === 'user' && row.ownerId ? Number(row.ownerId) : null,
          ownerDepartmentId: row.ownerType === 'department' && row.ownerId ? Number(row.ownerId) : null,
          dueDate: row.dueDate,
        })),
  };
}

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
