import { Badge, Typography } from '@strapi/design-system';
import { ActionButton } from '../../components/ActionModal';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';
import { RowContext } from '../Acknowledgement/AcknowledgementPage';

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
          ? (row, refresh) => {
              const context = <RowContext reference={row.reference} name={row.complainantName} />;
              return row.disputeEligible ? (
                <ActionButton
                  action="recordCommitteeOutcome"
                  variant="default"
                  complaintId={row.id}
                  complaint={row}
                  title={t('actionLabel.recordCommitteeOutcome')}
                  onDone={refresh}
                  context={context}
                />
              ) : (
                <ActionButton
                  action="markDisputeEligible"
                  variant="default"
                  complaintId={row.id}
                  complaint={row}
                  title={t('actionLabel.markDisputeEligible')}
                  onDone={refresh}
                  context={context}
                />
              );
            }
          : undefined
      }
    />
  );
};
