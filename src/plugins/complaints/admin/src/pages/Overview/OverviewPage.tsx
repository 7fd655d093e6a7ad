import { Box, Flex, Grid, Loader, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { SettingsWarnings } from '../../components/SettingsWarnings';
import { useOverview } from '../../hooks/useOverview';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';
import { EXPIRING_SOON_DAYS, overviewLink } from '../../lib/listFilters';
import { STATUSES, STEP_PAGES } from '../../lib/procedure';
import { pluginPath } from '../../pluginId';
import { StatCard } from './StatCard';

/** Where complaints wait and which terms need attention; every number opens its list. */
export const OverviewPage = () => {
  const { t, locale } = useT();
  const { data, problem, isLoading } = useOverview();
  const { canManageSettings } = usePermissions();

  return (
    <Page.Main aria-busy={isLoading}>
      <Page.Title>{t('overview.title')}</Page.Title>
      <Layouts.Header title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <Layouts.Content>
        <ProblemAlert problem={problem} />
        {!data ? (
          isLoading && (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('common.loading')}</Loader>
            </Flex>
          )
        ) : (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <SettingsWarnings warnings={data.warnings} canFix={canManageSettings} />
            <Section title={t('overview.attention')} id="overview-attention">
              <Grid.Root gap={4} gridCols={12}>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  <StatCard
                    count={data.acknowledgementOverdue}
                    label={t('overview.acknowledgementOverdue')}
                    to={pluginPath(overviewLink('acknowledgementOverdue'))}
                    tone={data.acknowledgementOverdue ? 'danger' : 'neutral'}
                  />
                </Grid.Item>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  {/* No list filters on this term yet: the count without a link (the dossier shows the date). */}
                  <StatCard
                    count={data.notAdmissibleNoticeDueSoon}
                    label={t('overview.notAdmissibleNoticeDueSoon', { days: EXPIRING_SOON_DAYS })}
                    hint={t('overview.notAdmissibleNoticeDueSoon.hint')}
                    tone={data.notAdmissibleNoticeDueSoon ? 'warning' : 'neutral'}
                  />
                </Grid.Item>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  <StatCard
                    count={data.handlingExpiringSoon}
                    label={t('overview.handlingExpiringSoon')}
                    to={pluginPath(overviewLink('handlingExpiringSoon'))}
                    tone={data.handlingExpiringSoon ? 'warning' : 'neutral'}
                  />
                </Grid.Item>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  <StatCard
                    count={data.handlingOverdue}
                    label={t('overview.handlingOverdue')}
                    to={pluginPath(overviewLink('handlingOverdue'))}
                    tone={data.handlingOverdue ? 'danger' : 'neutral'}
                  />
                </Grid.Item>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  <StatCard
                    count={data.agreementsOverdue}
                    label={t('overview.agreementsOverdue')}
                    to={pluginPath(overviewLink('agreementsOverdue'))}
                    tone={data.agreementsOverdue ? 'danger' : 'neutral'}
                  />
                </Grid.Item>
                <Grid.Item col={4} s={12} alignItems="stretch">
                  <StatCard
                    count={data.disputesEligible}
                    label={t('overview.disputesEligible')}
                    to={pluginPath(overviewLink('disputesEligible'))}
                    tone="neutral"
                  />
                </Grid.Item>
              </Grid.Root>
            </Section>

            <Section title={t('overview.bySteps')} id="overview-steps">
              <Grid.Root gap={4} gridCols={12}>
                {STEP_PAGES.filter((page) => page.step > 1).map((page) => (
                  <Grid.Item key={page.step} col={4} s={12} alignItems="stretch">
                    <StatCard
                      count={data.byStep[page.step] ?? 0}
                      label={t(`step.${page.step}.nav`)}
                      hint={t(`step.${page.step}.statuses`)}
                      to={pluginPath(page.path)}
                      tone="primary"
                    />
                  </Grid.Item>
                ))}
              </Grid.Root>
            </Section>

            <Section title={t('overview.byStatus')} id="overview-statuses">
              <Box
                tag="ul"
                style={{
                  listStyle: 'none',
                  margin: 0,
                  padding: 0,
                  display: 'grid',
                  gridTemplateColumns: 'repeat(auto-fill, minmax(24rem, 1fr))',
                  gap: '0.8rem',
                }}
              >
                {STATUSES.map((status) => (
                  <li key={status}>
                    <StatCard
                      compact
                      count={data.byStatus[status] ?? 0}
                      label={t(`status.${status}`)}
                      to={`${pluginPath('complaints')}?status=${status}`}
                      tone="neutral"
                    />
                  </li>
                ))}
              </Box>
              <Typography variant="pi" textColor="neutral600" tag="p" paddingTop={3}>
                {t('overview.today', { date: formatDate(data.today, locale) })}
              </Typography>
            </Section>
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
