import { Grid } from '@strapi/design-system';
import type { AnnualReport } from '../../../../shared/contracts';
import { useT } from '../../hooks/useT';
import { Figure } from './Figure';
import { formatNumber, formatPercent } from './format';

/**
 * The figures the annual report is read for (Awb 9:12a), each with how it was counted. Handled within the
 * term stands twice, side by side: against the original statutory term and against the term as extended.
 */
export const ReportFigures = ({ report }: { report: AnnualReport }) => {
  const { t, locale } = useT();
  const n = (value: number) => formatNumber(value, locale);
  const { acknowledgedWithinTerm: ack, handledWithinTerm: handled, handledWithinOriginalTerm: original, notAdmissibleNoticesWithinTerm: notices } = report;
  const figures = [
    { id: 'total', value: n(report.total), label: t('report.figure.total'), detail: t('report.figure.total.detail') },
    {
      id: 'acknowledged',
      value: formatPercent(ack.percentage, locale),
      label: t('report.figure.acknowledged'),
      detail: ack.of ? t('report.figure.acknowledged.detail', { count: ack.count, of: ack.of }) : t('report.figure.noneYet'),
    },
    {
      id: 'handledOriginal',
      value: formatPercent(original.percentage, locale),
      label: t('report.figure.handledOriginal'),
      detail: original.of ? t('report.figure.handledOriginal.detail', { count: original.count, of: original.of }) : t('report.figure.noneYet'),
    },
    {
      id: 'handled',
      value: formatPercent(handled.percentage, locale),
      label: t('report.figure.handled'),
      detail: handled.of ? t('report.figure.handled.detail', { count: handled.count, of: handled.of }) : t('report.figure.noneYet'),
    },
    {
      id: 'notAdmissibleNotices',
      value: formatPercent(notices.percentage, locale),
      label: t('report.figure.notAdmissibleNotices'),
      detail: notices.of
        ? t('report.figure.notAdmissibleNotices.detail', { count: notices.count, of: notices.of })
        : t('report.figure.notAdmissibleNotices.none'),
    },
    {
      id: 'median',
      value: report.medianHandlingDays === null ? '—' : t('report.figure.median.value', { days: report.medianHandlingDays }),
      label: t('report.figure.median'),
      detail: t('report.figure.median.detail'),
    },
    { id: 'behaviour', value: n(report.behaviourComplaints), label: t('report.figure.behaviour'), detail: t('report.figure.behaviour.detail') },
    {
      id: 'hearings',
      value: n(report.hearingsHeld),
      label: t('report.figure.hearings'),
      detail: t('report.figure.hearings.detail', { skipped: report.hearingsSkipped }),
    },
    {
      id: 'agreements',
      value: n(report.agreements.kept),
      label: t('report.figure.agreements'),
      detail: t('report.figure.agreements.detail', { notKept: report.agreements.notKept, open: report.agreements.open }),
    },
    {
      id: 'disputes',
      value: n(report.disputes.declared),
      label: t('report.figure.disputes'),
      detail: t('report.figure.disputes.detail', { toCommittee: report.disputes.toCommittee }),
    },
    {
      id: 'satisfaction',
      value: report.satisfaction.percentage === null ? '—' : `${report.satisfaction.percentage}%`,
      label: t('report.figure.satisfaction'),
      detail: report.satisfaction.of ? t('report.figure.satisfaction.detail', { count: report.satisfaction.satisfied, of: report.satisfaction.of }) : t('report.figure.satisfaction.none'),
    },
  ];
  return (
    <Grid.Root gap={4} gridCols={12} tag="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('report.figures')}>
      {figures.map((figure) => (
        <Grid.Item key={figure.id} col={3} m={6} s={12} alignItems="stretch" tag="li">
          <Figure testId={figure.id} value={figure.value} label={figure.label} detail={figure.detail} />
        </Grid.Item>
      ))}
    </Grid.Root>
  );
};
