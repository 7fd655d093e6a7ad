import { LinkButton } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { pluginPath } from '../../pluginId';

/** Step 4: complaints heard (or hearing skipped) that wait for their outcome letter. */
export const OutcomePage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  return (
    <StepListPage
      step={4}
      title={t('step.4.title')}
      subtitle={t('step.4.subtitle')}
      term="handling"
      emptyText={t('step.4.empty')}
      actions={
        canProcess
          ? (row) => (
              <LinkButton tag={NavLink} to={pluginPath(`outcome/${row.id}`)} size="S">
                {t('outcome.compose')}
              </LinkButton>
            )
          : undefined
      }
    />
  );
};
