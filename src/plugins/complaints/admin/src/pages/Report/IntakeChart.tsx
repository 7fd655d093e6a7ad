import { Box, Grid, Typography } from '@strapi/design-system';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { styled, useTheme } from 'styled-components';
import { Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatMonth, formatNumber } from './format';

/** A compact table next to the chart: one line per month, as tall as the chart for a year. */
const MonthTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  th,
  td {
    text-align: left;
    padding: 0.4rem 0.8rem;
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
  }
  thead th {
    padding-bottom: 0.8rem;
  }
  .count {
    text-align: right;
  }
`;

/**
 * The intake month by month: a bar chart (an SVG image with a title and a description that reads the
 * numbers out) and, next to it, the same numbers in a table for everyone who prefers to read them.
 */
export const IntakeChart = ({ months, periodLabel }: { months: Array<{ month: string; count: number }>; periodLabel: string }) => {
  const { t, locale } = useT();
  const theme = useTheme();
  const manyYears = new Set(months.map((m) => m.month.slice(0, 4))).size > 1;
  const data = months.map((m) => ({ ...m, label: formatMonth(m.month, locale, 'short', manyYears) }));
  const title = t('report.intake.chartTitle', { period: periodLabel });
  const description = t('report.intake.chartDesc', {
    months: months.map((m) => `${formatMonth(m.month, locale, 'long')}: ${formatNumber(m.count, locale)}`).join('; '),
  });

  return (
    <Section title={t('report.intake')} id="report-intake">
      <Grid.Root gap={6} gridCols={12}>
        <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
          <Box width="100%" height="36rem" data-testid="intake-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} title={title} desc={description} role="img" accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid vertical={false} stroke={theme.colors.neutral200} />
                <XAxis
                  dataKey="label"
                  tick={{ fill: theme.colors.neutral600, fontSize: 12 }}
                  tickLine={false}
                  axisLine={{ stroke: theme.colors.neutral300 }}
                  interval={0}
                />
                <YAxis allowDecimals={false} tick={{ fill: theme.colors.neutral600, fontSize: 12 }} tickLine={false} axisLine={false} width={36} />
                <Tooltip
                  cursor={{ fill: theme.colors.primary100 }}
                  formatter={(value) => [formatNumber(Number(value), locale), t('report.intake.count')]}
                  labelFormatter={(_label, payload) => {
                    const month = payload?.[0]?.payload?.month as string | undefined;
                    return month ? formatMonth(month, locale, 'long') : '';
                  }}
                />
                <Bar dataKey="count" name={t('report.intake.count')} fill={theme.colors.primary600} radius={[3, 3, 0, 0]} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </Box>
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <MonthTable aria-label={t('report.intake.table')}>
            <thead>
              <tr>
                <th scope="col">
                  <Typography variant="sigma" textColor="neutral600">
                    {t('report.col.month')}
                  </Typography>
                </th>
                <th scope="col" className="count">
                  <Typography variant="sigma" textColor="neutral600">
                    {t('report.intake.count')}
                  </Typography>
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((m) => (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row">
                    <Typography fontWeight="regular">{formatMonth(m.month, locale, 'long')}</Typography>
                  </th>
                  <td className="count">
                    <Typography>{formatNumber(m.count, locale)}</Typography>
                  </td>
                </tr>
              ))}
            </tbody>
          </MonthTable>
        </Grid.Item>
      </Grid.Root>
    </Section>
  );
};
