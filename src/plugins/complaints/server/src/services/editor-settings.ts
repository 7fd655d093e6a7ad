/**
 * What editors manage besides letters: the procedure settings, the form texts, closed days, departments
 * and categories. Every change clears the caches of this instance (others see it within seconds) and is
 * logged with who made it.
 */
import type { Core } from '@strapi/strapi';
import { publicHolidays, WorkingDayCalendar } from '../domain/calendar';
import { InvalidInputError, NotFoundError } from '../errors';
import type { z } from 'zod';
import { UID, type PluginUid } from '../uids';
import { usersRepository } from '../persistence/users';
import { isRequirable } from '../../../shared/public-api';
import type { categorySchema, departmentSchema } from '../validation/settings';
import type { ClosedDayRow } from './settings';
import type { Regime } from '../../../shared/regimes';
import { typeNames, type AttachmentRules } from '../../../shared/contracts/attachments';
import { DEFAULT_FORM_TEXTS, FIELD_SPECS } from './public-form';
import { getService } from './registry';

/** A department or category as its route validated it. */
type DepartmentInput = z.output<typeof departmentSchema>;
type CategoryInput = z.output<typeof categorySchema>;

/** The editors' document limits may narrow what the site allows (the plugin option), never widen it. */
function assertWithinSite(patch: Record<string, unknown>, site: AttachmentRules): void {
  const problems: Record<string, { nl: string; en: string }> = {};
  const files = patch.attachmentMaxFiles;
  if (typeof files === 'number' && files > site.maxFiles) problems.attachmentMaxFiles = { nl: `Deze site neemt ten hoogste ${site.maxFiles} bestanden aan.`, en: `This site takes at most ${site.maxFiles} files.` };
  const megabytes = patch.attachmentMaxMegabytes;
  if (typeof megabytes === 'number' && megabytes > site.maxMegabytes) problems.attachmentMaxMegabytes = { nl: `Deze site neemt bestanden tot ${site.maxMegabytes} MB aan.`, en: `This site takes files up to ${site.maxMegabytes} MB.` };
  const types = patch.attachmentTypes;
  if (Array.isArray(types) && types.some((type) => !site.types.includes(type))) problems.attachmentTypes = { nl: `Deze site neemt alleen deze soorten aan: ${typeNames(site.types)}.`, en: `This site only takes these kinds: ${typeNames(site.types)}.` };
  if (Object.keys(problems).length) throw new InvalidInputError(problems);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const log = (userId: number, what: string) => strapi.log.info(`[complaints] settings: ${what} by admin user ${userId}`);
  const refresh = () => {
    getService(strapi, 'settings').invalidate();
    getService(strapi, 'catalog').invalidate();
    getService(strapi, 'publicForm').invalidate();
  };

  async function assertUsers(ids: Array<number | null>, field: string) {
    const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
    if (!wanted.length) return;
    const found = await usersRepository(strapi).existing(wanted);
    if (found.length !== wanted.length) throw new InvalidInputError({ [field]: { nl: 'Kies bestaande medewerkers.', en: 'Choose existing staff members.' } });
  }

  async function unique(uid: PluginUid, field: string, value: string, id: number | null, message: { nl: string; en: string }) {
    const clash = await strapi.db.query(uid).findOne({ where: { [field]: value, ...(id ? { id: { $ne: id } } : {}) }, select: ['id'] });
    if (clash) throw new InvalidInputError({ [field]: message });
  }

  return {
    async overview() {
      const [procedure, form, closedDays, warnings] = await Promise.all([
        getService(strapi, 'settings').get(),
        getService(strapi, 'publicForm').settings(),
        strapi.db.query(UID.closedDay).findMany({ orderBy: { date: 'asc' } }),
        getService(strapi, 'settings').warnings(getService(strapi, 'clock').now()),
      ]);
      // The defaults the form falls back to, so editors see what a field shows when they leave it empty.
      const formDefaults = {
        texts: DEFAULT_FORM_TEXTS,
        fields: FIELD_SPECS.map((f) => ({ name: f.name, label: f.label, help: f.help ?? null, requirable: isRequirable(f.name) })),
      };
      // editors narrow the site's document limits; without a scanner there are none to set
      const attachments = getService(strapi, 'attachments');
      return { procedure, form, closedDays, formDefaults, warnings, documents: attachments.accepting() ? attachments.siteRules() : null };
    },

    /** Choose a regime: its preset fills the terms and the next body (services/settings.ts). */
    async applyRegime(regime: Regime, userId: number) {
      const updated = await getService(strapi, 'settings').applyRegime(regime);
      refresh();
      log(userId, `regime ${regime} applied`);
      return updated;
    },

    async updateProcedure(patch: Record<string, unknown>, userId: number) {
      const updated = await getService(strapi, 'settings').update(patch);
      refresh();
      log(userId, `procedure ${Object.keys(patch).join(', ')}`);
      return updated;
    },

    async updateForm(patch: Record<string, unknown>, userId: number) {
      assertWithinSite(patch, getService(strapi, 'attachments').siteRules());
      const updated = await getService(strapi, 'publicForm').update(patch);
      refresh();
      log(userId, `form ${Object.keys(patch).join(', ')}`);
      return updated;
    },

    /** Public holidays and closed days of a year, for the editors' calendar view. */
    async calendar(year: number) {
      const settings = await getService(strapi, 'settings').get();
      const holidays = [...publicHolidays(year, settings).entries()].map(([date, name]) => ({ date, name, kind: 'holiday' as const }));
      const closed: ClosedDayRow[] = await strapi.db.query(UID.closedDay).findMany({ where: { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, orderBy: { date: 'asc' } });
      return [...holidays, ...closed.map((d) => ({ id: d.id, date: String(d.date).slice(0, 10), name: d.name, kind: d.kind }))].sort((a, b) => a.date.localeCompare(b.date));
    },

    async addClosedDay(input: { date: string; name: string; kind: 'decree' | 'organisation' }, userId: number) {
      // a weekend day or a public holiday is not a working day already: listing it would say something it does not do
      const settings = await getService(strapi, 'settings').get();
      const offAlready = new WorkingDayCalendar({ ...settings, closedDays: [] }).dayOffReason(input.date);
      if (offAlready) {
        const nl = offAlready === 'weekend' ? 'Dit is een zaterdag of zondag' : `Dit is ${offAlready}`;
        const en = offAlready === 'weekend' ? 'This is a Saturday or Sunday' : `This is ${offAlready}`;
        throw new InvalidInputError({ date: { nl: `${nl}: die dag telt al niet als werkdag.`, en: `${en}: that day is not a working day already.` } });
      }
      await unique(UID.closedDay, 'date', input.date, null, { nl: 'Deze dag staat er al in.', en: 'This day is already listed.' });
      const day = await strapi.db.query(UID.closedDay).create({ data: input });
      refresh();
      log(userId, `closed day ${input.date} added`);
      return day;
    },

    async removeClosedDay(id: number, userId: number) {
      const day = await strapi.db.query(UID.closedDay).findOne({ where: { id } });
      if (!day) throw new NotFoundError();
      await strapi.db.query(UID.closedDay).delete({ where: { id } });
      refresh();
      log(userId, `closed day ${day.date} removed`);
    },

    async saveDepartment(id: number | null, input: DepartmentInput, userId: number) {
      await assertUsers([input.managerId, ...input.staffUserIds], input.managerId ? 'managerId' : 'staffUserIds');
      await assertUsers([input.superiorId], 'superiorId');
      if (input.superiorId !== null && input.superiorId === input.managerId) {
        throw new InvalidInputError({ superiorId: { nl: 'Kies iemand anders dan de manager zelf.', en: 'Choose someone other than the manager.' } });
      }
      await unique(UID.department, 'name', input.name, id, { nl: 'Er is al een afdeling met deze naam.', en: 'A department with this name exists.' });
      if (id && !(await strapi.db.query(UID.department).findOne({ where: { id }, select: ['id'] }))) throw new NotFoundError();
      const saved = await strapi.db.transaction(async () => {
        // One department receives complaints of unknown department.
        if (input.receivesUnassigned) await strapi.db.query(UID.department).updateMany({ where: { receivesUnassigned: true }, data: { receivesUnassigned: false } });
        return id ? strapi.db.query(UID.department).update({ where: { id }, data: input }) : strapi.db.query(UID.department).create({ data: input });
      });
      refresh();
      log(userId, `department ${saved.name} saved`);
      return saved;
    },

    async saveCategory(id: number | null, input: CategoryInput, userId: number) {
      await unique(UID.category, 'key', input.key, id, { nl: 'Deze sleutel is al in gebruik.', en: 'This key is already in use.' });
      if (id && !(await strapi.db.query(UID.category).findOne({ where: { id }, select: ['id'] }))) throw new NotFoundError();
      const saved = id ? await strapi.db.query(UID.category).update({ where: { id }, data: input }) : await strapi.db.query(UID.category).create({ data: input });
      refresh();
      log(userId, `category ${saved.key} saved`);
      return saved;
    },
  };
};
