import * as React from 'react';
import { Box, Button, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import type { ReportCount } from '../../../../shared/contracts';
import { SelectField, TextField } from '../../components/form/Fields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { queries } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useT } from '../../hooks/useT';
import { formatDate, isoDateFromNow } from '../../lib/dates';
import { saveBlob } from '../../lib/download';
import { CHANNELS } from '../../lib/procedure';
import { intakeByMonth, periodChoice, reportFileName, resolvePeriod, type ReportPeriod } from '../../lib/report';
import { registerFileName } from '../../../../shared/reports';
import { CountTable } from './CountTable';
import { IntakeChart } from './IntakeChart';
import { ReportFigures } from './ReportFigures';

/**
 * The annual report on complaints (jaarverslag, Awb 9:12a): the complaints received in a period — a
 * calendar year or any from/to — at a glance, per category, department, channel and step, the intake month
 * by month, and the same report as CSV or XLSX for the annual accounts.
 */
export const ReportPage = () => {
  const { t, locale } = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const choice = periodChoice(searchParams);
  const { period, error } = resolvePeriod(choice);
  const query = useApiQuery(period ? queries.annualReport({ ...period, locale }) : null);
  const report = query.data;
  const periodLabel = period ? t('report.period.label', { from: formatDate(period.from, locale), to: formatDate(period.to, locale) }) : '';

  const setPeriod = (next: Record<string, string>) => setSearchParams(new URLSearchParams(next), { replace: true });
  const thisYear = new Date().getFullYear();
  const years = [
    ...new Set([thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4, thisYear - 5, ...(choice.mode === 'year' ? [choice.year] : [])]),
  ].sort((a, b) => b - a);

  /** Labels the server gives in Dutch; the admin's own words where it has them (channels, steps). */
  const rowsOf = (rows: ReportCount[], name: (row: ReportCount) => string) =>
    rows.map((row) => ({ key: String(row.key ?? 'none'), label: row.key === null ? t('report.unknown') : name(row), count: row.count }));

  return (
    <Page.Main aria-busy={query.isLoading}>
      <Page.Title>{t('report.title')}</Page.Title>
      <Layouts.Header title={t('report.title')} subtitle={t('report.subtitle')} primaryAction={period ? <Downloads period={period} /> : undefined} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} tag="section" aria-labelledby="report-period-title">
            <Typography id="report-period-title" variant="delta" tag="h2">
              {t('report.period')}
            </Typography>
            <Flex gap={4} alignItems="flex-start" wrap="wrap" paddingTop={4}>
              <Box minWidth="22rem">
                <SelectField
                  name="year"
                  label={t('report.period.choose')}
                  value={choice.mode === 'year' ? String(choice.year) : 'custom'}
                  onChange={(value) => (value === 'custom' ? setPeriod({ from: `${thisYear}-01-01`, to: isoDateFromNow(0) }) : setPeriod({ year: value }))}
                  options={[...years.map((year) => ({ value: String(year), label: String(year) })), { value: 'custom', label: t('report.period.custom') }]}
                />
              </Box>
              {choice.mode === 'custom' && (
                <>
                  <Box minWidth="18rem">
                    <TextField
                      name="from"
                      type="date"
                      label={t('report.period.from')}
                      value={choice.from}
                      onChange={(from) => setPeriod({ from, to: choice.to })}
                    />
                  </Box>
                  <Box minWidth="18rem">
                    <TextField
                      name="to"
                      type="date"
                      label={t('report.period.to')}
                      value={choice.to}
                      onChange={(to) => setPeriod({ from: choice.from, to })}
                      error={error ? t(error) : undefined}
                    />
                  </Box>
                </>
              )}
            </Flex>
            {period && (
              <Typography tag="p" textColor="neutral600" paddingTop={3} data-testid="report-period">
                {t('report.period.received', { period: periodLabel })}
              </Typography>
            )}
          </Box>

          <ProblemAlert problem={query.problem} />
          {!report ? (
            query.isLoading && (
              <Flex justifyContent="center" padding={8}>
                <Loader>{t('common.loading')}</Loader>
              </Flex>
            )
          ) : (
            <>
              <ReportFigures report={report} />
              <IntakeChart months={intakeByMonth(report.period, report.byMonth)} periodLabel={periodLabel} />
              <Grid.Root gap={6} gridCols={12}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <CountTable
                    id="report-categories"
                    title={t('report.byCategory')}
                    column={t('report.col.category')}
                    rows={rowsOf(report.byCategory, (row) => row.label)}
                    total={report.total}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <CountTable
                    id="report-departments"
                    title={t('report.byDepartment')}
                    column={t('report.col.department')}
                    rows={rowsOf(report.byDepartment, (row) => row.label)}
                    total={report.total}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <CountTable
                    id="report-channels"
                    title={t('report.byChannel')}
                    column={t('report.col.channel')}
                    rows={rowsOf(report.byChannel, (row) => ((CHANNELS as readonly string[]).includes(String(row.key)) ? t(`channel.${row.key}`) : row.label))}
                    total={report.total}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <CountTable
                    id="report-judgements"
                    title={t('report.byJudgement')}
                    column={t('report.col.judgement')}
                    rows={report.byJudgement.map((row) => ({ key: String(row.key ?? 'none'), label: row.key ? t(`judgement.${row.key}`) : t('report.noJudgement'), count: row.count }))}
                    total={report.total}
                  />
                </Grid.Item>
                {report.partsByJudgement.length > 0 && (
                  <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                    <CountTable
                      id="report-part-judgements"
                      title={t('report.partsByJudgement')}
                      column={t('report.col.judgement')}
                      rows={report.partsByJudgement.map((row) => ({ key: String(row.key), label: t(`judgement.${row.key}`), count: row.count }))}
                      total={report.partsByJudgement.reduce((n, row) => n + row.count, 0)}
                    />
                  </Grid.Item>
                )}
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <CountTable
                    id="report-steps"
                    title={t('report.byStep')}
                    column={t('report.col.step')}
                    rows={report.byStep.map((row) => ({
                      key: String(row.key ?? 'finished'),
                      label: row.key === null ? t('report.finished') : t(`step.${row.key}.nav`),
                      count: row.count,
                    }))}
                    total={report.total}
                  />
                </Grid.Item>
              </Grid.Root>
            </>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

/** The report as a spreadsheet, fetched with the admin session and saved by the browser. */
const Downloads = ({ period }: { period: ReportPeriod }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<'csv' | 'xlsx' | 'register' | null>(null);
  const download = async (format: 'csv' | 'xlsx', register = false) => {
    setBusy(register ? 'register' : format);
    try {
      if (register) saveBlob(await api.registerFile({ ...period, locale }, format), `${registerFileName(period, locale === 'en' ? 'en' : 'nl')}.${format}`);
      else saveBlob(await api.annualReportFile({ ...period, locale }, format), reportFileName(period, format, locale));
    } catch {
      toggleNotification({ type: 'danger', message: t('report.download.failed') });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex gap={2}>
      <Button variant="secondary" startIcon={<Download />} loading={busy === 'csv'} onClick={() => download('csv')}>
        {t('report.download.csv')}
      </Button>
      <Button variant="secondary" startIcon={<Download />} loading={busy === 'xlsx'} onClick={() => download('xlsx')}>
        {t('report.download.xlsx')}
      </Button>
      <Button variant="secondary" startIcon={<Download />} loading={busy === 'register'} onClick={() => download('xlsx', true)}>
        {t('report.download.register')}
      </Button>
    </Flex>
  );
};
