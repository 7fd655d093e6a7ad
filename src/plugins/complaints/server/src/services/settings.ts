/**
 * The procedure settings editors manage (single row), the regime presets that fill them, and the two
 * calendars built from them (the organisation's own, and the Algemene termijnenwet's for statutory terms).
 * Cached for a few seconds: every intake reads them, and several instances may share one database, so a
 * change made on another instance is seen within the TTL.
 */
import type { Core } from '@strapi/strapi';
import { DECREE_DAYS, WorkingDayCalendar, statutoryRules } from '../domain/calendar';
import { today, type TermCalendars } from '../domain/terms';
import { UID } from '../uids';
import { usersRepository } from '../persistence/users';
import type { ProcedureSettings, SettingsWarning } from '../../../shared/contracts/settings';
import { REGIME_PRESETS, type Regime } from '../../../shared/regimes';
import { getService } from './registry';
import { sharedCache } from './shared-cache';

// The shape editors see and change (shared/contracts/settings.ts); intake hands it to the domain as TermSettings.
export type { ProcedureSettings } from '../../../shared/contracts/settings';

export const DEFAULT_SETTINGS: ProcedureSettings = {
  regime: 'housing',
  acknowledgementWorkingDays: 3,
  useAdvisoryCommittee: false,
  cutoffHour: 17,
  goodFridayIsHoliday: true,
  liberationDay: 'every_year',
  referencePrefix: 'KL',
  organisationName: 'Woonstichting Voorbeeld',
  organisationAddress: 'Postbus 100\n1000 AA Amsterdam',
  ...REGIME_PRESETS.housing,
  retentionMonths: 24,
  surveyWhenUnhappy: 'nothing',
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
  type Loaded = { settings: ProcedureSettings; calendar: WorkingDayCalendar; statutory: WorkingDayCalendar; decreeYears: Set<number> };
  const loaded = sharedCache<Loaded>(strapi, CACHE_MS, load);
  const current = () => loaded.get();
  const forget = () => loaded.forget();

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

  async function load(): Promise<Loaded> {
    const settings = merge(await readRow());
    const closedDays: Array<Pick<ClosedDayRow, 'date' | 'kind'>> = await strapi.db.query(UID.closedDay).findMany({ select: ['date', 'kind'] });
    const dates = (rows: typeof closedDays) => rows.map((d) => String(d.date).slice(0, 10));
    const decree = closedDays.filter((d) => d.kind === 'decree');
    const calendar = new WorkingDayCalendar({
      goodFridayIsHoliday: settings.goodFridayIsHoliday,
      liberationDay: settings.liberationDay,
      closedDays: dates(closedDays),
    });
    // statutory terms know only the law's days: the decree days, not the organisation's own closed days
    const statutory = new WorkingDayCalendar(statutoryRules(dates(decree)));
    return { settings, calendar, statutory, decreeYears: new Set(dates(decree).map((d) => Number(d.slice(0, 4)))) };
  }

  /**
   * One per department, naming it and the superior: the editor fixes it in the roles or the department, and
   * until then the coordinator assigns. The name stands alone, as department names often say "Afdeling" already.
   */
  async function superiorWarnings(): Promise<SettingsWarning[]> {
    const passedOver = await getService(strapi, 'access').superiorsPassedOver();
    if (!passedOver.length) return [];
    const names = await usersRepository(strapi).names(passedOver.map((p) => p.superiorId));
    return passedOver.map(({ department, superiorId, canSignIn }) => {
      const nl = { department: department.name, superior: names.get(superiorId) ?? `medewerker #${superiorId}` };
      const en = { department: department.nameEn || department.name, superior: names.get(superiorId) ?? `staff member #${superiorId}` };
      const message = canSignIn
        ? {
            nl: `${nl.department}: ${nl.superior} is gekozen als leidinggevende van de manager, maar mag de klachten over gedrag van deze afdeling niet behandelen. Een klacht over de manager gaat daarom naar de klachtencoördinator. Geef ${nl.superior} de rechten om klachten en klachten over gedrag in te zien en te behandelen, voor deze afdeling (als medewerker) of voor alle afdelingen; of kies een andere leidinggevende.`,
            en: `${en.department}: ${en.superior} is named as the manager's superior but may not handle this department's behaviour complaints, so a complaint about the manager goes to the complaints coordinator. Give ${en.superior} the permissions to see and handle complaints and behaviour complaints, for this department (as its staff) or for all departments; or choose another superior.`,
          }
        : {
            nl: `${nl.department}: ${nl.superior} is gekozen als leidinggevende van de manager, maar kan niet inloggen. Een klacht over de manager gaat daarom naar de klachtencoördinator. Maak het account van ${nl.superior} weer actief, of kies een andere leidinggevende.`,
            en: `${en.department}: ${en.superior} is named as the manager's superior but cannot sign in, so a complaint about the manager goes to the complaints coordinator. Make the account of ${en.superior} active again, or choose another superior.`,
          };
      return { code: 'superior_cannot_handle' as const, departmentId: department.id, message };
    });
  }

  return {
    async get(): Promise<ProcedureSettings> {
      return (await current()).settings;
    },

    /** The organisation's own calendar: its working-day terms and reminders. */
    async calendar(): Promise<WorkingDayCalendar> {
      return (await current()).calendar;
    },

    /** Both calendars: the organisation's own and the Algemene termijnenwet's (statutory terms). */
    async calendars(): Promise<TermCalendars> {
      const { calendar, statutory } = await current();
      return { own: calendar, statutory };
    },

    /**
     * What editors should set before it bites: the decree days of the coming year (a new decree is data
     * they add), the next body's term the letters name, and each department whose superior would be passed
     * over for a complaint about its manager (saving such a superior stays allowed: the roles may follow).
     */
    async warnings(now: Date): Promise<SettingsWarning[]> {
      const { settings, decreeYears } = await current();
      const warnings: SettingsWarning[] = [];
      const next = Number(today(now).slice(0, 4)) + 1;
      if (!decreeYears.has(next)) {
        warnings.push({
          code: 'no_decree_days_next_year',
          message: {
            nl: `Voor ${next} staan nog geen bij besluit gelijkgestelde dagen in de kalender (Algemene termijnenwet art. 3 lid 2). Voeg ze toe zodra het besluit er is; zonder besluit zijn er geen.`,
            en: `The calendar has no days declared equal to holidays for ${next} yet (General Time Limits Act art. 3(2)). Add them once the decree is published; without a decree there are none.`,
          },
        });
      }
      if (!settings.committeeName.trim()) {
        warnings.push({ code: 'no_committee', message: { nl: 'Er is geen instantie ingevuld waar een ontevreden klager terecht kan: de brieven noemen er dan geen.', en: 'No body is set where a dissatisfied complainant can go: the letters then name none.' } });
      } else if (settings.committeeTermWeeks === null) {
        warnings.push({
          code: 'no_committee_term',
          message: {
            nl: `Vul de termijn in waarbinnen een klager naar de ${settings.committeeName} kan (zie het reglement van die instantie); de brieven verwijzen nu naar dat reglement.`,
            en: `Set the term within which a complainant can go to the ${settings.committeeName} (see its rules); the letters now refer to those rules.`,
          },
        });
      }
      return [...warnings, ...(await superiorWarnings())];
    },

    /** Choose a regime: its preset fills the terms, the next body and its term; editors change them after. */
    async applyRegime(regime: Regime): Promise<ProcedureSettings> {
      return this.update({ regime, ...REGIME_PRESETS[regime] });
    },

    invalidate() {
      forget();
    },

    async update(patch: Partial<ProcedureSettings>): Promise<ProcedureSettings> {
      const row = await readRow();
      const data = Object.fromEntries(Object.entries(patch).filter(([key]) => SETTING_KEYS.includes(key as keyof ProcedureSettings)));
      if (row) await strapi.db.query(UID.settings).update({ where: { id: row.id }, data });
      else await strapi.db.query(UID.settings).create({ data: { ...DEFAULT_SETTINGS, ...data } });
      forget();
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
      forget();
    },
  };
};
