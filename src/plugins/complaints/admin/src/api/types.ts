/**
 * The shapes of the admin API answers the pages read (server: services/inbox.ts, services/dossier.ts,
 * controllers/admin-*.ts). Only the fields the pages use are typed.
 */
import type { AgreementStatus, Channel, ComplaintStatus, Judgement, LetterKind } from '../lib/procedure';

export interface Message {
  nl: string;
  en: string;
}

export interface Overview {
  byStatus: Record<string, number>;
  byStep: Record<string, number>;
  acknowledgementOverdue: number;
  handlingOverdue: number;
  handlingExpiringSoon: number;
  disputesEligible: number;
  agreementsOverdue: number;
  today: string;
}

export interface ComplaintSummary {
  id: number;
  reference: string;
  status: ComplaintStatus;
  step: number | null;
  channel: Channel;
  receivedAt: string;
  complainantName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  categoryId: number | null;
  categoryName: string | null;
  aboutEmployeeBehaviour: boolean;
  handlerId: number | null;
  handlerName: string | null;
  acknowledgementDue: string | null;
  acknowledgementDaysLeft: number | null;
  acknowledgementOverdue: boolean;
  handlingDue: string | null;
  handlingDaysLeft: number | null;
  handlingOverdue: boolean;
  disputeEligible: boolean;
  dissatisfactionDeclaredAt: string | null;
  closedAt: string | null;
  /** Agreements still open, and how many of them are past their date (pages 3 and 5 need no dossier). */
  agreementsOpen: number;
  agreementsOverdue: number;
  /** The earliest due date of the open agreements. */
  nextAgreementDue: string | null;
  /** A conversation planned and not yet held or skipped. */
  hearingPlannedAt: string | null;
  hearingMode: string | null;
}

export interface Pagination {
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

export interface ComplaintList {
  results: ComplaintSummary[];
  pagination: Pagination;
}

export interface Department {
  id: number;
  name: string;
  email: string | null;
  managerId: number | null;
  staffUserIds: number[];
  active: boolean;
  receivesUnassigned: boolean;
}

export interface Category {
  id: number;
  key: string;
  nameNl: string;
  nameEn: string;
  suggestsBehaviour: boolean;
  active: boolean;
  sortOrder: number;
}

export interface StaffUser {
  id: number;
  name: string;
  /** Only in the editors' staff list (GET /complaints/settings/staff). */
  email?: string;
}

export interface Lookups {
  departments: Department[];
  categories: Category[];
  users: StaffUser[];
}

export interface Complaint {
  id: number;
  reference: string;
  status: ComplaintStatus;
  statusLabel: Message;
  step: number | null;
  channel: Channel;
  receivedAt: string;
  preferredLanguage: 'nl' | 'en';
  complainantName: string | null;
  complainantEmail: string | null;
  complainantPhone: string | null;
  complainantAddress: string | null;
  complainantPostalCode: string | null;
  complainantCity: string | null;
  complainantClientNumber: string | null;
  aboutEmployeeBehaviour: boolean;
  accusedName: string | null;
  accusedFunction: string | null;
  accusedUserId: number | null;
  accusedUserName: string | null;
  description: string;
  desiredOutcome: string | null;
  handlerId: number | null;
  handlerName: string | null;
  department: { id: number; name: string; managerId: number | null; managerName: string | null } | null;
  category: { id: number; nameNl: string; nameEn: string } | null;
  acknowledgedAt: string | null;
  answerGivenInAcknowledgement: boolean;
  acknowledgementAnswer: string | null;
  hearingWaivedAt: string | null;
  solvedAgreedAt: string | null;
  judgement: Judgement | null;
  findings: string | null;
  conclusions: string | null;
  noAgreements: boolean;
  outcomeSentAt: string | null;
  outcomeAcceptedAt: string | null;
  dissatisfactionDeclaredAt: string | null;
  dissatisfactionNote: string | null;
  disputeEligible: boolean;
  disputeEligibleSince: string | null;
  disputeEligibilityReason: string | null;
  committeeOutcome: string | null;
  committeeDecidedAt: string | null;
  notAdmissibleReason: string | null;
  notAdmissibleExplanation: string | null;
  notAdmissibleReferral: string | null;
  notAdmissibleNoticeDue: string | null;
  extendedAt: string | null;
  extensionReason: string | null;
  delayConsentAt: string | null;
  delayConsentNote: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  closedAt: string | null;
  /** Set once the retention term removed the personal data. */
  anonymisedAt?: string | null;
}

export interface Terms {
  today: string;
  acknowledgementDue: string | null;
  acknowledgementDaysLeft: number | null;
  handlingDue: string | null;
  handlingDueOriginal: string | null;
  handlingDaysLeft: number | null;
  extended: boolean;
}

export interface Hearing {
  id: number;
  plannedAt: string | null;
  mode: string | null;
  location: string | null;
  attendees: string | null;
  accusedInvited: boolean;
  accusedPresent: boolean | null;
  complainantPresent: boolean | null;
  minutes: string | null;
  proposedSolution: string | null;
  heldAt: string | null;
  skippedReason: string | null;
  skippedNote: string | null;
}

export interface Agreement {
  id: number;
  description: string;
  ownerUserId: number | null;
  ownerDepartmentId: number | null;
  ownerName: string | null;
  ownerDepartmentName: string | null;
  dueDate: string;
  status: AgreementStatus;
  settledAt: string | null;
  settledNote: string | null;
  overdue: boolean;
}

export interface TimelineEvent {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorType: 'admin' | 'public' | 'system';
  actorId: number | null;
  actorName: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  at: string;
}

export interface Letter {
  id: number;
  kind: LetterKind;
  audience: 'complainant' | 'accused' | 'staff';
  channel: 'email' | 'post';
  locale: 'nl' | 'en';
  recipientName: string | null;
  recipientEmail: string | null;
  subject: string | null;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'to_print' | 'printed';
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  printedAt: string | null;
  createdAt: string;
}

export interface AllowedAction {
  action: string;
  label: Message;
}

export interface Dossier {
  complaint: Complaint;
  terms: Terms;
  hearing: Hearing | null;
  agreements: Agreement[];
  timeline: TimelineEvent[];
  letters: Letter[];
  allowedActions: AllowedAction[];
}

export interface LetterTemplate {
  id: number;
  kind: LetterKind;
  audience: 'complainant' | 'accused' | 'staff';
  locale: 'nl' | 'en';
  subject: string;
  body: string;
  updatedAt?: string;
  /** Letters that failed on this template with a real complaint's data (the latest template error). */
  failedLetters?: { count: number; lastError: string } | null;
}

export interface Placeholder {
  path: string;
  description: Message;
  example: string;
}

export interface LetterTemplates {
  templates: LetterTemplate[];
  placeholders: Placeholder[];
}

export interface LetterPreview {
  subject: string;
  html: string;
  text: string;
}

/** The agreements letter of an outcome being composed (POST /complaints/complaints/:id/outcome/preview). */
export interface OutcomeLetterPreview extends LetterPreview {
  channel: 'email' | 'post';
}

export interface ProcedureSettings {
  acknowledgementWorkingDays: number;
  handlingWeeks: number;
  advisoryCommitteeHandlingWeeks: number;
  useAdvisoryCommittee: boolean;
  maxExtensionWeeks: number;
  notAdmissibleNoticeWeeks: number;
  cutoffHour: number;
  goodFridayIsHoliday: boolean;
  liberationDay: 'every_year' | 'every_fifth_year';
  referencePrefix: string;
  organisationName: string;
  organisationAddress: string;
  committeeName: string;
  committeeAddress: string;
  committeeWebsite: string;
  committeeEmail: string;
  committeeTermWeeks: number;
  furtherRecourse: string;
  retentionMonths: number;
}

export interface FormSettings {
  texts: Partial<Record<'nl' | 'en', Record<string, string>>> | null;
  fieldTexts: Partial<Record<'nl' | 'en', Record<string, { label?: string; help?: string }>>> | null;
  requiredFields: string[] | null;
  showStaffNames: boolean;
  minFillSeconds: number;
}

/** What the public form shows when an editor leaves a text empty (server: public-form.ts). */
export interface FormDefaults {
  texts: Record<'nl' | 'en', Record<string, string>>;
  fields: Array<{ name: string; label: Message; help: Message | null; requirable: boolean }>;
}

export interface SettingsOverview {
  procedure: ProcedureSettings;
  form: FormSettings;
  formDefaults: FormDefaults;
}

export interface CalendarDay {
  id?: number;
  date: string;
  name: string;
  kind: 'holiday' | 'decree' | 'organisation';
}

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

/** GET /complaints/reports/annual (server: services/reports.ts). */
export interface AnnualReport {
  period: { from: string; to: string };
  /** The language of the labels. */
  locale: 'nl' | 'en';
  total: number;
  byCategory: ReportCount[];
  byDepartment: ReportCount[];
  byChannel: ReportCount[];
  byStatus: ReportCount[];
  byStep: ReportCount[];
  acknowledgedWithinTerm: ReportShare;
  handledWithinTerm: ReportShare;
  medianHandlingDays: number | null;
  behaviourComplaints: number;
  hearingsHeld: number;
  hearingsSkipped: number;
  agreements: { kept: number; notKept: number; open: number };
  disputes: { declared: number; toCommittee: number };
  byMonth: Array<{ month: string; count: number }>;
}

/** GET /complaints/privacy/export (server: services/privacy.ts exportData); only what the page shows is typed. */
export interface PrivacyExport {
  query: { email: string | null; clientNumber: string | null };
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
}
