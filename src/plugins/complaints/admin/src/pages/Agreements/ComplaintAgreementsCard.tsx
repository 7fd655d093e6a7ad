import { Badge, Box, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { ComplaintSummary, Department, Dossier } from '../../api/types';
import { ActionButton } from '../../components/ActionModal';
import { AgreementsTable } from '../../components/AgreementsTable';
import { StatusBadge } from '../../components/StatusBadge';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { dossierPath } from '../../pluginId';

const CARD_ACTIONS = ['startMonitoring', 'acceptOutcome', 'close'] as const;

/** One complaint of step 5: its agreements and the actions the procedure allows now. */
export const ComplaintAgreementsCard = ({
  row,
  dossier,
  departments,
  onDone,
}: {
  row: ComplaintSummary;
  dossier: Dossier | undefined;
  departments?: Department[];
  onDone: (dossier: Dossier) => void;
}) => {
  const { t, pick } = useT();
  const { canProcess } = usePermissions();
  const overdue = dossier?.agreements.filter((a) => a.overdue).length ?? 0;
  const allowed = dossier?.allowedActions.filter((a) => (CARD_ACTIONS as readonly string[]).includes(a.action)) ?? [];

  return (
    <Box tag="article" aria-label={row.reference} data-reference={row.reference} background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap" paddingBottom={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Flex gap={2} wrap="wrap">
            <Typography variant="delta" tag="h2">
              <Link tag={NavLink} to={dossierPath(row.id)}>
                {row.reference}
              </Link>
            </Typography>
            <StatusBadge status={row.status} />
            {overdue > 0 && (
              <Badge backgroundColor="danger100" textColor="danger700">
                {t('agreement.overdueCount', { count: overdue })}
              </Badge>
            )}
          </Flex>
          <Typography textColor="neutral600">
            {row.complainantName ?? '—'} · {row.departmentName ?? '—'} · {row.handlerName ? t('list.handler', { name: row.handlerName }) : t('list.noHandler')}
          </Typography>
        </Flex>
        {canProcess && dossier && (
          <Flex gap={2} wrap="wrap">
            {allowed.map((a) => (
              <ActionButton
                key={a.action}
                action={a.action as (typeof CARD_ACTIONS)[number]}
                variant={a.action === 'close' ? 'default' : 'secondary'}
                complaintId={row.id}
                title={pick(a.label)}
                onDone={onDone}
              />
            ))}
          </Flex>
        )}
      </Flex>
      {dossier ? (
        <AgreementsTable dossier={dossier} canProcess={canProcess} onDone={onDone} departments={departments} />
      ) : (
        <Loader small>{t('common.loading')}</Loader>
      )}
    </Box>
  );
};
