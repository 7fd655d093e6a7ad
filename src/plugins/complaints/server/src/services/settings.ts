/**
 * The procedure settings editors manage (single row) and the working-day calendar built from them.
 * Cached for a few seconds: every intake reads them, and several instances may share one database, so a
 * change made on another instance is seen within the TTL.
 */
import type { Core } from '@strapi/strapi';
import { DECREE_DAYS, WorkingDayCalendar } from '../domain/calendar';
import { UID } from '../uids';
import type { ProcedureSettings } from '../../../shared/contracts/settings';

// The shape editors see and change (shared/contracts/settings.ts); intake hands it to the domain as TermSettings.
export type { ProcedureSettings } from '../../../shared/contracts/settings';

export const DEFAULT_SETTINGS: ProcedureSettings = {
  acknowledgementWorkingDays: 3,
  handlingWeeks: 6,
  advisoryCommitteeHandlingWeeks: 10,
  useAdvisoryCommittee: false,
  maxExtensionWeeks: 4,
  notAdmissibleNoticeWeeks: 4,
  cutoffHour: 17,
  goodFridayIsHoliday: true,
  liberationDay: 'every_year',
  referencePrefix: 'KL',
  organisationName: 'Woonstichting Voorbeeld',
  organisationAddress: 'Postbus 100\n1000 AA Amsterdam',
  committeeName: 'Onafhankelijke Regionale Geschillencommissie',
  committeeAddress: 'Postbus 200\n1000 AB Amsterdam',
  committeeWebsite: 'https://www.geschillencommissie-regio.nl',
  committeeEmail: 'secretariaat@geschillencommissie-regio.nl',
  committeeTermWeeks: 12,
  furtherRecourse: 'U kunt ook terecht bij de Nationale ombudsman of, bij huurgeschillen, de Huurcommissie.',
  retentionMonths: 24,
};

/** The settings row: each setting's column may be empty (the default applies). */
type SettingColumns = { [K in keyof ProcedureSettings]?: ProcedureSettings[K] | null };
type SettingsRow = SettingColumns & { id: number };

/** A closed day (content-types/closed-day.ts). */
export interface ClosedDayRow {
  id: number;
  date: string;
  name: string;
  kind: 'decree' | 'organisation';
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof ProcedureSettings)[];
const CACHE_MS = 5000;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { at: number; settings: ProcedureSettings; calendar: WorkingDayCalendar } | null = null;

  async function readRow(): Promise<SettingsRow | null> {
    return strapi.db.query(UID.settings).findOne({});
  }

  function merge(row: SettingColumns | null): ProcedureSettings {
    const settings = { ...DEFAULT_SETTINGS };
    // One key at a time, typed by its key (with the loop's key alone the value would be the union of every setting's type).
    const take = <K extends keyof ProcedureSettings>(key: K) => {
      const value = row?.[key];
      if (value !== null && value !== undefined) settings[key] = value;
    };
    for (const key of SETTING_KEYS) take(key);
    return settings;
  }

  async function load() {
    const settings = merge(await readRow());
    const closedDays = await strapi.db.query(UID.closedDay).findMany({ select: ['date'] });
    const calendar = new WorkingDayCalendar({
      goodFridayIsHoliday: settings.goodFridayIsHoliday,
      liberationDay: settings.liberationDay,
      closedDays: closedDays.map((d: Pick<ClosedDayRow, 'date'>) => String(d.date).slice(0, 10)),
    });
    cached = { at: Date.now(), settings, calendar };
    return cached;
  }

  async function current() {
    if (cached && Date.now() - cached.at < CACHE_MS) return cached;
    return load();
  }

  return {
    async get(): Promise<ProcedureSettings> {
      return (await current()).settings;
    },

    async calendar(): Promise<WorkingDayCalendar> {
      return (await current()).calendar;
    },

    invalidate() {
      cached = null;
    },

    async update(patch: Partial<ProcedureSettings>): Promise<ProcedureSettings> {
      const row = await readRow();
      const data = Object.fromEntries(Object.entries(patch).filter(([key]) => SETTING_KEYS.includes(key as keyof ProcedureSettings)));
      if (row) await strapi.db.query(UID.settings).update({ where: { id: row.id }, data });
      else await strapi.db.query(UID.settings).create({ data: { ...DEFAULT_SETTINGS, ...data } });
      cached = null;
      return this.get();
    },

    /** Bootstrap: the settings row and the decree days exist (idempotent, safe on several instances). */
    async ensureDefaults(): Promise<void> {
      if (!(await readRow())) await strapi.db.query(UID.settings).create({ data: { ...DEFAULT_SETTINGS } });
      // Several instances may boot at once: a day another instance just inserted is not an error.
      const known = new Set(
        (await strapi.db.query(UID.closedDay).findMany({ select: ['date'] })).map((d: Pick<ClosedDayRow, 'date'>) => String(d.date).slice(0, 10)),
      );
      for (const day of DECREE_DAYS) {
        if (known.has(day.date)) continue;
        await strapi.db
          .query(UID.closedDay)
          .create({ data: { date: day.date, name: day.name, kind: 'decree' } })
          .catch(() => undefined);
      }
      cached = null;
    },
  };
};
