/**
 * One complaint as staff see it: its data, hearing, agreements, the timeline of audit events, its terms
 * in working days, and only the actions the procedure allows now.
 */
import type { Core } from '@strapi/strapi';
import { actionLabel, allowedActions, HANDLING_STATUSES, sideStandings, STATUS_LABELS, STEP_OF_STATUS } from '../domain/procedure';
import { termRules, today } from '../domain/terms';
import { UID } from '../uids';
import { usersRepository } from '../persistence/users';
import type { AccessScope } from './access';
import type { AgreementRow, ComplaintRow, HearingRow, PartRow } from './complaints';
import type { LegacyAccusedColumns } from './persons';
import { sideOf } from '../steps/hearing/rows';
import { getService } from './registry';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Display names of admin users by id. */
  async userNames(ids: Array<number | null | undefined>): Promise<Map<number, string>> {
    return usersRepository(strapi).names(ids);
  },

  async get(complaintId: number, scope: AccessScope | null) {
    const complaints = getService(strapi, 'complaints');
    const complaint = await complaints.requireById(complaintId);
    getService(strapi, 'access').assertCanSee(scope, complaint);

    const now = getService(strapi, 'clock').now();
    // read once: the facts ask for the accounts among them (Awb 9:7), the dossier shows them
    const persons = await getService(strapi, 'persons').of(complaint);
    const [facts, hearings, agreements, events, calendars, settings, department, category, letters] = await Promise.all([
      complaints.facts({ ...complaint, persons }),
      strapi.db.query(UID.hearing).findMany({ where: { complaintId: complaint.id }, orderBy: { id: 'asc' } }) as Promise<HearingRow[]>,
      strapi.db.query(UID.agreement).findMany({ where: { complaintId: complaint.id }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }) as Promise<AgreementRow[]>,
      getService(strapi, 'audit').list(complaint.id),
      getService(strapi, 'settings').calendars(),
      getService(strapi, 'settings').get(),
      getService(strapi, 'catalog').department(complaint.departmentId),
      getService(strapi, 'catalog').category(complaint.categoryId),
      getService(strapi, 'letters').listForComplaint(complaint.id),
    ]);
    const names = await this.userNames([complaint.handlerId, ...persons.map((p) => p.userId), department?.managerId, ...agreements.map((a) => a.ownerUserId)]);
    const day = today(now);
    const calendar = calendars.own;
    // the columns of 0.1.0's single person complained about are empty since the upgrade: not part of the contract
    const { trackingTokenHash: _secret, submissionKeyHash: _key, formTokenNonce: _nonce, accusedName: _name, accusedFunction: _function, accusedUserId: _account, ...visible } = complaint as ComplaintRow & LegacyAccusedColumns;

    return {
      complaint: {
        ...visible,
        statusLabel: STATUS_LABELS[complaint.status],
        step: STEP_OF_STATUS[complaint.status],
        handlerName: complaint.handlerId ? (names.get(complaint.handlerId) ?? null) : null,
        persons: persons.map((p) => ({ ...p, userName: p.userId ? (names.get(p.userId) ?? null) : null })),
        department: department ? { id: department.id, name: department.name, managerId: department.managerId, managerName: department.managerId ? (names.get(department.managerId) ?? null) : null } : null,
        category: category ? { id: category.id, nameNl: category.nameNl, nameEn: category.nameEn } : null,
      },
      terms: {
        today: day,
        acknowledgementDue: complaint.acknowledgementDue,
        acknowledgementDaysLeft: complaint.status === 'received' && complaint.acknowledgementDue ? calendar.workingDaysUntil(day, complaint.acknowledgementDue) : null,
        handlingDue: complaint.handlingDue,
        handlingDueOriginal: complaint.handlingDueOriginal,
        handlingDaysLeft: complaint.handlingDue && HANDLING_STATUSES.includes(complaint.status) ? calendar.workingDaysUntil(day, complaint.handlingDue) : null,
        extended: Boolean(complaint.extendedAt),
        notAdmissibleNoticeDue: complaint.notAdmissibleNoticeDue ?? null,
        lastDayToExtend: HANDLING_STATUSES.includes(complaint.status) && complaint.handlingDue && day <= complaint.handlingDue ? complaint.handlingDue : null,
        rules: termRules(complaint, settings, calendars),
        dissatisfactionOpenUntil: facts.dissatisfactionOpenUntil,
      },
      // the latest conversation (the step pages and the outcome composer speak of it), every one of them,
      // and where each side stands in this round (Awb 9:10)
      hearing: hearings.at(-1) ?? null,
      hearings: hearings.map((row) => ({ ...row, side: sideOf(row) })),
      hearingSides: sideStandings(facts),
      parts: (await strapi.db.query(UID.part).findMany({ where: { complaintId: complaint.id }, orderBy: [{ id: 'asc' }] })) as PartRow[],
      agreements: await Promise.all(
        agreements.map(async (a) => ({
          ...a,
          ownerName: a.ownerUserId ? (names.get(a.ownerUserId) ?? null) : null,
          ownerDepartmentName: a.ownerDepartmentId ? ((await getService(strapi, 'catalog').department(a.ownerDepartmentId))?.name ?? null) : null,
          overdue: a.status === 'open' && day > a.dueDate,
        })),
      ),
      // A sent letter is on the record of its own row; the timeline shows it in its place.
      timeline: [
        ...events,
        ...letters
          .filter((l) => l.sentAt)
          .map((l) => ({ id: `letter-${l.id}`, type: 'letter.sent', fromStatus: null, toStatus: null, actorType: 'system', actorId: null, actorName: null, note: null, data: { letterId: l.id, kind: l.kind, channel: l.channel }, at: l.sentAt })),
      ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()),
      letters,
      allowedActions: allowedActions(facts).map((action) => ({ action, label: actionLabel(action) })),
      questions: await getService(strapi, 'questions').view(complaint.id),
      mails: await getService(strapi, 'mailIntake').forComplaint(complaint.id),
      related: await getService(strapi, 'links').list(complaint, scope),
    };
  },
});
