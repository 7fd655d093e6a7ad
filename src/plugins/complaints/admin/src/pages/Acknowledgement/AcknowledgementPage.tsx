import { Typography } from '@strapi/design-system';
import { ActionButton } from '../../components/ActionModal';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';

/**
 * Step 2: the queue of complaints awaiting their acknowledgement (three working days), most urgent
 * first. Behaviour complaints show their handler: the department manager.
 */
export const AcknowledgementPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  return (
    <StepListPage
      step={2}
      title={t('step.2.title')}
      subtitle={t('step.2.subtitle')}
      term="acknowledgement"
      emptyText={t('step.2.empty')}
      actions={
        canProcess
          ? (row, refresh) => (
              <>
                <ActionButton
                  action="acknowledge"
                  variant="default"
                  complaintId={row.id}
                  complaint={row}
                  title={t('actionLabel.acknowledge')}
                  onDone={refresh}
                  context={<RowContext reference={row.reference} name={row.complainantName} />}
                />
                <ActionButton
                  action="declareNotAdmissible"
                  variant="tertiary"
                  complaintId={row.id}
                  complaint={row}
                  title={t('actionLabel.declareNotAdmissible')}
                  onDone={refresh}
                  context={<RowContext reference={row.reference} name={row.complainantName} />}
                />
              </>
            )
          : undefined
      }
    />
  );
};

/** Which complaint a dialog opened from a list row is about. */
export const RowContext = ({ reference, name }: { reference: string; name: string | null }) => {
  const { t } = useT();
  return <Typography fontWeight="bold">{t('list.rowContext', { reference, name: name ?? '—' })}</Typography>;
};
