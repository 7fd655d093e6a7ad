/**
 * 0.2.0: statutory terms run from the date of receipt. Earlier releases counted the handling term and the
 * not-handled notice term from the organisation's own term start (after its cut-off hour or closed days:
 * the next working day), which made them up to six days late. Complaints still being handled get their
 * terms as the law counts them (an extended or consented term keeps its date: the complainant was told
 * it); handled complaints get the report fact "in time against the original term" beside the one they had.
 */
import { DateTime } from 'luxon';
import type { UpgradeStep } from '.';
import { HANDLING_STATUSES } from '../../../shared/procedure';
import { DECREE_DAYS, WorkingDayCalendar, ZONE, statutoryRules } from '../domain/calendar';
import { DEFAULT_TERM_SETTINGS, statutoryTerms, type TermSettings } from '../domain/terms';

const COMPLAINTS = 'complaints_complaints';
const PAGE = 500;

type Knex = Parameters<UpgradeStep['run']>[0];

/** A stored date or datetime as the dialects return it: a string, epoch milliseconds or a Date. */
function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) return new Date(Number(value));
  return new Date(String(value));
}

function isoDay(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && value.length <= 10) return value;
  return DateTime.fromJSDate(instant(value), { zone: ZONE }).toISODate();
}

async function termSettings(trx: Knex): Promise<TermSettings> {
  const row = (await trx.schema.hasTable('complaints_settings')) ? await trx('complaints_settings').first() : null;
  const pick = (column: string, fallback: number) => (row?.[column] === null || row?.[column] === undefined ? fallback : Number(row[column]));
  return {
    ...DEFAULT_TERM_SETTINGS,
    handlingWeeks: pick('handling_weeks', DEFAULT_TERM_SETTINGS.handlingWeeks),
    advisoryCommitteeHandlingWeeks: pick('advisory_committee_handling_weeks', DEFAULT_TERM_SETTINGS.advisoryCommitteeHandlingWeeks),
    useAdvisoryCommittee: Boolean(row?.use_advisory_committee),
    notAdmissibleNoticeWeeks: pick('not_admissible_notice_weeks', DEFAULT_TERM_SETTINGS.notAdmissibleNoticeWeeks),
  };
}

async function statutoryCalendar(trx: Knex): Promise<WorkingDayCalendar> {
  const stored: Array<{ date: unknown }> = (await trx.schema.hasTable('complaints_closed_days')) ? await trx('complaints_closed_days').select('date').where('kind', 'decree') : [];
  const days = new Set([...DECREE_DAYS.map((d) => d.date), ...stored.map((d) => isoDay(d.date)).filter((d): d is string => Boolean(d))]);
  return new WorkingDayCalendar(statutoryRules(days));
}

export const statutoryTermsFromReceipt: UpgradeStep = {
  name: '0.2.0-statutory-terms-from-receipt',
  async run(trx) {
    if (!(await trx.schema.hasTable(COMPLAINTS))) return;
    const settings = await termSettings(trx);
    const statutory = await statutoryCalendar(trx);

    let after = 0;
    for (;;) {
      const rows = await trx(COMPLAINTS)
        .select('id', 'status', 'received_at', 'received_on', 'handling_due', 'handling_due_original', 'not_admissible_notice_due', 'extended_at', 'delay_consent_at', 'handled_in_time', 'handled_in_original_term', 'handling_days')
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE);
      if (!rows.length) break;
      for (const row of rows) {
        const changes: Record<string, unknown> = {};
        if ((HANDLING_STATUSES as readonly string[]).includes(row.status) && row.received_at) {
          const terms = statutoryTerms(instant(row.received_at), statutory, settings);
          const original = isoDay(row.handling_due_original);
          if (original !== terms.handlingDue) changes.handling_due_original = terms.handlingDue;
          if (isoDay(row.not_admissible_notice_due) !== terms.notAdmissibleNoticeDue) changes.not_admissible_notice_due = terms.notAdmissibleNoticeDue;
          // a term extended or delayed by consent keeps the date the complainant was told
          if (!row.extended_at && !row.delay_consent_at && isoDay(row.handling_due) !== terms.handlingDue) changes.handling_due = terms.handlingDue;
        }
        if (row.status === 'not_admissible' && row.received_at && row.handling_days !== null && row.handling_days !== undefined) {
          // a not-handled notice is in time against its own term (Awb 9:8), which earlier releases did not use
          const due = statutoryTerms(instant(row.received_at), statutory, settings).notAdmissibleNoticeDue;
          const inTime = handledOn(row) <= due;
          Object.assign(changes, { not_admissible_notice_due: due, handled_in_time: inTime, handled_in_original_term: inTime });
        } else if (row.handled_in_time !== null && row.handled_in_time !== undefined && (row.handled_in_original_term === null || row.handled_in_original_term === undefined)) {
          changes.handled_in_original_term = handledInOriginalTerm(row);
        }
        if (Object.keys(changes).length) await trx(COMPLAINTS).where('id', row.id).update(changes);
      }
      after = rows[rows.length - 1].id;
    }
  },
};

/** The day a handled complaint was handled: its receipt day plus the handling days it stored. */
function handledOn(row: Record<string, unknown>): string {
  const receivedOn = isoDay(row.received_on) ?? (isoDay(row.received_at) as string);
  return DateTime.fromISO(receivedOn, { zone: ZONE }).plus({ days: Number(row.handling_days) }).toISODate() as string;
}

/** In time against the original term, from what a handled complaint stored. */
function handledInOriginalTerm(row: Record<string, unknown>): boolean {
  const inTime = row.handled_in_time === true || Number(row.handled_in_time) === 1;
  const original = isoDay(row.handling_due_original) ?? isoDay(row.handling_due);
  if (!original || (!row.received_on && !row.received_at) || row.handling_days === null || row.handling_days === undefined) return inTime;
  return handledOn(row) <= original;
}
