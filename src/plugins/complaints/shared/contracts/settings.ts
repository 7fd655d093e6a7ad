/**
 * The admin API's settings: the procedure, the public form, the calendar, departments, categories and
 * staff (server: controllers/admin-settings.ts, services/editor-settings.ts, services/catalog.ts; the
 * bodies are checked by validation/settings.ts). Answers come wrapped as `{ data }`.
 */
import type { Locale, Message } from '../messages';
import type { Regime } from '../regimes';
import type { AttachmentRules, AttachmentType } from './attachments';

export interface Department {
  id: number;
  name: string;
  /** The name in English, for English letters and the English form; null: the Dutch name is used. */
  nameEn: string | null;
  email: string | null;
  managerId: number | null;
  /** The manager's superior, who handles a behaviour complaint about the manager; null: the coordinator assigns. */
  superiorId: number | null;
  staffUserIds: number[];
  active: boolean;
  receivesUnassigned: boolean;
}

/** POST /departments, PUT /departments/:id. */
export type DepartmentInput = Omit<Department, 'id'>;

export interface Category {
  id: number;
  key: string;
  nameNl: string;
  nameEn: string;
  suggestsBehaviour: boolean;
  active: boolean;
  sortOrder: number;
}

/** POST /categories, PUT /categories/:id. */
export type CategoryInput = Omit<Category, 'id'>;

/**
 * A category's key from what an editor types: lower case, accents dropped, every run of other characters
 * one hyphen ("Reparaties & onderhoud" → "reparaties-onderhoud"). While typing a trailing hyphen stays, so
 * the next word can follow; the saved key has none at either end.
 */
export function categoryKey(text: string, typing = false): string {
  const key = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '');
  return typing ? key : key.replace(/-+$/, '');
}

export interface StaffUser {
  id: number;
  name: string;
  /** Only in the editors' staff list (GET /settings/staff). */
  email?: string;
}

export interface ProcedureSettings {
  /** The legal regime (shared/regimes.ts); choosing one fills the settings of its preset. */
  regime: Regime;
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
  /** Weeks after the letter within which the complainant can go to the next body; null: not set (the letters refer to its rules). */
  committeeTermWeeks: number | null;
  /** Weeks after the outcome within which the complainant can declare dissatisfaction (status page and admin). */
  dissatisfactionWindowWeeks: number;
  furtherRecourse: string;
  retentionMonths: number;
  /** What an unhappy answer to the satisfaction survey does besides showing in the dossier. */
  surveyWhenUnhappy: 'nothing' | 'reopen' | 'dispute';
}

/** The editors' changes to the public form; PUT /settings/form takes any part of it. */
export interface FormSettings {
  texts: Partial<Record<Locale, Record<string, string>>> | null;
  fieldTexts: Partial<Record<Locale, Record<string, { label?: string; help?: string }>>> | null;
  requiredFields: string[] | null;
  showStaffNames: boolean;
  minFillSeconds: number;
  surveyAskMark: boolean;
  surveyAskComment: boolean;
  /** Documents: the editors' limits within the site's (null: the site's own). */
  attachmentMaxFiles: number | null;
  attachmentMaxMegabytes: number | null;
  attachmentTypes: AttachmentType[] | null;
}

/** What the public form shows when an editor leaves a text empty (server: public-form.ts). */
export interface FormDefaults {
  texts: Record<Locale, Record<string, string>>;
  fields: Array<{ name: string; label: Message; help: Message | null; requirable: boolean }>;
}

/** POST /settings/regime: choose a regime and fill the settings from its preset. */
export interface RegimeInput {
  regime: Regime;
}

/**
 * Something editors should set or extend before it bites: no decree days for the coming year, no recourse
 * term, a department's superior who would be passed over.
 */
export interface SettingsWarning {
  code: 'no_decree_days_next_year' | 'no_committee_term' | 'no_committee' | 'superior_cannot_handle';
  message: Message;
  /** The department it is about, where it is about one (a code can then come once per department). */
  departmentId?: number;
}

/** GET /settings. */
export interface SettingsOverview {
  procedure: ProcedureSettings;
  form: FormSettings;
  formDefaults: FormDefaults;
  warnings: SettingsWarning[];
  /** The most the site allows for documents (the plugin option); null when it takes none (no scanner). */
  documents: AttachmentRules | null;
}

/** GET /settings/calendar?year=: the days off that terms skip. */
export interface CalendarDay {
  id?: number;
  date: string;
  name: string;
  kind: 'holiday' | 'decree' | 'organisation';
}

/** POST /settings/closed-days: a day off of the organisation's own (or a decree day). */
export interface ClosedDayInput {
  date: string;
  name: string;
  kind?: 'decree' | 'organisation';
}

/** DELETE /settings/closed-days/:id. */
export interface ClosedDayRemoved {
  removed: true;
}

/** POST /sweep: the daily run of term checks and reminders, run now (server: services/sweep.ts). */
export interface SweepResult {
  day: string;
  workingDay: boolean;
  findings: Record<string, number>;
  queued: number;
  ms: number;
}
