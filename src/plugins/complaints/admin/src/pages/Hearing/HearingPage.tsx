import { Flex, Typography } from '@strapi/design-system';
import { ActionButton } from '../../components/ActionModal';
import { StepListPage } from '../../components/StepListPage';
import { useDossiers } from '../../hooks/useDossiers';
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
      extraColumns={[{ header: t('hearing.col.planned'), render: (row) => <PlannedAt id={row.id} status={row.status} stamp={row} /> }]}
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

/** When the conversation is planned (the list rows carry no hearing; the dossier does). */
const PlannedAt = ({ id, status, stamp }: { id: number; status: string; stamp: unknown }) => {
  const { t, locale } = useT();
  const { dossiers } = useDossiers(status === 'hearing_planned' ? [id] : [], stamp);
  if (status !== 'hearing_planned') return <Typography textColor="neutral600">{t('hearing.notPlanned')}</Typography>;
  const hearing = dossiers[id]?.hearing;
  if (!hearing?.plannedAt) return <Typography>…</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography>{formatDateTime(hearing.plannedAt, locale)}</Typography>
      <Typography variant="pi" textColor="neutral600">
        {t(`hearingMode.${hearing.mode}`)}
      </Typography>
    </Flex>
  );
};
