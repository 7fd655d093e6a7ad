import { RowActions } from '../../components/RowActions';
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
              <RowActions
                row={row}
                onDone={refresh}
                actions={[
                  { action: 'acknowledge', variant: 'default' },
                  { action: 'declareNotAdmissible', variant: 'tertiary' },
                ]}
              />
            )
          : undefined
      }
    />
  );
};
