/**
 * The annual report's figures as the database counts them: grouped over the complaints received in a
 * period (by the calendar day of receipt), with their hearings and agreements. The report service names
 * and orders them.
 */
import type { Core } from '@strapi/strapi';
import { TABLE } from '../uids';
import { dialectOf } from './database';

export interface ReportPeriod {
  from: string;
  to: string;
}

/** A count as the databases return it: PostgreSQL's count() is a bigint, which pg hands over as a string. */
type DbCount = number | string;
/** A knex query builder, as Strapi's connection makes them. */
type QueryBuilder = ReturnType<Core.Strapi['db']['connection']['queryBuilder']>;
type Key = string | number | null;

const GROUPS = { category: 'category_id', department: 'department_id', channel: 'channel', status: 'status', judgement: 'judgement' } as const;

/** The complaints a count takes. */
const CONDITIONS = {
  acknowledged: (q: QueryBuilder) => q.whereNotNull('acknowledged_at'),
  acknowledgedInTime: (q: QueryBuilder) => q.where('acknowledged_in_time', true),
  handled: (q: QueryBuilder) => q.whereNotNull('handled_in_time'),
  handledInTime: (q: QueryBuilder) => q.where('handled_in_time', true),
  handledInOriginalTerm: (q: QueryBuilder) => q.where('handled_in_original_term', true),
  notAdmissibleNotice: (q: QueryBuilder) => q.where('status', 'not_admissible').whereNotNull('handled_in_time'),
  notAdmissibleNoticeInTime: (q: QueryBuilder) => q.where('status', 'not_admissible').where('handled_in_time', true),
  behaviour: (q: QueryBuilder) => q.where('about_employee_behaviour', true),
  dissatisfied: (q: QueryBuilder) => q.whereNotNull('dissatisfaction_declared_at'),
  disputeEligible: (q: QueryBuilder) => q.where('dispute_eligible', true),
  surveyAnswered: (q: QueryBuilder) => q.whereNotNull('survey_answered_at'),
  surveySatisfied: (q: QueryBuilder) => q.where('survey_satisfied', true),
};

export function reportFigures(strapi: Core.Strapi) {
  const knex = () => strapi.db.connection;
  const inPeriod = (period: ReportPeriod, alias = '') => (q: QueryBuilder) => q.whereBetween(`${alias}received_on`, [period.from, period.to]);
  const num = (value: unknown) => Number(value ?? 0);
  /** Rows of `table` whose complaint was received in the period. */
  const joined = (table: string, period: ReportPeriod) => knex()(`${table} as x`).join(`${TABLE.complaint} as c`, 'c.id', 'x.complaint_id').where(inPeriod(period, 'c.'));

  return {
    async countBy(group: keyof typeof GROUPS, period: ReportPeriod): Promise<Array<{ key: Key; count: number }>> {
      const column = GROUPS[group];
      const rows = await knex()(TABLE.complaint).select(`${column} as key`).count({ n: '*' }).where(inPeriod(period)).groupBy(column).orderBy(column);
      return (rows as Array<{ key: Key; n: DbCount }>).map((r) => ({ key: r.key, count: num(r.n) }));
    },

    async count(period: ReportPeriod, condition: keyof typeof CONDITIONS): Promise<number> {
      const [row] = await knex()(TABLE.complaint).count({ n: '*' }).where(inPeriod(period)).modify(CONDITIONS[condition]);
      return num((row as { n: DbCount }).n);
    },

    /** Median of handling days, in the database (ORDER BY … LIMIT 1 OFFSET n/2 works on both dialects). */
    async medianHandlingDays(period: ReportPeriod): Promise<number | null> {
      const finished = (q: QueryBuilder) => q.where(inPeriod(period)).whereNotNull('handling_days');
      const [{ n }] = (await knex()(TABLE.complaint).count({ n: '*' }).modify(finished)) as Array<{ n: DbCount }>;
      const total = num(n);
      if (!total) return null;
      const middle = async (offset: number) => num(((await knex()(TABLE.complaint).select('handling_days').modify(finished).orderBy('handling_days').limit(1).offset(offset)) as Array<{ handling_days: number | string }>)[0].handling_days);
      return total % 2 ? middle((total - 1) / 2) : (await middle(total / 2 - 1) + (await middle(total / 2))) / 2;
    },

    async byMonth(period: ReportPeriod): Promise<Array<{ month: string; count: number }>> {
      const month = dialectOf(strapi) === 'postgres' ? knex().raw("to_char(received_on, 'YYYY-MM')") : knex().raw('substr(received_on, 1, 7)');
      const rows = await knex()(TABLE.complaint).select({ month }).count({ n: '*' }).where(inPeriod(period)).groupBy(month).orderBy('month');
      return (rows as Array<{ month: unknown; n: DbCount }>).map((r) => ({ month: String(r.month), count: num(r.n) }));
    },

    /** The parts judged one by one (Awb 9:12), by judgement; those of an outcome that a reopening ended are left out. */
    async partsByJudgement(period: ReportPeriod): Promise<Array<{ key: Key; count: number }>> {
      const rows = await joined(TABLE.part, period)
        .where((q) => q.where('x.earlier_round', false).orWhereNull('x.earlier_round'))
        .select('x.judgement as key')
        .count({ n: '*' })
        .groupBy('x.judgement')
        .orderBy('x.judgement');
      return (rows as Array<{ key: Key; n: DbCount }>).map((r) => ({ key: r.key, count: num(r.n) }));
    },

    async hearings(period: ReportPeriod): Promise<{ held: number; skipped: number }> {
      const [row] = (await joined(TABLE.hearing, period).select(knex().raw('count(x.held_at) as held'), knex().raw('count(x.skipped_reason) as skipped'))) as Array<{ held: DbCount; skipped: DbCount }>;
      return { held: num(row?.held), skipped: num(row?.skipped) };
    },

    /** The register's columns of every complaint received in the period, oldest first: no personal data. */
    async registerRows(period: ReportPeriod): Promise<Array<Record<string, unknown>>> {
      return knex()(TABLE.complaint)
        .select('reference', 'received_on', 'channel', 'category_id', 'department_id', 'about_employee_behaviour', 'status', 'judgement', 'acknowledged_in_time', 'handled_in_original_term', 'handled_in_time', 'handling_days', 'dissatisfaction_declared_at')
        .where(inPeriod(period))
        .orderBy([{ column: 'received_on' }, { column: 'id' }]);
    },

    async agreementsByStatus(period: ReportPeriod): Promise<Map<string, number>> {
      const rows = (await joined(TABLE.agreement, period).select('x.status').count({ n: '*' }).groupBy('x.status')) as Array<{ status: string; n: DbCount }>;
      return new Map(rows.map((row) => [row.status, num(row.n)]));
    },
  };
}
