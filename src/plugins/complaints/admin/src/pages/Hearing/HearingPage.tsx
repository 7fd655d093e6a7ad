import { Flex, Typography } from '@strapi/design-system';
import type { ComplaintSummary } from '../../api/types';
import { ActionButton } from '../../components/ActionModal';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { RowContext } from '../Acknowledgement/AcknowledgementPage';

/** Step 3: hoor en wederhoor. Plan the conversation, record it with its report, or skip it with a reason. */
export const HearingPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  return (
    <StepListPage
      step={3}
      title={t('step.3.title')}
      subtitle={t('step.3.subtitle')}
      term="handling"
      emptyText={t('step.3.empty')}
      defaultPageSize={20}
      showStatus={false}
      extraColumns={[{ header: t('hearing.col.planned'), render: (row) => <PlannedAt row={row} /> }]}
      actions={
        canProcess
          ? (row, refresh) => {
              const context = <RowContext reference={row.reference} name={row.complainantName} />;
              return row.status === 'hearing_planned' ? (
                <>
                  <ActionButton
                    action="recordHearing"
                    variant="default"
                    complaintId={row.id}
                    complaint={row}
                    title={t('actionLabel.recordHearing')}
                    onDone={refresh}
                    context={context}
                  />
                  <ActionButton
                    action="planHearing"
                    variant="tertiary"
                    complaintId={row.id}
                    complaint={row}
                    title={t('actionLabel.replanHearing')}
                    onDone={refresh}
                    context={context}
                  />
                  <ActionButton
                    action="skipHearing"
                    variant="tertiary"
                    complaintId={row.id}
                    complaint={row}
                    title={t('actionLabel.skipHearing')}
                    onDone={refresh}
                    context={context}
                  />
                </>
              ) : (
                <>
                  <ActionButton
                    action="planHearing"
                    variant="default"
                    complaintId={row.id}
                    complaint={row}
                    title={t('actionLabel.planHearing')}
                    onDone={refresh}
                    context={context}
                  />
                  <ActionButton
                    action="skipHearing"
                    variant="tertiary"
                    complaintId={row.id}
                    complaint={row}
                    title={t('actionLabel.skipHearing')}
                    onDone={refresh}
                    context={context}
                  />
                </>
              );
            }
          : undefined
      }
    />
  );
};

/** When and how the conversation is planned (the list rows carry it). */
const PlannedAt = ({ row }: { row: ComplaintSummary }) => {
  const { t, locale } = useT();
  if (row.status !== 'hearing_planned' || !row.hearingPlannedAt) return <Typography textColor="neutral600">{t('hearing.notPlanned')}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography>{formatDateTime(row.hearingPlannedAt, locale)}</Typography>
      {row.hearingMode && (
        <Typography variant="pi" textColor="neutral600">
          {t(`hearingMode.${row.hearingMode}`)}
        </Typography>
      )}
    </Flex>
  );
};
