/**
 * The admin API's privacy tasks and the annual report (server: controllers/admin-privacy.ts,
 * services/privacy.ts, services/reports.ts). Data answers come wrapped as `{ data }`; the file formats
 * (PDF, CSV, XLSX) come as they are.
 */
import type { Locale } from '../messages';
import type { ComplaintStatus } from '../procedure';

/** GET /privacy/export: whom to look up, by e-mail address or client number. */
export interface PrivacyQuery {
  email?: string;
  clientNumber?: string;
  /** Name and postal code together: a complainant who writes by post. */
  name?: string;
  postalCode?: string;
}

/** GET /privacy/export (exportData); only what the page shows is typed. */
export interface PrivacyExport {
  query: { email: string | null; clientNumber: string | null; name: string | null; postalCode: string | null };
  generatedAt: string;
  complaints: Array<{
    id: number;
    reference: string;
    status: ComplaintStatus;
    receivedAt: string;
    complainantName: string | null;
    anonymisedAt?: string | null;
    letters: unknown[];
    events: unknown[];
  }>;
  /** Mails from the address asked for that belong to no complaint (a draft, "not a complaint"). */
  mails: unknown[];
}

/** POST /complaints/:id/anonymise; answers with the anonymised dossier. */
export interface AnonymiseBody {
  reason: string;
}

/** POST /privacy/retention. */
export interface RetentionResult {
  anonymised: number;
}

/** GET /reports/annual: the period, and the language of the labels. */
export interface AnnualReportQuery {
  from: string;
  to: string;
  locale: Locale;
}

export type AnnualReportFormat = 'csv' | 'xlsx';

/** One line of a grouped count in the annual report. */
export interface ReportCount {
  key: string | number | null;
  label: string;
  count: number;
}

export interface ReportShare {
  count: number;
  of: number;
  /** One decimal; null when there is nothing to divide by. */
  percentage: number | null;
}

export interface AnnualReport {
  period: { from: string; to: string };
  /** The language of the labels. */
  locale: Locale;
  total: number;
  byCategory: ReportCount[];
  byDepartment: ReportCount[];
  byChannel: ReportCount[];
  byStatus: ReportCount[];
  /** Per judgement; `key` null: no judgement (not handled, solved early, or still running). */
  byJudgement: ReportCount[];
  /** The parts of complaints judged one by one, by judgement. */
  partsByJudgement: ReportCount[];
  byStep: ReportCount[];
  acknowledgedWithinTerm: ReportShare;
  /** Handled within the term as it stood at the end (extended or consented). */
  handledWithinTerm: ReportShare;
  /** Handled within the original statutory term (Awb 9:11), beside the extended one. */
  handledWithinOriginalTerm: ReportShare;
  /** Not-handled notices (Awb 9:8) sent within their term. */
  notAdmissibleNoticesWithinTerm: ReportShare;
  medianHandlingDays: number | null;
  behaviourComplaints: number;
  hearingsHeld: number;
  hearingsSkipped: number;
  agreements: { kept: number; notKept: number; open: number };
  disputes: { declared: number; toCommittee: number };
  /** The satisfaction survey after closure: how many answered, how many of them were satisfied. */
  satisfaction: { satisfied: number; of: number; percentage: number | null };
  byMonth: Array<{ month: string; count: number }>;
}
