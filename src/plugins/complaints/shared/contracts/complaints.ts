/**
 * The admin API's answers about complaints: the inbox, the overview counts and the dossier
 * (server: services/inbox.ts, services/dossier.ts, controllers/admin-complaints.ts). Every answer comes
 * wrapped as `{ data }`; these are the shapes inside. Only the fields the admin reads are typed.
 */
import type { Message } from '../messages';
import type { AgreementStatus, Channel, ComplaintStatus, HeardSide, HearingSide, Judgement } from '../procedure';
import type { AttachmentRules } from './attachments';
import type { Letter } from './letters';
import type { IncomingMail } from './mail';
import type { Category, Department, SettingsWarning, StaffUser } from './settings';

/** GET /overview: counts for the side navigation and the overview page. */
export interface Overview {
  byStatus: Record<string, number>;
  byStep: Record<string, number>;
  acknowledgementOverdue: number;
  handlingOverdue: number;
  handlingExpiringSoon: number;
  disputesEligible: number;
  agreementsOverdue: number;
  /** Not-handled notices (Awb 9:8) whose term ends within five working days, for complaints not yet past step 2. */
  notAdmissibleNoticeDueSoon: number;
  today: string;
  /** What editors should set first (decree days of the coming year, the recourse term). */
  warnings: SettingsWarning[];
}

/**
 * GET /complaints: the filters as the admin sends them in the query string (the server coerces and
 * validates them, validation/actions.ts inboxQuerySchema); absent means "no filter".
 */
export interface ComplaintListQuery {
  page: number;
  pageSize: number;
  search?: string;
  departmentId?: string | number;
  status?: string | readonly ComplaintStatus[];
  step?: string | number;
  overdue?: string;
  expiring?: string | number;
  disputeEligible?: string | boolean;
  /** Open complaints the user handles, and the unassigned ones of the user's departments. */
  mine?: string | boolean;
  sort?: string;
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
  /** The planned conversation's place, attendees and invitation of the employee (re-planning starts from them). */
  hearingLocation: string | null;
  hearingAttendees: string | null;
  hearingAccusedInvited: boolean;
  /** Whom that conversation hears, and the day the invitation asked them to answer by. */
  hearingSide: HearingSide | null;
  hearingRespondBy: string | null;
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

/** GET /lookups: what the forms offer to choose from. */
export interface Lookups {
  departments: Department[];
  categories: Category[];
  users: StaffUser[];
  /** What documents a registration may carry; null when the site scans none (no scanner configured). */
  attachments: AttachmentRules | null;
}

/** How to reach the complainant, in form order: the registration, the correction and the server name them so. */
export const COMPLAINANT_FIELDS = ['complainantName', 'complainantEmail', 'complainantPhone', 'complainantAddress', 'complainantPostalCode', 'complainantCity', 'complainantClientNumber'] as const;

/**
 * Who acts for the complainant (gemachtigde, Awb 2:1), in form order: the complainant's letters go to them,
 * with a copy to the complainant when asked (registration, correction and the server name them so).
 */
export const REPRESENTATIVE_FIELDS = ['representativeName', 'representativeEmail', 'representativeAddress', 'representativePostalCode', 'representativeCity', 'representativeCopiesComplainant'] as const;

/** What staff set about the complaint itself, after the complainant's details (registration and correction). */
export const COMPLAINT_FIELDS = ['preferredLanguage', 'categoryId', 'aboutEmployeeBehaviour', 'persons', 'description', 'desiredOutcome'] as const;

/**
 * A person a behaviour complaint is about (Awb 9:7, 9:9, 9:10): the name and function as the complainant
 * or staff gave them, and the staff member's admin account where known. Only a linked account keeps them
 * off the complaint and brings them the letters the law gives them (they are reached by its e-mail).
 * Registration and correction send the whole list; a field error names `persons.<index>.<field>`.
 */
export interface PersonComplainedAbout {
  name: string;
  function: string | null;
  userId: number | null;
}

/** The same in the dossier, with the linked account's name. */
export interface PersonInDossier extends PersonComplainedAbout {
  userName: string | null;
}

/** How many persons one complaint may be about. */
export const MAX_PERSONS = 10;

/** POST /complaints: a complaint registered by staff (the body is the register form's, checked by the server). */
export interface Registered {
  id: number;
  reference: string;
}

/**
 * POST /complaints/:id/<action path> (shared/actions.ts): the action form's fields; each route's schema
 * (server: validation/actions.ts) decides what it accepts. Answers with the fresh dossier.
 */
export type ActionBody = Record<string, unknown>;

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
  /** The representative (gemachtigde): null when the complainant acts alone. */
  representativeName: string | null;
  representativeEmail: string | null;
  representativeAddress: string | null;
  representativePostalCode: string | null;
  representativeCity: string | null;
  /** The complainant gets a copy of the letters that go to the representative. */
  representativeCopiesComplainant: boolean;
  aboutEmployeeBehaviour: boolean;
  /** The persons complained about, in the order named; empty unless the complaint is about behaviour. */
  persons: PersonInDossier[];
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
  solvedAgreedHow: string | null;
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
  reopenedAt: string | null;
  reopenReason: string | null;
  forwardedTo?: string | null;
  forwardedAt?: string | null;
  forwardReason?: string | null;
  closedAt: string | null;
  /** Set once the retention term removed the personal data. */
  anonymisedAt?: string | null;
  /** The satisfaction survey's answer, once given on the status page. */
  surveySatisfied?: boolean | null;
  surveyMark?: number | null;
  surveyComment?: string | null;
  surveyAnsweredAt?: string | null;
}

export interface Terms {
  today: string;
  acknowledgementDue: string | null;
  acknowledgementDaysLeft: number | null;
  handlingDue: string | null;
  handlingDueOriginal: string | null;
  handlingDaysLeft: number | null;
  extended: boolean;
  /** Awb 9:8: the day the notice that the complaint is not handled must be sent by. */
  notAdmissibleNoticeDue: string | null;
  /** The last day the handling term can still be extended (or the delay consented): the current term's end. */
  lastDayToExtend: string | null;
  /** Which rule made each term, in words (the dossier shows it beside the date). */
  rules: {
    acknowledgement: Message | null;
    handling: Message | null;
    notAdmissibleNotice: Message | null;
  };
  /** The last day the complainant can declare dissatisfaction after the outcome; null before the outcome. */
  dissatisfactionOpenUntil: string | null;
}

export interface Hearing {
  id: number;
  /** Whom the conversation hears (Awb 9:10): both together, or one side. */
  side: HearingSide;
  respondBy: string | null;
  /** Held or skipped before the complaint was reopened: kept, no longer counted. */
  earlierRound: boolean | null;
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

export interface AllowedAction {
  action: string;
  label: Message;
}

/** A question from staff to the complainant, and the answer given on the status page. */
export interface Question {
  id: number;
  question: string;
  askedAt: string;
  askedBy: string | null;
  /** yyyy-MM-dd: the day staff would like the answer by. */
  answerBy: string | null;
  answer: string | null;
  answeredAt: string | null;
}

/** Staff ask the complainant a question (POST /complaints/:id/questions). */
export interface QuestionInput {
  question: string;
  answerBy?: string | null;
}

/** An internal note (POST /complaints/:id/notes): staff only, in the timeline; the colleagues named get an e-mail. */
export interface NoteInput {
  text: string;
  /** Admin user ids of the colleagues to tell. */
  mentions: number[];
}

/** An agreement row of an outcome being written: as the composer holds it, owner and date may still be empty. */
export interface OutcomeDraftAgreement {
  description: string;
  ownerType: 'user' | 'department';
  /** The user's or department's id as the select holds it; '' until chosen. */
  ownerId: string;
  dueDate: string;
}

/** What the outcome composer holds (step 4) while it is being written. */
export interface OutcomeDraftValues {
  judgement: string;
  /** The complaint's parts, each with its judgement ('' until chosen); absent in drafts kept before parts existed. */
  parts?: Array<{ description: string; judgement: string }>;
  findings: string;
  conclusions: string;
  noAgreements: boolean;
  agreements: OutcomeDraftAgreement[];
}

/** GET/PUT /complaints/:id/outcome/draft: the outcome being written, kept on the server until it is sent. */
export interface OutcomeDraft {
  values: OutcomeDraftValues;
  /** Counts the saves; a save names the version it was based on (409 when a colleague saved in between). */
  version: number;
  savedAt: string;
  savedBy: string | null;
}

/** PUT /complaints/:id/outcome/draft. `basedOn`: the version the writer started from, 0 for none. */
export interface OutcomeDraftInput {
  values: OutcomeDraftValues;
  basedOn: number;
}

/** GET /complaints/:id, and the answer of every action and of anonymising. */
export interface Dossier {
  complaint: Complaint;
  terms: Terms;
  /** The latest conversation. */
  hearing: Hearing | null;
  /** Every conversation, oldest first. */
  hearings: Hearing[];
  /** The parts of the complaint judged one by one in the outcome (older rounds marked), oldest first. */
  parts: Array<{ id: number; position: number; description: string; judgement: Judgement; earlierRound: boolean | null }>;
  /** Where each side that has to be heard stands in this round. */
  hearingSides: Array<{ side: HeardSide; state: 'to_plan' | 'planned' | 'heard' | 'not_heard' }>;
  agreements: Agreement[];
  timeline: TimelineEvent[];
  letters: Letter[];
  allowedActions: AllowedAction[];
  questions: Question[];
  /** Related complaints the user may see (the same matter again, "handled before"). */
  related: Array<{ id: number; reference: string; status: ComplaintStatus; receivedAt: string }>;
  /** Mails in the complaints mailbox about it: the one it was registered from, replies, bounces, automatic answers. */
  mails: IncomingMail[];
}

/** What staff can do to several rows of a step list at once (POST /complaints/bulk). */
export const BULK_ACTIONS = ['acknowledge', 'assignHandler'] as const;
export type BulkActionName = (typeof BULK_ACTIONS)[number];

/**
 * POST /complaints/bulk: one action on several complaints, each through the procedure on its own (the same
 * guards as one by one). acknowledge: with the template's own text; assignHandler: `handlerId` for all.
 */
export interface BulkInput {
  action: BulkActionName;
  ids: number[];
  handlerId?: number;
}

/** Per complaint, in the order asked: done, or why not (the message the single action would have given). */
export interface BulkRowResult {
  id: number;
  /** null when the complaint does not exist or the user may not see it. */
  reference: string | null;
  ok: boolean;
  code: string | null;
  message: Message | null;
}

export interface BulkResult {
  results: BulkRowResult[];
}

/** The list filters kept in the address (admin hooks/useComplaintList), each a parameter of GET /complaints. */
export const LIST_FILTER_KEYS = ['search', 'departmentId', 'status', 'step', 'overdue', 'expiring', 'disputeEligible', 'sort'] as const;
export type ListFilterKey = (typeof LIST_FILTER_KEYS)[number];

/** The list pages of the admin, each with its own saved views. */
export const LIST_PAGES = ['mine', 'complaints', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6'] as const;
export type ListPage = (typeof LIST_PAGES)[number];

/** A list's filters and order saved under a name, per user and page (GET/POST /views, DELETE /views/:id). */
export interface SavedView {
  id: number;
  page: ListPage;
  name: string;
  filters: Partial<Record<ListFilterKey, string>>;
}

/** POST /views: a view of the same name on the same page is replaced. */
export interface SavedViewInput {
  page: ListPage;
  name: string;
  filters: Partial<Record<ListFilterKey, string>>;
}
