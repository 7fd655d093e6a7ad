import { Badge } from '@strapi/design-system';
import { SubNav } from '@strapi/strapi/admin';
import { useOverview } from '../hooks/useOverview';
import { usePermissions } from '../hooks/usePermissions';
import { useT } from '../hooks/useT';
import { STEP_PAGES } from '../lib/procedure';
import { pluginPath } from '../pluginId';

/** The plugin's own navigation: the procedure's pages in order, with how many complaints wait on each. */
export const ComplaintsNav = () => {
  const { t } = useT();
  const { data: overview } = useOverview();
  const { canRead, canProcess, canManageSettings, canReadReports, canManagePrivacy } = usePermissions();

  const count = (step: number) => {
    const n = overview?.byStep?.[step];
    return typeof n === 'number' && n > 0 ? (
      <Badge aria-label={t('nav.waiting', { count: n })} active={false}>
        {n}
      </Badge>
    ) : null;
  };

  const steps = STEP_PAGES.filter((page) => page.step !== 1 || canProcess).map((page) => (
    <SubNav.Link key={page.path} to={pluginPath(page.path)} label={t(`step.${page.step}.nav`)} endAction={page.step === 1 ? null : count(page.step)} />
  ));

  const more = canRead
    ? [<SubNav.Link key="all" to={pluginPath('complaints')} end label={t('nav.allComplaints')} />, <SubNav.Link key="print" to={pluginPath('print')} label={t('nav.print')} />]
    : [];
  if (canReadReports) more.push(<SubNav.Link key="report" to={pluginPath('report')} label={t('nav.report')} />);
  if (canManagePrivacy) more.push(<SubNav.Link key="privacy" to={pluginPath('privacy')} label={t('nav.privacy')} />);
  if (canManageSettings) more.push(<SubNav.Link key="settings" to="/settings/complaints/procedure" label={t('nav.settings')} />);

  return (
    <SubNav.Main aria-label={t('nav.label')}>
      <SubNav.Header label={t('plugin.name')} />
      <SubNav.Content>
        <SubNav.Sections>
          {canRead && (
            <SubNav.Section label={t('nav.procedure')}>
              {[
                <SubNav.Link key="overview" to={pluginPath()} end label={t('overview.nav')} />,
                ...(canProcess ? [<SubNav.Link key="mine" to={pluginPath('mine')} label={t('nav.mine')} />] : []),
                ...steps,
              ]}
            </SubNav.Section>
          )}
          <SubNav.Section label={t('nav.more')}>{more}</SubNav.Section>
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
};
