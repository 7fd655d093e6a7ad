/**
 * The admin's one way to the plugin's admin API (server: routes/admin.ts, mounted under /complaints):
 * a function per route, its params and body typed and its answer typed by the shared contracts
 * (shared/contracts). Pages and hooks never build an address themselves.
 *
 * Reads are also offered as queries (`queries.*`), which `useApiQuery` runs and runs again; changes and
 * downloads are functions of the client (`useAdminClient()`), which wraps Strapi's fetch client so every
 * request carries the admin session.
 */
import { ACTION_PATHS, type ActionName } from '../../../shared/actions';
import { ATTACHMENT_FIELD } from '../../../shared/contracts/attachments';
import type {
  ActionBody,
  AnnualReport,
  AnnualReportFormat,
  AttachmentList,
  BulkInput,
  BulkResult,
  AnnualReportQuery,
  CalendarDay,
  Category,
  CategoryInput,
  ClosedDayInput,
  ClosedDayRemoved,
  ComplaintList,
  ComplaintListQuery,
  Department,
  DepartmentInput,
  Dossier,
  FormSettings,
  IncomingMail,
  Letter,
  LetterPreview,
  LetterPreviewRequest,
  LetterTemplate,
  LetterTemplateUpdate,
  LetterTemplates,
  LetterToPrint,
  Lookups,
  NoteInput,
  OutcomeDraft,
  OutcomeDraftInput,
  OutcomeLetterPreview,
  Overview,
  QuestionInput,
  PrivacyExport,
  PrivacyQuery,
  ProcedureSettings,
  RegimeInput,
  Registered,
  RetentionResult,
  SavedView,
  SavedViewInput,
  SettingsOverview,
  StaffUser,
  SweepResult,
} from '../../../shared/contracts';
import { PLUGIN_ID } from '../pluginId';
import { toQueryString } from '../lib/query';

/**
 * What the client needs of Strapi's fetch client (`useFetchClient`), which adds the admin session; a test
 * passes a recording one. Answers come as `{ data: <body> }`.
 */
export interface AdminFetch {
  get<T>(url: string, config?: { responseType?: 'json' | 'blob' }): Promise<{ data: T }>;
  post<T>(url: string, body?: unknown): Promise<{ data: T }>;
  put<T>(url: string, body?: unknown): Promise<{ data: T }>;
  del<T>(url: string): Promise<{ data: T }>;
}

type Params = Record<string, unknown>;

/** The admin API's routes are mounted under the plugin's name, relative to the admin API root. */
const ROOT = `/${PLUGIN_ID}`;

function address(path: string, params?: Params): string {
  const query = params ? toQueryString(params) : '';
  return query ? `${ROOT}${path}?${query}` : `${ROOT}${path}`;
}

/** The route of a procedure action on one complaint (shared/actions.ts), relative to the plugin's routes. */
/** A body with documents: multipart, the fields as JSON in `data`, the files in `attachments`. */
function withDocuments(body: Record<string, unknown>, files: File[]): FormData {
  const form = new FormData();
  form.append('data', JSON.stringify(body));
  for (const f of files) form.append(ATTACHMENT_FIELD, f, f.name);
  return form;
}

export function actionPath(complaintId: number, action: ActionName, agreementId?: number): string {
  return `/complaints/${complaintId}/${ACTION_PATHS[action].replace(':agreementId', String(agreementId ?? ''))}`;
}

/**
 * A read of the admin API with its typed answer. `path` names the resource: a newer query of the same path
 * keeps showing the older answer while it loads, another path does not (another dossier).
 */
export interface ApiQuery<T> {
  readonly path: string;
  readonly params?: Params;
  /** Takes the answer out of its `{ data }` envelope, typed. */
  readonly unwrap: (body: { data: unknown }) => T;
}

const query = <T>(path: string, params?: Params): ApiQuery<T> => ({ path, params, unwrap: (body) => body.data as T });

export const queries = {
  /** Counts for the side navigation and the overview page. */
  overview: () => query<Overview>('/overview'),
  /** Departments, categories and staff for the forms. */
  lookups: () => query<Lookups>('/lookups'),
  complaints: (filters: ComplaintListQuery) => query<ComplaintList>('/complaints', { ...filters }),
  dossier: (complaintId: number) => query<Dossier>(`/complaints/${complaintId}`),
  /** The outcome being written (step 4), or null when nobody started one. */
  outcomeDraft: (complaintId: number) => query<OutcomeDraft | null>(`/complaints/${complaintId}/outcome/draft`),
  /** A complaint's documents, and whether this site accepts more (it has a virus scanner). */
  attachments: (complaintId: number) => query<AttachmentList>(`/complaints/${complaintId}/attachments`),
  settings: () => query<SettingsOverview>('/settings'),
  calendar: (year: number) => query<CalendarDay[]>('/settings/calendar', { year }),
  /** Active admin users to choose as a department's manager or staff (editors). */
  staff: () => query<StaffUser[]>('/settings/staff'),
  departments: () => query<Department[]>('/departments'),
  categories: () => query<Category[]>('/categories'),
  letterTemplates: () => query<LetterTemplates>('/letter-templates'),
  /** Mails in the complaints mailbox waiting to be registered (step 1). */
  incomingMails: () => query<IncomingMail[]>('/incoming-mails'),
  /** The user's own saved views of the lists. */
  savedViews: () => query<SavedView[]>('/views'),
  /** Postal letters waiting to be printed, of the complaints the user may see. */
  lettersToPrint: () => query<LetterToPrint[]>('/letters/to-print'),
  annualReport: (report: AnnualReportQuery) => query<AnnualReport>('/reports/annual', { ...report }),
  privacyExport: (person: PrivacyQuery) => query<PrivacyExport>('/privacy/export', { ...person }),
};

/** The admin's own link to the public printable form (the server serves it outside the admin API). */
export function printableFormUrl(): string {
  return `${backendUrl()}/klachtenformulier/afdrukken`;
}

/** Where the Strapi server answers (the admin may be served from another host); never hard-coded. */
function backendUrl(): string {
  const configured = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL;
  return (configured ?? window.location.origin).replace(/\/$/, '');
}

export function createAdminClient(fetch: AdminFetch) {
  const read = async <T>(request: ApiQuery<T>): Promise<T> => request.unwrap((await fetch.get<{ data: unknown }>(address(request.path, request.params))).data);
  const post = async <T>(path: string, body: object = {}): Promise<T> => (await fetch.post<{ data: T }>(address(path), body)).data.data;
  const put = async <T>(path: string, body: object): Promise<T> => (await fetch.put<{ data: T }>(address(path), body)).data.data;
  const del = async <T>(path: string): Promise<T> => (await fetch.del<{ data: T }>(address(path))).data.data;
  // A file fetched with the session (a plain link would carry no token).
  const file = async (path: string, params: Params): Promise<Blob> => (await fetch.get<Blob>(address(path, params), { responseType: 'blob' })).data;

  return {
    /** Runs any query once (e.g. the dossier again after a change that answers with less). */
    read,

    // The procedure
    /** Registers a complaint received by post, phone, e-mail or at the desk. */
    /** With documents multipart: the fields as JSON in `data`, the files in `attachments`. */
    register: (body: Params, files: File[] = []) => post<Registered>('/complaints', files.length ? withDocuments(body, files) : body),
    /** A mail in the complaints mailbox is no complaint: kept, off the list; answers with the drafts left. */
    notAComplaint: (mailId: number) => post<IncomingMail[]>(`/incoming-mails/${mailId}/not-a-complaint`),
    /** One action on several complaints of a list; answers per complaint what happened. */
    bulk: (body: BulkInput) => post<BulkResult>('/complaints/bulk', body),
    /** Saves the list's filters under a name (the same name on the same page is replaced). */
    saveView: (body: SavedViewInput) => post<SavedView>('/views', body),
    /** Removes one of the user's views; answers with those left. */
    removeView: (viewId: number) => del<SavedView[]>(`/views/${viewId}`),
    /** A transition of the procedure; answers with the fresh dossier. */
    runAction: (complaintId: number, action: ActionName, body: ActionBody, agreementId?: number, files: File[] = []) =>
      post<Dossier>(actionPath(complaintId, action, agreementId), files.length ? withDocuments(body, files) : body),
    /** The agreements letter of an outcome being composed; nothing is saved. */
    previewOutcome: (complaintId: number, body: ActionBody) => post<OutcomeLetterPreview>(`/complaints/${complaintId}/outcome/preview`, body),
    /** Keeps the outcome being written; refused (409 draft_changed) when a colleague saved after `basedOn`. */
    saveOutcomeDraft: (complaintId: number, body: OutcomeDraftInput) => put<OutcomeDraft>(`/complaints/${complaintId}/outcome/draft`, body),
    discardOutcomeDraft: (complaintId: number) => del<null>(`/complaints/${complaintId}/outcome/draft`),

    /** Corrects what was registered (every field as it should be, and the reason); answers with the fresh dossier. */
    correct: (complaintId: number, body: ActionBody) => post<Dossier>(`/complaints/${complaintId}/corrections`, body),

    /** Links a related complaint by its reference, both ways; answers with the fresh dossier. */
    link: (complaintId: number, relatedReference: string) => post<Dossier>(`/complaints/${complaintId}/links`, { relatedReference }),
    unlink: (complaintId: number, relatedId: number) => del<Dossier>(`/complaints/${complaintId}/links/${relatedId}`),

    /** Asks the complainant a question (a letter goes out); answers with the fresh dossier. */
    askQuestion: (complaintId: number, body: QuestionInput) => post<Dossier>(`/complaints/${complaintId}/questions`, body),
    addNote: (complaintId: number, body: NoteInput) => post<Dossier>(`/complaints/${complaintId}/notes`, body),

    // Documents
    /** Adds documents (multipart, field `attachments`); answers with the complaint's documents. */
    addAttachments: (complaintId: number, files: File[]) => {
      const form = new FormData();
      for (const f of files) form.append(ATTACHMENT_FIELD, f, f.name);
      return post<AttachmentList>(`/complaints/${complaintId}/attachments`, form);
    },
    /** One document's bytes (scanned ones only). */
    attachmentFile: (complaintId: number, attachmentId: number) => file(`/complaints/${complaintId}/attachments/${attachmentId}`, {}),

    // Letters
    /** A postal letter as PDF. */
    letterPdf: (letterId: number) => file(`/letters/${letterId}/pdf`, {}),
    /** What a letter says (e-mail or paper), as it was sent. */
    letterContent: (letterId: number) => read<LetterPreview>({ path: `/letters/${letterId}/content`, unwrap: (body) => body.data as LetterPreview }),
    /** Several postal letters in one PDF, in this order. */
    lettersPdf: (letterIds: number[]) => file('/letters/print', { letterIds: letterIds.join(',') }),
    /** Several letters printed; answers per letter. */
    markLettersPrinted: (letterIds: number[]) => post<BulkResult>('/letters/printed', { letterIds }),
    retryLetter: (letterId: number) => post<Letter[]>(`/letters/${letterId}/retry`),
    markLetterPrinted: (letterId: number) => post<Letter[]>(`/letters/${letterId}/printed`),

    // Settings (editors)
    updateProcedure: (settings: ProcedureSettings) => put<ProcedureSettings>('/settings/procedure', settings),
    /** Chooses a regime and fills the procedure settings from its preset (shared/regimes.ts); answers with all of them. */
    applyRegime: (input: RegimeInput) => post<ProcedureSettings>('/settings/regime', input),
    updateForm: (settings: Partial<FormSettings>) => put<FormSettings>('/settings/form', settings),
    addClosedDay: (day: ClosedDayInput) => post<CalendarDay>('/settings/closed-days', day),
    removeClosedDay: (dayId: number) => del<ClosedDayRemoved>(`/settings/closed-days/${dayId}`),
    /** The daily term checks and reminders, run now. */
    runSweep: () => post<SweepResult>('/sweep'),
    createDepartment: (department: DepartmentInput) => post<Department>('/departments', department),
    updateDepartment: (departmentId: number, department: DepartmentInput) => put<Department>(`/departments/${departmentId}`, department),
    createCategory: (category: CategoryInput) => post<Category>('/categories', category),
    updateCategory: (categoryId: number, category: CategoryInput) => put<Category>(`/categories/${categoryId}`, category),
    updateLetterTemplate: (templateId: number, template: LetterTemplateUpdate) => put<LetterTemplate>(`/letter-templates/${templateId}`, template),
    resetLetterTemplate: (templateId: number) => post<LetterTemplate>(`/letter-templates/${templateId}/reset`),
    /** An unsaved template rendered, with a complaint's data or example data. */
    previewLetter: (request: LetterPreviewRequest) => post<LetterPreview>('/letter-templates/preview', request),

    // Privacy and the annual report
    /** Everything held on one complainant (right of access), as data. */
    privacyExport: (person: PrivacyQuery) => read(queries.privacyExport(person)),
    /** The same as a readable PDF letter to the complainant. */
    privacyExportPdf: (person: PrivacyQuery) => file('/privacy/export', { ...person, format: 'pdf' }),
    /** Erases the personal data of one complaint now (AVG); answers with the anonymised dossier. */
    anonymise: (complaintId: number, reason: string) => post<Dossier>(`/complaints/${complaintId}/anonymise`, { reason }),
    /** Anonymises every finished complaint closed longer ago than the retention term. */
    runRetention: () => post<RetentionResult>('/privacy/retention'),
    /** The annual report as a spreadsheet, labelled in `report.locale`. */
    annualReportFile: (report: AnnualReportQuery, format: AnnualReportFormat) => file('/reports/annual', { ...report, format }),
    /** The register: one row per complaint, no personal data. */
    registerFile: (report: AnnualReportQuery, format: AnnualReportFormat) => file('/reports/register', { ...report, format }),
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
