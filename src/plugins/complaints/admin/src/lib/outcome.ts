/**
 * The outcome of step 4 as the composer holds it, and the bodies it sends: the outcome itself
 * (POST …/outcome) and, while it is being written, the preview of its letter (POST …/outcome/preview).
 * Both routes read the same schema (server: validation/actions.ts sendOutcomeSchema). While it is written,
 * the composer keeps it as a draft on the server (PUT …/outcome/draft), without the rows' local keys.
 */
import type { OutcomeDraftValues } from '../../../shared/contracts';
import { JUDGEMENTS, judgementOfParts, type Judgement } from '../../../shared/procedure';

export interface AgreementRow {
  /** Local key for React (rows can be removed in the middle). */
  key: number;
  description: string;
  ownerType: 'user' | 'department';
  ownerId: string;
  dueDate: string;
}

/** A part (grievance) of the complaint with its own judgement ('' until chosen). */
export interface PartRow {
  key: number;
  description: string;
  judgement: string;
}

export interface OutcomeValues {
  judgement: string;
  /** Empty: the complaint is judged as a whole. */
  parts: PartRow[];
  findings: string;
  conclusions: string;
  noAgreements: boolean;
  agreements: AgreementRow[];
}

let lastKey = 0;
/** A key for a new agreement row, unique on the page. */
export const nextAgreementKey = () => ++lastKey;

/** The values as the draft keeps them: the rows without their keys. */
export function draftValuesOf(values: OutcomeValues): OutcomeDraftValues {
  return { ...values, parts: values.parts.map(({ key: _key, ...row }) => row), agreements: values.agreements.map(({ key: _key, ...row }) => row) };
}

/** A kept draft as the composer holds it. */
export function valuesOfDraft(draft: OutcomeDraftValues): OutcomeValues {
  return { ...draft, parts: (draft.parts ?? []).map((row) => ({ ...row, key: nextAgreementKey() })), agreements: draft.agreements.map((row) => ({ ...row, key: nextAgreementKey() })) };
}

function agreementBody(row: AgreementRow) {
  return {
    description: row.description,
    ownerUserId: row.ownerType === 'user' && row.ownerId ? Number(row.ownerId) : null,
    ownerDepartmentId: row.ownerType === 'department' && row.ownerId ? Number(row.ownerId) : null,
    dueDate: row.dueDate,
  };
}

/** The body of POST /complaints/complaints/:id/outcome: sent as typed, the server names what is missing. */
export function outcomeBody(values: OutcomeValues) {
  return {
    judgement: values.judgement || undefined,
    parts: values.parts.map((part) => ({ description: part.description, judgement: part.judgement || undefined })),
    findings: values.findings,
    conclusions: values.conclusions.trim() || null,
    noAgreements: values.noAgreements,
    agreements: values.noAgreements ? [] : values.agreements.map(agreementBody),
  };
}

/** A part the letter can show: what, and the judgement of it. */
export function isCompletePart(row: PartRow): boolean {
  return Boolean(row.description.trim() && (JUDGEMENTS as readonly string[]).includes(row.judgement));
}

/** The judgement of the whole as the parts chosen so far give it; null while none is judged. */
export function judgementFromParts(parts: readonly PartRow[]): Judgement | null {
  return judgementOfParts(parts.map((part) => part.judgement).filter((j): j is Judgement => (JUDGEMENTS as readonly string[]).includes(j)));
}

/** An agreement row the letter can show: what, whose, by when. */
export function isCompleteAgreement(row: AgreementRow): boolean {
  return Boolean(row.description.trim() && row.ownerId && /^\d{4}-\d{2}-\d{2}$/.test(row.dueDate));
}

export interface OutcomePreviewRequest {
  body: ReturnType<typeof outcomeBody>;
  /** Agreement rows not (yet) complete, so not in the letter shown. */
  leftOut: number;
}

/**
 * The body of the letter preview while the outcome is still being written: null until there is a judgement
 * and findings (the letter is built around them); agreement rows still missing a part are left out.
 */
export function outcomePreviewRequest(values: OutcomeValues): OutcomePreviewRequest | null {
  if (!values.judgement || !values.findings.trim()) return null;
  const rows = values.noAgreements ? [] : values.agreements;
  const complete = rows.filter(isCompleteAgreement);
  return {
    body: {
      judgement: values.judgement,
      parts: values.parts.filter(isCompletePart).map((part) => ({ description: part.description.trim(), judgement: part.judgement })),
      findings: values.findings.trim(),
      conclusions: values.conclusions.trim() || null,
      noAgreements: values.noAgreements,
      agreements: complete.map((row) => ({ ...agreementBody(row), description: row.description.trim() })),
    },
    leftOut: rows.length - complete.length,
  };
}
