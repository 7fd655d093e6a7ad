import { useAuth } from '@strapi/strapi/admin';
import { RowActions } from '../../components/RowActions';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';

/**
 * Step 2: the queue of complaints awaiting their acknowledgement (three working days), most urgent
 * first. Behaviour complaints show their handler: the department manager. Several can be acknowledged
 * (with the template's own text) or taken at once.
 */
export const AcknowledgementPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  const me = useAuth('AcknowledgementPage', (state) => state.user) as { id: number } | undefined;
  return (
    <StepListPage
      step={2}
      title={t('step.2.title')}
      subtitle={t('step.2.subtitle')}
      term="acknowledgement"
      emptyText={t('step.2.empty')}
      bulk={
        canProcess
          ? [
              { label: t('bulk.acknowledge'), request: (ids) => ({ action: 'acknowledge', ids }) },
              ...(me ? [{ label: t('bulk.assignToMe'), request: (ids: number[]) => ({ action: 'assignHandler' as const, ids, handlerId: me.id }) }] : []),
            ]
          : undefined
      }
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
