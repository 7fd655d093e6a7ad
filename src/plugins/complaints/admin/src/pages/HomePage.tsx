import { EmptyStateLayout } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { t } from '../pluginId';

export const HomePage = () => {
  const { formatMessage } = useIntl();
  return (
    <Page.Main>
      <Page.Title>{formatMessage({ id: t('plugin.name'), defaultMessage: 'Klachten' })}</Page.Title>
      <Layouts.Header
        title={formatMessage({ id: t('landing.title'), defaultMessage: 'Klachten' })}
        subtitle={formatMessage({ id: t('landing.subtitle'), defaultMessage: 'De klachtenprocedure' })}
      />
      <Layouts.Content>
        <EmptyStateLayout content={formatMessage({ id: t('landing.empty'), defaultMessage: 'Nog geen klachten.' })} />
      </Layouts.Content>
    </Page.Main>
  );
};
