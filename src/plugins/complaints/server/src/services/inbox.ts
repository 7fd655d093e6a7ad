/**
 * Lists of complaints for the admin pages: filtered (step, status, department, overdue, search), sorted by
 * the term that matters, paginated in the database, narrowed to what the user may see.
 */
import type { Core } from '@strapi/strapi';
import { HANDLING_STATUSES, NOT_ADMISSIBLE_STATUSES, OPEN_STATUSES, STEP_OF_STATUS, STATUSES, STATUSES_OF_STEP, type ComplaintStatus } from '../domain/procedure';
import { today } from '../domain/terms';
import { UID } from '../uids';
import { scopeFilter, type AccessScope } from './access';
import type { AgreementRow, ComplaintRow, HearingRow } from './complaints';
import { getService } from './registry';
import { sideOf, stateOf } from '../steps/hearing/rows';
import { complaintsRepository } from '../persistence/complaints';

export interface InboxQuery {
  step?: number;
  status?: ComplaintStatus[];
  departmentId?: number;
  overdue?: 'acknowledgement' | 'handling' | 'agreements' | 'any';
  /** Handling term ending within this many working days (not yet overdue). */
  expiring?: number;
  disputeEligible?: boolean;
  behaviour?: boolean;
  /** "Mijn klachten": open complaints the user handles, and the unassigned ones of the user's departments. */
  mine?: boolean;
  search?: string;
  sort?: 'due' | 'received' | 'reference';
  page: number;
  pageSize: number;
}


export const SUMMARY_FIELDS = [
  'id',
  'reference',
  'status',
  'channel',
  'receivedAt',
  'complainantName',
  'departmentId',
  'categoryId',
  'aboutEmployeeBehaviour',
  'handlerId',
  'acknowledgementDue',
  'handlingDue',
  'disputeEligible',
  'dissatisfactionDeclaredAt',
  'outcomeAcceptedAt',
  'closedAt',
] as const;

/** A complaint as the lists read it. */
export type ComplaintSummaryRow = Pick<ComplaintRow, (typeof SUMMARY_FIELDS)[number]>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Complaints with an open agreement past its due date. */
  async withOverdueAgreements(day: string): Promise<number[]> {
    return complaintsRepository(strapi).withOverdueAgreements(day);
  },

  async where(query: InboxQuery, scope: AccessScope, now: Date): Promise<Record<string, unknown>> {
    const and: Record<string, unknown>[] = [];
    const scoped = scopeFilter(scope);
    if (Object.keys(scoped).length) and.push(scoped);
    if (query.step) and.push({ status: { $in: STATUSES_OF_STEP[query.step] ?? [] } });
    if (query.status?.length) and.push({ status: { $in: query.status } });
    if (query.departmentId) and.push({ departmentId: query.departmentId });
    if (query.behaviour !== undefined) and.push({ aboutEmployeeBehaviour: query.behaviour });
    if (query.mine) {
      and.push({ status: { $in: OPEN_STATUSES } });
      and.push({ $or: [{ handlerId: scope.userId }, { handlerId: null, departmentId: { $in: [-1, ...scope.departmentIds] } }] });
    }
    const day = today(now);
    const ackOverdue = { status: 'received', acknowledgementDue: { $lt: day } };
    const handlingOverdue = { status: { $in: HANDLING_STATUSES }, handlingDue: { $lt: day } };
    if (query.overdue === 'acknowledgement') and.push(ackOverdue);
    if (query.overdue === 'handling') and.push(handlingOverdue);
    if (query.overdue === 'any') and.push({ $or: [ackOverdue, handlingOverdue] });
    if (query.overdue === 'agreements') and.push({ status: { $in: ['agreements_sent', 'monitoring'] }, id: { $in: [-1, ...(await this.withOverdueAgreements(day))] } });
    if (query.expiring) {
      const calendar = await getService(strapi, 'settings').calendar();
      const until = calendar.addWorkingDays(day, query.expiring).toISODate();
      and.push({ status: { $in: HANDLING_STATUSES }, handlingDue: { $gte: day, $lte: until } });
    }
    if (query.disputeEligible !== undefined) and.push({ disputeEligible: query.disputeEligible });
    const search = query.search?.trim();
    if (search) and.push(await this.searchFilter(search));
    return and.length ? { $and: and } : {};
  },

  /**
   * One search box for references, names, the description's text, e-mail addresses, postal codes and
   * numbers. A whole reference is one index lookup; the number alone ("13") is the reference number; an
   * e-mail address or a postal code is looked for in that field only. A part of a reference ("KL-2026",
   * "2026-0001"), a name or a word of the description needs a LIKE (answered from indexes, see
   * persistence/search-index.ts); the reference branch is added only when the term can be part of one (it has a digit or is the
   * start of "<prefix>-"), because an OR with it makes both databases read every row, where a name alone
   * is answered from an index.
   */
  async searchFilter(search: string): Promise<Record<string, unknown>> {
    const upper = search.toUpperCase();
    if (/^[A-Z]{1,6}-\d{4}-\d+$/.test(upper)) return { reference: upper };
    const repository = complaintsRepository(strapi);
    if (search.includes('@')) return repository.emailContains(search.toLowerCase());
    // stored as "1234 AB" (validation/complaint-details.ts)
    if (/^\d{4}\s?[A-Z]{2}$/.test(upper)) return { complainantPostalCode: `${upper.slice(0, 4)} ${upper.slice(-2)}` };
    const byName = await repository.nameOrTextContains(search);
    const { referencePrefix } = await getService(strapi, 'settings').get();
    const mayBeReference = /\d/.test(upper) || `${referencePrefix.toUpperCase()}-`.startsWith(upper) || upper.startsWith(`${referencePrefix.toUpperCase()}-`);
    if (!mayBeReference) return byName;
    // References are stored upper case, so a prefix needs no case folding.
    const number = /^\d{1,9}$/.test(upper) ? [{ referenceNumber: Number(upper) }, { complainantClientNumber: search }, repository.fieldContains('complainantPhone', search)] : [];
    return { $or: [{ reference: { $startsWith: upper } }, { reference: { $contains: `-${upper}` } }, ...number, byName] };
  },

  async list(query: InboxQuery, scope: AccessScope) {
    const now = getService(strapi, 'clock').now();
    const where = await this.where(query, scope, now);
    const orderBy =
      query.sort === 'received'
        ? [{ receivedAt: 'desc' }, { id: 'desc' }]
        : query.sort === 'reference'
          ? [{ referenceYear: 'desc' }, { referenceNumber: 'desc' }]
          : query.mine && !query.sort
            ? [{ handlingDue: 'asc' }, { id: 'asc' }]
            : query.step === 2 || query.step === 1
            ? [{ acknowledgementDue: 'asc' }, { id: 'asc' }]
            : query.step || query.sort === 'due'
              ? [{ handlingDue: 'asc' }, { id: 'asc' }]
              : // every complaint, finished ones too: the newest first, not the oldest term (long past for closed ones)
                [{ receivedAt: 'desc' }, { id: 'desc' }];
    const [rows, total] = await Promise.all([
      strapi.db.query(UID.complaint).findMany({
        where,
        orderBy,
        select: [...SUMMARY_FIELDS],
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      strapi.db.query(UID.complaint).count({ where }),
    ]);
    return {
      results: await this.summaries(rows, now),
      pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
    };
  },

  /** Rows as the lists show them: names resolved, terms as working days left. */
  async summaries(rows: ComplaintSummaryRow[], now: Date) {
    const catalog = getService(strapi, 'catalog');
    const ids = rows.map((r) => r.id);
    // The page's agreements and hearings in two queries (pages 3 and 5 show them per row), alongside the rest.
    type PageAgreement = Pick<AgreementRow, 'complaintId' | 'status' | 'dueDate'>;
    type PageHearing = Pick<HearingRow, 'complaintId' | 'plannedAt' | 'mode' | 'heldAt' | 'skippedReason' | 'location' | 'attendees' | 'accusedInvited' | 'side' | 'respondBy' | 'earlierRound'>;
    const [agreements, hearings, departments, categories, calendar, users] = await Promise.all([
      ids.length ? (strapi.db.query(UID.agreement).findMany({ where: { complaintId: { $in: ids } }, select: ['complaintId', 'status', 'dueDate'] }) as Promise<PageAgreement[]>) : [],
      ids.length ? (strapi.db.query(UID.hearing).findMany({ where: { complaintId: { $in: ids } }, select: ['complaintId', 'plannedAt', 'mode', 'heldAt', 'skippedReason', 'location', 'attendees', 'accusedInvited', 'side', 'respondBy', 'earlierRound'] }) as Promise<PageHearing[]>) : [],
      catalog.departments(),
      catalog.categories(),
      getService(strapi, 'settings').calendar(),
      getService(strapi, 'dossier').userNames(rows.map((r) => r.handlerId)),
    ]);
    const day = today(now);
    return rows.map((row) => {
      const ackOpen = row.status === 'received';
      const handlingOpen = HANDLING_STATUSES.includes(row.status);
      const own = agreements.filter((a) => a.complaintId === row.id);
      const open = own.filter((a) => a.status === 'open');
      // the next conversation still to be held (each side may have its own), else the latest
      const round = hearings.filter((h) => h.complaintId === row.id && !h.earlierRound);
      const next = round.filter((h) => stateOf(h) === 'planned').sort((a, b) => String(a.plannedAt).localeCompare(String(b.plannedAt)))[0];
      const hearing = next ?? round.at(-1);
      return {
        ...row,
        agreementsTotal: own.length,
        agreementsOpen: open.length,
        agreementsOverdue: open.filter((a) => day > a.dueDate).length,
        nextAgreementDue: open.map((a) => a.dueDate).sort()[0] ?? null,
        hearingPlannedAt: hearing && stateOf(hearing) === 'planned' ? hearing.plannedAt : null,
        hearingMode: hearing?.mode ?? null,
        hearingLocation: hearing?.location ?? null,
        hearingAttendees: hearing?.attendees ?? null,
        hearingAccusedInvited: Boolean(hearing?.accusedInvited),
        hearingSide: hearing ? sideOf(hearing) : null,
        hearingRespondBy: hearing?.respondBy ?? null,
        step: STEP_OF_STATUS[row.status],
        departmentName: departments.find((d) => d.id === row.departmentId)?.name ?? null,
        categoryName: categories.find((c) => c.id === row.categoryId)?.nameNl ?? null,
        handlerName: row.handlerId ? (users.get(row.handlerId) ?? null) : null,
        acknowledgementDaysLeft: ackOpen && row.acknowledgementDue ? calendar.workingDaysUntil(day, row.acknowledgementDue) : null,
        acknowledgementOverdue: ackOpen && !!row.acknowledgementDue && day > row.acknowledgementDue,
        handlingDaysLeft: handlingOpen && row.handlingDue ? calendar.workingDaysUntil(day, row.handlingDue) : null,
        handlingOverdue: handlingOpen && !!row.handlingDue && day > row.handlingDue,
      };
    });
  },

  /** The overview page: how many complaints wait where, and which terms need attention. */
  async overview(scope: AccessScope) {
    const now = getService(strapi, 'clock').now();
    const calendar = await getService(strapi, 'settings').calendar();
    const day = today(now);
    const soon = calendar.addWorkingDays(day, 5).toISODate() as string;
    const scoped = scopeFilter(scope);
    const count = (where: Record<string, unknown>) =>
      strapi.db.query(UID.complaint).count({ where: Object.keys(scoped).length ? { $and: [scoped, where] } : where });

    const byStatus: Record<string, number> = {};
    const grouped = await complaintsRepository(strapi).countByStatus(scoped);
    for (const status of STATUSES) byStatus[status] = grouped.get(status) ?? 0;

    const byStep: Record<number, number> = {};
    for (const [step, statuses] of Object.entries(STATUSES_OF_STEP)) byStep[Number(step)] = statuses.reduce((n, s) => n + (byStatus[s] ?? 0), 0);

    const [acknowledgementOverdue, handlingOverdue, handlingExpiringSoon, disputesEligible, agreementsOverdue, complaintsWithOverdueAgreements, notAdmissibleNoticeDueSoon, warnings] = await Promise.all([
      count({ status: 'received', acknowledgementDue: { $lt: day } }),
      count({ status: { $in: HANDLING_STATUSES }, handlingDue: { $lt: day } }),
      count({ status: { $in: HANDLING_STATUSES }, handlingDue: { $gte: day, $lte: soon } }),
      count({ status: 'dispute', disputeEligible: true }),
      this.overdueAgreementCount(scope, day),
      count({ status: { $in: ['agreements_sent', 'monitoring'] }, id: { $in: [-1, ...(await this.withOverdueAgreements(day))] } }),
      count({ status: { $in: NOT_ADMISSIBLE_STATUSES }, notAdmissibleNoticeDue: { $gte: day, $lte: soon } }),
      getService(strapi, 'settings').warnings(now),
    ]);
    return { byStatus, byStep, acknowledgementOverdue, handlingOverdue, handlingExpiringSoon, disputesEligible, agreementsOverdue, complaintsWithOverdueAgreements, notAdmissibleNoticeDueSoon, today: day, warnings };
  },

  async overdueAgreementCount(scope: AccessScope, day: string): Promise<number> {
    const scoped = scopeFilter(scope);
    const monitored = { status: { $in: ['agreements_sent', 'monitoring'] } };
    return complaintsRepository(strapi).overdueAgreementCount(Object.keys(scoped).length ? { $and: [scoped, monitored] } : monitored, day);
  },
});
