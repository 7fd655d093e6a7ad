/**
 * The annual report (jaarverslag klachten, Awb 9:12a): grouped queries over the complaints received in a
 * period — per category, department, channel and step; acknowledged and handled within the term; median
 * handling time; behaviour complaints, hearings, agreements kept or not, disputes to the committee; and
 * the intake month by month. Exported as CSV and XLSX.
 */
import type { Core } from '@strapi/strapi';
import type { Locale } from '../../../shared/messages';
import { annualReportFileName } from '../../../shared/reports';
import { STEP_OF_STATUS, STATUS_LABELS, CHANNEL_LABELS, JUDGEMENT_LABELS, type ComplaintStatus, type Channel, type Judgement } from '../domain/procedure';
import type { AnnualReport } from '../../../shared/contracts/privacy';
import { reportFigures, type ReportPeriod } from '../persistence/report-figures';
import { getService } from './registry';
import { toCsv, toXlsx } from './spreadsheet';

export type { ReportPeriod } from '../persistence/report-figures';

type Key = string | number | null;
type Count = { key: Key; label: string; count: number };

// The admin reads the report as it is (shared/contracts/privacy.ts).
export type { AnnualReport } from '../../../shared/contracts/privacy';

/** The words of the report and its exports, in the reader's language. */
const WORDS = {
  nl: {
    unknown: 'Onbekend', step: (n: number) => `Stap ${n}`, finished: 'Afgerond', noJudgement: 'Geen oordeel (nog niet, of niet nodig)', judgement: 'Oordeel', partJudgement: 'Oordeel per klachtonderdeel',
    header: ['Sectie', 'Onderdeel', 'Aantal'], sheet: 'Jaarverslag',
    period: 'Periode', through: 't/m', total: 'Totaal', received: 'Klachten ontvangen',
    category: 'Categorie', department: 'Afdeling', channel: 'Kanaal', stepSection: 'Stap', status: 'Status',
    terms: 'Termijnen', ackInTime: 'Binnen termijn bevestigd (%)', handledInTime: 'Binnen termijn afgehandeld, verlengde termijn (%)', handledInOriginalTerm: 'Binnen termijn afgehandeld, oorspronkelijke termijn (%)', noticeInTime: 'Kennisgeving niet in behandeling binnen termijn (%)', median: 'Mediane behandelduur (dagen)',
    behaviour: 'Gedrag', behaviourComplaints: 'Klachten over gedrag van medewerkers',
    hearings: 'Hoor en wederhoor', held: 'Gesprekken gehouden', skipped: 'Gesprekken vervallen',
    agreements: 'Afspraken', kept: 'Nagekomen', notKept: 'Niet nagekomen', open: 'Open',
    disputes: 'Geschillen', declared: 'Ontevredenheid verklaard', toCommittee: 'Voorgelegd aan de Geschillencommissie',
    satisfaction: 'Tevredenheid', surveyAnswered: 'Tevredenheidsvragen beantwoord', surveySatisfied: 'Tevreden over de behandeling (%)',
    intake: 'Instroom per maand',
  },
  en: {
    unknown: 'Unknown', step: (n: number) => `Step ${n}`, finished: 'Finished', noJudgement: 'No judgement (not yet, or not needed)', judgement: 'Judgement', partJudgement: 'Judgement per part of a complaint',
    header: ['Section', 'Item', 'Count'], sheet: 'Annual report',
    period: 'Period', through: 'to', total: 'Total', received: 'Complaints received',
    category: 'Category', department: 'Department', channel: 'Channel', stepSection: 'Step', status: 'Status',
    terms: 'Terms', ackInTime: 'Acknowledged within the term (%)', handledInTime: 'Handled within the term, as extended (%)', handledInOriginalTerm: 'Handled within the original term (%)', noticeInTime: 'Not-handled notice within the term (%)', median: 'Median handling time (days)',
    behaviour: 'Behaviour', behaviourComplaints: 'Complaints about the behaviour of employees',
    hearings: 'Hearing both sides', held: 'Conversations held', skipped: 'Conversations skipped',
    agreements: 'Agreements', kept: 'Kept', notKept: 'Not kept', open: 'Open',
    disputes: 'Disputes', declared: 'Dissatisfaction declared', toCommittee: 'Put to the disputes committee',
    satisfaction: 'Satisfaction', surveyAnswered: 'Satisfaction questions answered', surveySatisfied: 'Satisfied with the handling (%)',
    intake: 'Intake per month',
  },
} satisfies Record<Locale, unknown>;

const REGISTER_WORDS = {
  nl: {
    yes: 'ja', no: 'nee', sheet: 'Klachtenregister',
    header: ['Kenmerk', 'Ontvangen op', 'Kanaal', 'Categorie', 'Afdeling', 'Gedrag medewerker', 'Status', 'Oordeel', 'Tijdig bevestigd', 'Tijdig afgehandeld (oorspronkelijke termijn)', 'Tijdig afgehandeld (verlengde termijn)', 'Behandelduur (dagen)', 'Ontevredenheid verklaard'],
  },
  en: {
    yes: 'yes', no: 'no', sheet: 'Complaints register',
    header: ['Reference', 'Received on', 'Channel', 'Category', 'Department', 'Employee behaviour', 'Status', 'Judgement', 'Acknowledged in time', 'Handled in time (original term)', 'Handled in time (extended term)', 'Handling time (days)', 'Dissatisfaction declared'],
  },
} satisfies Record<Locale, unknown>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const figures = reportFigures(strapi);
  const num = (value: unknown) => Number(value ?? 0);

  return {
    async annual(period: ReportPeriod, locale: Locale = 'nl'): Promise<AnnualReport> {
      const words = WORDS[locale];
      const catalog = getService(strapi, 'catalog');
      const [categories, departments] = [await catalog.categories(), await catalog.departments()];
      const [byCategory, byDepartment, byChannel, byStatus] = [await figures.countBy('category', period), await figures.countBy('department', period), await figures.countBy('channel', period), await figures.countBy('status', period)];
      const total = byStatus.reduce((n, r) => n + r.count, 0);
      const byJudgement = await figures.countBy('judgement', period);
      const partsByJudgement = await figures.partsByJudgement(period);
      const acknowledged = await figures.count(period, 'acknowledged');
      const acknowledgedInTime = await figures.count(period, 'acknowledgedInTime');
      const handled = await figures.count(period, 'handled');
      const handledInTime = await figures.count(period, 'handledInTime');
      const handledInOriginalTerm = await figures.count(period, 'handledInOriginalTerm');
      const notices = await figures.count(period, 'notAdmissibleNotice');
      const noticesInTime = await figures.count(period, 'notAdmissibleNoticeInTime');
      const behaviour = await figures.count(period, 'behaviour');
      const disputes = await figures.count(period, 'dissatisfied');
      const toCommittee = await figures.count(period, 'disputeEligible');
      const surveyAnswered = await figures.count(period, 'surveyAnswered');
      const surveySatisfied = await figures.count(period, 'surveySatisfied');
      const hearings = await figures.hearings(period);
      const agreements = await figures.agreementsByStatus(period);
      const agreementCount = (status: string) => agreements.get(status) ?? 0;
      const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);

      const byStep = new Map<number | null, number>();
      for (const row of byStatus) {
        const step = STEP_OF_STATUS[row.key as ComplaintStatus] ?? null;
        byStep.set(step, (byStep.get(step) ?? 0) + row.count);
      }
      const label = (rows: Array<{ key: Key; count: number }>, name: (key: Key) => string): Count[] => rows.map((r) => ({ key: r.key, label: name(r.key), count: r.count }));

      const categoryName = (id: unknown) => categories.find((c) => c.id === num(id));
      return {
        period,
        locale,
        total,
        byCategory: label(byCategory, (id) => (locale === 'en' ? categoryName(id)?.nameEn : categoryName(id)?.nameNl) ?? words.unknown),
        byDepartment: label(byDepartment, (id) => departments.find((d) => d.id === num(id))?.name ?? words.unknown),
        byChannel: label(byChannel, (key) => CHANNEL_LABELS[key as Channel]?.[locale] ?? String(key)),
        byStatus: label(byStatus, (key) => STATUS_LABELS[key as ComplaintStatus]?.[locale] ?? String(key)),
        // complaints without a judgement (not handled, solved early, still running) count as one row
        byJudgement: label(byJudgement, (key) => (key ? (JUDGEMENT_LABELS[key as Judgement]?.[locale] ?? String(key)) : words.noJudgement)),
        // complaints judged part by part: each part once, by its own judgement
        partsByJudgement: label(partsByJudgement, (key) => JUDGEMENT_LABELS[key as Judgement]?.[locale] ?? String(key)),
        byStep: [...byStep.entries()].map(([step, count]) => ({ key: step, label: step ? words.step(step) : words.finished, count })).sort((a, b) => (a.key ?? 9) - (b.key ?? 9)),
        acknowledgedWithinTerm: { count: acknowledgedInTime, of: acknowledged, percentage: share(acknowledgedInTime, acknowledged) },
        handledWithinTerm: { count: handledInTime, of: handled, percentage: share(handledInTime, handled) },
        handledWithinOriginalTerm: { count: handledInOriginalTerm, of: handled, percentage: share(handledInOriginalTerm, handled) },
        notAdmissibleNoticesWithinTerm: { count: noticesInTime, of: notices, percentage: share(noticesInTime, notices) },
        medianHandlingDays: await figures.medianHandlingDays(period),
        behaviourComplaints: behaviour,
        hearingsHeld: hearings.held,
        hearingsSkipped: hearings.skipped,
        agreements: { kept: agreementCount('kept'), notKept: agreementCount('not_kept'), open: agreementCount('open') },
        disputes: { declared: disputes, toCommittee },
        satisfaction: { satisfied: surveySatisfied, of: surveyAnswered, percentage: share(surveySatisfied, surveyAnswered) },
        byMonth: await figures.byMonth(period),
      };
    },

    /** The report as rows (section, item, count) for CSV and XLSX, in the report's language. */
    rows(report: AnnualReport): Array<[string, string, number | string]> {
      const w = WORDS[report.locale] ?? WORDS.nl;
      const rows: Array<[string, string, number | string]> = [[w.period, `${report.period.from} ${w.through} ${report.period.to}`, ''], [w.total, w.received, report.total]];
      const section = (name: string, items: Count[]) => items.forEach((i) => rows.push([name, i.label, i.count]));
      section(w.category, report.byCategory);
      section(w.department, report.byDepartment);
      section(w.channel, report.byChannel);
      section(w.stepSection, report.byStep);
      section(w.status, report.byStatus);
      section(w.judgement, report.byJudgement);
      section(w.partJudgement, report.partsByJudgement);
      rows.push([w.terms, w.ackInTime, report.acknowledgedWithinTerm.percentage ?? '']);
      rows.push([w.terms, w.handledInOriginalTerm, report.handledWithinOriginalTerm.percentage ?? '']);
      rows.push([w.terms, w.handledInTime, report.handledWithinTerm.percentage ?? '']);
      rows.push([w.terms, w.noticeInTime, report.notAdmissibleNoticesWithinTerm.percentage ?? '']);
      rows.push([w.terms, w.median, report.medianHandlingDays ?? '']);
      rows.push([w.behaviour, w.behaviourComplaints, report.behaviourComplaints]);
      rows.push([w.hearings, w.held, report.hearingsHeld]);
      rows.push([w.hearings, w.skipped, report.hearingsSkipped]);
      rows.push([w.agreements, w.kept, report.agreements.kept]);
      rows.push([w.agreements, w.notKept, report.agreements.notKept]);
      rows.push([w.agreements, w.open, report.agreements.open]);
      rows.push([w.disputes, w.declared, report.disputes.declared]);
      rows.push([w.disputes, w.toCommittee, report.disputes.toCommittee]);
      rows.push([w.satisfaction, w.surveyAnswered, report.satisfaction.of]);
      rows.push([w.satisfaction, w.surveySatisfied, report.satisfaction.percentage ?? '']);
      for (const month of report.byMonth) rows.push([w.intake, month.month, month.count]);
      return rows;
    },

    /** The export's file name (without extension), in the report's language. */
    fileName(report: AnnualReport): string {
      return annualReportFileName(report.period, report.locale === 'en' ? 'en' : 'nl');
    },

    csv(report: AnnualReport): string {
      const w = WORDS[report.locale] ?? WORDS.nl;
      return toCsv(w.header.map((h) => h.toLowerCase()), this.rows(report));
    },

    async xlsx(report: AnnualReport): Promise<Buffer> {
      const w = WORDS[report.locale] ?? WORDS.nl;
      return toXlsx(w.sheet, w.header, this.rows(report), [24, 44, 12]);
    },

    /**
     * The register (klachtenregister): one row per complaint received in the period, with what the
     * procedure recorded and nothing of the complainant, the person complained about or the texts, so it
     * can be shared with a supervisor or a council.
     */
    async register(period: ReportPeriod, locale: Locale): Promise<{ sheet: string; header: string[]; rows: Array<Array<string | number | null>> }> {
      const w = REGISTER_WORDS[locale] ?? REGISTER_WORDS.nl;
      const [categories, departments, complaints] = await Promise.all([getService(strapi, 'catalog').categories(), getService(strapi, 'catalog').departments(), figures.registerRows(period)]);
      const yes = (value: unknown) => (value === null || value === undefined ? '' : value === true || value === 1 || value === '1' || value === 't' ? w.yes : w.no);
      const rows = complaints.map((c): Array<string | number | null> => {
        const category = categories.find((x) => x.id === Number(c.category_id));
        return [
          String(c.reference),
          String(c.received_on).slice(0, 10),
          CHANNEL_LABELS[c.channel as Channel]?.[locale] ?? String(c.channel),
          (locale === 'en' ? category?.nameEn : category?.nameNl) ?? '',
          departments.find((x) => x.id === Number(c.department_id))?.name ?? '',
          yes(c.about_employee_behaviour),
          STATUS_LABELS[c.status as ComplaintStatus]?.[locale] ?? String(c.status),
          c.judgement ? (JUDGEMENT_LABELS[c.judgement as Judgement]?.[locale] ?? String(c.judgement)) : '',
          yes(c.acknowledged_in_time),
          yes(c.handled_in_original_term),
          yes(c.handled_in_time),
          c.handling_days === null || c.handling_days === undefined ? null : Number(c.handling_days),
          c.dissatisfaction_declared_at ? w.yes : '',
        ];
      });
      return { sheet: w.sheet, header: w.header, rows };
    },
  };
};
