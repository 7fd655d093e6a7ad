import { LinkButton } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { pluginPath } from '../../pluginId';

/** Every complaint the user may see, finished ones included: search, filter, open the dossier. */
export const AllComplaintsPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  return (
    <StepListPage
      title={t('all.title')}
      subtitle={t('all.subtitle')}
      term="handling"
      emptyText={t('all.empty')}
      primaryAction={
        canProcess ? (
          <LinkButton tag={NavLink} to={pluginPath('register')} startIcon={<Plus />}>
            {t('all.register')}
          </LinkButton>
        ) : undefined
      }
    />
  );
};
