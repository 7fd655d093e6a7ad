import * as React from 'react';
import type { OutcomeDraftValues } from '../../../../shared/contracts';
import { isoDateFromNow } from '../../lib/dates';
import { judgementFromParts, nextAgreementKey, valuesOfDraft, type AgreementRow, type OutcomeValues, type PartRow } from '../../lib/outcome';

export { outcomeBody, type AgreementRow, type OutcomeValues, type PartRow } from '../../lib/outcome';

export const emptyAgreement = (departmentId?: number | null): AgreementRow => ({
  key: nextAgreementKey(),
  description: '',
  ownerType: 'department',
  ownerId: departmentId ? String(departmentId) : '',
  dueDate: isoDateFromNow(14),
});

/** The outcome being composed: judgement, findings, conclusions and the agreement rows; from the kept draft when there is one. */
export function useOutcomeForm(defaultDepartmentId: number | null | undefined, draft: OutcomeDraftValues | null) {
  const empty = (): OutcomeValues => ({ judgement: '', parts: [], findings: '', conclusions: '', noAgreements: false, agreements: [emptyAgreement(defaultDepartmentId)] });
  const [values, setValues] = React.useState<OutcomeValues>(() => (draft ? valuesOfDraft(draft) : empty()));

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
  // the judgement of the whole follows the parts once they are judged (the server holds it to that)
  const withParts = (previous: OutcomeValues, parts: PartRow[]): OutcomeValues => ({ ...previous, parts, judgement: judgementFromParts(parts) ?? previous.judgement });
  const setPart = React.useCallback(
    (key: number, changes: Partial<PartRow>) => setValues((previous) => withParts(previous, previous.parts.map((row) => (row.key === key ? { ...row, ...changes } : row)))),
    [],
  );
  const addPart = React.useCallback(() => setValues((previous) => ({ ...previous, parts: [...previous.parts, { key: nextAgreementKey(), description: '', judgement: '' }] })), []);
  const removePart = React.useCallback((key: number) => setValues((previous) => withParts(previous, previous.parts.filter((row) => row.key !== key))), []);
  /** Everything at once: a colleague's version of the draft. */
  const replace = React.useCallback((next: OutcomeDraftValues) => setValues(valuesOfDraft(next)), []);

  return { values, set, setRow, addRow, removeRow, setPart, addPart, removePart, replace, setValues, empty };
}
