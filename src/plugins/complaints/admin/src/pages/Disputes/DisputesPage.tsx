import { Badge, Typography } from '@strapi/design-system';
import { RowActions } from '../../components/RowActions';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';

/**
 * Step 6: complaints whose complainant is not satisfied after the internal procedure. Refer them to the
 * disputes committee (which sends the committee letter), then record the committee's decision.
 */
export const DisputesPage = () => {
  const { t, locale } = useT();
  const { canProcess } = usePermissions();
  return (
    <StepListPage
      step={6}
      title={t('step.6.title')}
      subtitle={t('step.6.subtitle')}
      term="handling"
      emptyText={t('step.6.empty')}
      extraColumns={[
        { header: t('dispute.col.dissatisfied'), render: (row) => <Typography>{formatDate(row.dissatisfactionDeclaredAt, locale)}</Typography> },
        {
          header: t('dispute.col.committee'),
          render: (row) =>
            row.disputeEligible ? (
              <Badge backgroundColor="alternative100" textColor="alternative700">
                {t('dispute.referred')}
              </Badge>
            ) : (
              <Badge>{t('dispute.notReferred')}</Badge>
            ),
        },
      ]}
      actions={
        canProcess
          ? (row, refresh) => (
              <RowActions
                row={row}
                onDone={refresh}
                actions={[{ action: row.disputeEligible ? 'recordCommitteeOutcome' : 'markDisputeEligible', variant: 'default' }]}
              />
            )
          : undefined
      }
    />
  );
};
