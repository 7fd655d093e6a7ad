import * as React from 'react';
import { Flex, Loader } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ApiProblem } from '../../lib/errors';
import { PERMISSIONS } from '../../permissions';
import { useT } from '../../hooks/useT';

/** The frame of the plugin's settings pages: permission, title, header actions, loading and errors. */
export const SettingsPage = ({
  title,
  subtitle,
  primaryAction,
  isLoading,
  problem,
  children,
}: {
  title: string;
  subtitle: string;
  primaryAction?: React.ReactNode;
  isLoading?: boolean;
  problem?: ApiProblem | null;
  children: React.ReactNode;
}) => {
  const { t } = useT();
  return (
    <Page.Protect permissions={PERMISSIONS.settings}>
      <Page.Main aria-busy={isLoading}>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
        <Layouts.Content>
          <ProblemAlert problem={problem ?? null} />
          {isLoading ? (
            <Flex justifyContent="center" padding={8}>
              <Loader>{t('common.loading')}</Loader>
            </Flex>
          ) : (
            children
          )}
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
