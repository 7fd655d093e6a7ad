/**
 * The deadline sweep: the procedure's terms watching themselves. On every working day it finds, with one
 * set-based query per kind on the indexed due dates, the acknowledgements due tomorrow or overdue, the
 * handling terms expiring within five working days or overdue, the agreements due by the next working day
 * or overdue, tomorrow's hearings and the last working days to send a not-handled notice (Awb 9:8) for
 * complaints still at step 1 or 2, and queues a reminder for each through the outbox — at most one per
 * complaint, kind, recipient and day (a unique key), so running it twice, or on two instances at once,
 * sends nothing twice. Escalation: an overdue acknowledgement also goes to the department manager, an
 * overdue handling term also to the coordinators, the not-handled notice's last day also to the manager.
 * The handling-term warning (five working days ahead) is also the last chance to extend: an extension is
 * only possible before the term ends.
 */
import type { Core } from '@strapi/strapi';
import type { SweepResult } from '../../../shared/contracts/settings';
import { isoDate, ZONE } from '../domain/calendar';
import { HANDLING_STATUSES, NOT_ADMISSIBLE_STATUSES } from '../domain/procedure';
import { today } from '../domain/terms';
import type { LetterKind } from '../letters/types';
import { UID } from '../uids';
import type { AgreementRow, ComplaintRow, HearingRow } from '../services/complaints';
import type { ContextPreload, Recipient } from '../services/letters';
import { getService } from '../services/registry';
import { REMINDERS_PER_STATEMENT, remindersRepository } from '../persistence/reminders';
import { usersRepository } from '../persistence/users';

const CRON_NAME = 'complaints-deadline-sweep';
export const COORDINATOR_ROLE = 'complaints-coordinator';

export interface SweepFinding {
  kind: LetterKind;
  complaint: ComplaintRow;
  agreementId?: number;
  /** The conversation a hearing reminder is about. */
  hearingId?: number;
  /** Admin users to tell (in addition: the department when nobody is assigned). */
  userIds: Array<number | null>;
  departmentFallback: boolean;
}

// The admin shows the result of a sweep run by hand (shared/contracts/settings.ts).
export type { SweepResult } from '../../../shared/contracts/settings';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let running: Promise<SweepResult> | null = null;
  const complaints = () => strapi.db.query(UID.complaint);
  const reminders = remindersRepository(strapi);

  async function coordinatorIds(): Promise<number[]> {
    const users = usersRepository(strapi);
    const roleId = await users.roleId(COORDINATOR_ROLE);
    if (roleId === null) return [];
    return (await users.activeInRole(roleId)).map((u) => u.id);
  }

  /** Everything due today, by kind (each a single indexed query). */
  async function findings(day: string, nextWorkingDay: string, soon: string): Promise<SweepFinding[]> {
    const catalog = getService(strapi, 'catalog');
    const managerOf = async (complaint: ComplaintRow) => (await catalog.department(complaint.departmentId))?.managerId ?? null;
    const found: SweepFinding[] = [];
    const push = (kind: LetterKind, rows: ComplaintRow[], userIds: (c: ComplaintRow) => Array<number | null> | Promise<Array<number | null>>) =>
      Promise.all(rows.map(async (complaint) => found.push({ kind, complaint, userIds: await userIds(complaint), departmentFallback: !complaint.handlerId })));

    const [ackTomorrow, ackOverdue, expiring, overdue, noticeDue, coordinators] = await Promise.all([
      complaints().findMany({ where: { status: 'received', acknowledgementDue: nextWorkingDay } }),
      complaints().findMany({ where: { status: 'received', acknowledgementDue: { $lt: day } } }),
      complaints().findMany({ where: { status: { $in: HANDLING_STATUSES }, handlingDue: { $gte: day, $lte: soon } } }),
      complaints().findMany({ where: { status: { $in: HANDLING_STATUSES }, handlingDue: { $lt: day } } }),
      complaints().findMany({ where: { status: { $in: NOT_ADMISSIBLE_STATUSES }, notAdmissibleNoticeDue: { $gte: day, $lte: nextWorkingDay } } }),
      coordinatorIds(),
    ]);
    await push('staff_acknowledgement_due_tomorrow', ackTomorrow, (c) => [c.handlerId]);
    await push('staff_acknowledgement_overdue', ackOverdue, async (c) => [c.handlerId, await managerOf(c)]);
    await push('staff_handling_expiring', expiring, (c) => [c.handlerId]);
    await push('staff_handling_overdue', overdue, (c) => [c.handlerId, ...coordinators]);
    // the notice's last day reaches the manager as well; the working day before, the handler alone
    await push('staff_not_admissible_notice_due', noticeDue, async (c) => (c.notAdmissibleNoticeDue === day ? [c.handlerId, await managerOf(c)] : [c.handlerId]));

    // Agreements and hearings: one joined query each, returning the complaint rows they belong to.
    const agreementRows = await reminders.dueAgreements(nextWorkingDay);
    const planned = await reminders.hearingsBetween(startOfDay(day, 1), startOfDay(nextWorkingDay, 1));
    const ids = [...new Set([...agreementRows.map((r) => r.complaintId), ...planned.map((h) => h.complaintId)])];
    const related: ComplaintRow[] = ids.length ? await complaints().findMany({ where: { id: { $in: ids } } }) : [];
    const byId = new Map(related.map((c) => [c.id, c]));

    for (const row of agreementRows) {
      const complaint = byId.get(row.complaintId);
      if (!complaint) continue;
      const dueDate = String(row.dueDate instanceof Date ? isoDate(toZoned(row.dueDate)) : row.dueDate).slice(0, 10);
      // Due after today and by the next working day (that day, or a weekend or closed day before it):
      // today is the last working day before it. Due today: reminded on the working day before.
      const kind: LetterKind | null = dueDate < day ? 'staff_agreement_overdue' : dueDate > day ? 'staff_agreement_due' : null;
      if (!kind) continue;
      const ownerDepartmentManager = row.ownerDepartmentId ? ((await catalog.department(row.ownerDepartmentId))?.managerId ?? null) : null;
      found.push({ kind, complaint, agreementId: row.agreementId, userIds: [row.ownerUserId ?? ownerDepartmentManager ?? complaint.handlerId], departmentFallback: !row.ownerUserId && !ownerDepartmentManager && !complaint.handlerId });
    }
    for (const { complaintId, hearingId } of planned) {
      const complaint = byId.get(complaintId);
      if (complaint) found.push({ kind: 'staff_hearing_tomorrow', complaint, hearingId, userIds: [complaint.handlerId], departmentFallback: !complaint.handlerId });
    }
    return found;
  }

  function startOfDay(isoDay: string, plusDays: number): Date {
    return toZoned(new Date(`${isoDay}T12:00:00Z`)).startOf('day').plus({ days: plusDays }).toJSDate();
  }

  function toZoned(date: Date) {
    const { DateTime } = require('luxon') as typeof import('luxon');
    return DateTime.fromJSDate(date, { zone: ZONE });
  }

  /**
   * The hearings, agreements and names the reminders' letters mention, in a few queries for the whole
   * sweep: a first sweep on a large register finds thousands, and a few queries per letter add up to
   * seconds on a networked database.
   */
  async function preloadFor(all: SweepFinding[]): Promise<ContextPreload> {
    const complaintIds = [...new Set(all.filter((f) => f.kind === 'staff_hearing_tomorrow' || f.agreementId).map((f) => f.complaint.id))];
    const agreementIds = [...new Set(all.map((f) => f.agreementId).filter((id): id is number => typeof id === 'number'))];
    const hearings = new Map<number, HearingRow>();
    const agreements = new Map<number, AgreementRow>();
    // A hearing's reminder lists all of its complaint's agreements (usually none yet): read them for all at once.
    const withHearing = [...new Set(all.filter((f) => f.kind === 'staff_hearing_tomorrow').map((f) => f.complaint.id))];
    const agreementsOf = new Map<number, AgreementRow[]>(withHearing.map((id) => [id, []]));
    for (let i = 0; i < withHearing.length; i += 500) {
      const rows: AgreementRow[] = await strapi.db.query(UID.agreement).findMany({ where: { complaintId: { $in: withHearing.slice(i, i + 500) } }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
      for (const row of rows) agreementsOf.get(row.complaintId)?.push(row);
    }
    for (let i = 0; i < complaintIds.length; i += 500) {
      // ascending ids: the last one seen per complaint is its current hearing
      const rows: HearingRow[] = await strapi.db.query(UID.hearing).findMany({ where: { complaintId: { $in: complaintIds.slice(i, i + 500) } }, orderBy: { id: 'asc' } });
      for (const row of rows) hearings.set(row.complaintId, row);
    }
    // a reminder of tomorrow's conversation speaks of that one (each side may have its own)
    const tomorrow = all.map((f) => f.hearingId).filter((id): id is number => typeof id === 'number');
    for (let i = 0; i < tomorrow.length; i += 500) {
      const rows: HearingRow[] = await strapi.db.query(UID.hearing).findMany({ where: { id: { $in: tomorrow.slice(i, i + 500) } } });
      for (const row of rows) hearings.set(row.complaintId, row);
    }
    for (let i = 0; i < agreementIds.length; i += 500) {
      const rows: AgreementRow[] = await strapi.db.query(UID.agreement).findMany({ where: { id: { $in: agreementIds.slice(i, i + 500) } } });
      for (const row of rows) agreements.set(row.id, row);
    }
    const userIds = [...all.map((f) => f.complaint.handlerId), ...[...agreements.values(), ...[...agreementsOf.values()].flat()].map((a) => a.ownerUserId)];
    const names = await getService(strapi, 'dossier').userNames(userIds);
    return { hearings, agreements, agreementsOf, names };
  }

  async function run(): Promise<SweepResult> {
    const started = Date.now();
    const now = getService(strapi, 'clock').now();
    const calendar = await getService(strapi, 'settings').calendar();
    const day = today(now);
    const result: SweepResult = { day, workingDay: calendar.isWorkingDay(day), findings: {}, queued: 0, ms: 0 };
    // Staff work on working days: reminders wait for the next one.
    if (!result.workingDay) return { ...result, ms: Date.now() - started };

    const nextWorkingDay = isoDate(calendar.nextWorkingDay(day));
    const soon = isoDate(calendar.addWorkingDays(day, 5));
    const letters = getService(strapi, 'letters');
    const all = await findings(day, nextWorkingDay, soon);
    for (const finding of all) result.findings[finding.kind] = (result.findings[finding.kind] ?? 0) + 1;

    // Keys queued earlier today are not rendered again.
    const done = await reminders.keysOfDay(day);
    const users = new Map<number, Recipient>();
    const wanted = [...new Set(all.flatMap((f) => f.userIds).filter((id): id is number => typeof id === 'number'))];
    for (const recipient of await letters.staffWithIds(wanted)) users.set(recipient.id, recipient);

    const preload = await preloadFor(all);
    // The reminders go to the database a batch at a time while the next ones are rendered: a first sweep
    // on a large register queues thousands, and storing them all only after rendering them all added the
    // two up. One batch in flight at a time; after a failed one nothing more is stored and the sweep fails
    // (as before: what was stored stays, and a rerun skips it by its dedupe key).
    let queued = 0;
    let batch: Record<string, unknown>[] = [];
    let stored: Promise<void> = Promise.resolve();
    const store = (rows: Record<string, unknown>[]) => {
      stored = stored.then(() => reminders.insert(rows));
      // awaited below; this keeps a failure from counting as unhandled while rendering goes on
      stored.catch(() => undefined);
    };
    for (const finding of all) {
      const recipients: Recipient[] = [...new Set(finding.userIds)].map((id) => (id ? users.get(id) : undefined)).filter((r): r is Recipient & { id: number } => Boolean(r));
      if (!recipients.length || finding.departmentFallback) recipients.push(...(await letters.departmentRecipients(finding.complaint)).filter((r) => !recipients.some((x) => x.email === r.email)));
      for (const recipient of recipients.filter((r) => r.email)) {
        const dedupeKey = `${day}:${finding.kind}:${finding.complaint.id}:${finding.agreementId ?? ''}:${recipient.email}`;
        if (done.has(dedupeKey)) continue;
        done.add(dedupeKey);
        const options = { kind: finding.kind, audience: 'staff' as const, recipient, channel: 'email' as const, dedupeKey, agreementId: finding.agreementId, light: finding.kind !== 'staff_hearing_tomorrow', preload };
        batch.push(letters.row(finding.complaint, options, await letters.context(finding.complaint, recipient, options)));
        queued += 1;
        if (batch.length === REMINDERS_PER_STATEMENT) {
          store(batch);
          batch = [];
        }
        // Rendering awaits only settled promises, which never let the event loop read the database's
        // answers: without a pause now and then each INSERT would be answered only when rendering ends.
        if (queued % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (batch.length) store(batch);
    await stored;
    result.queued = queued;
    if (queued) getService(strapi, 'outbox').wake();
    result.ms = Date.now() - started;
    if (queued) strapi.log.info(`[complaints] deadline sweep ${day}: ${queued} reminders queued (${JSON.stringify(result.findings)})`);
    return result;
  }

  return {
    findings,

    /** One sweep; concurrent calls in this instance share it. */
    async run(): Promise<SweepResult> {
      if (!running) running = run().finally(() => (running = null));
      return running;
    },

    start(): void {
      if (!getService(strapi, 'outbox').running()) return;
      const minutes = Math.max(1, Number((strapi.config.get('plugin::complaints.sweepMinutes') as number) ?? 15));
      strapi.cron.add({
        [CRON_NAME]: {
          task: () => this.run().catch((error) => strapi.log.error(`[complaints] sweep: ${error?.stack ?? error}`)),
          options: { rule: `0 */${minutes} * * * *`, tz: ZONE },
        },
      });
      setImmediate(() => this.run().catch((error) => strapi.log.error(`[complaints] sweep: ${error?.stack ?? error}`)));
    },

    stop(): void {
      strapi.cron.remove(CRON_NAME);
    },
  };
};
