import { Button } from '@strapi/design-system';
import { useAuth } from '@strapi/strapi/admin';
import type { ComplaintSummary } from '../../../../shared/contracts';
import { StepListPage } from '../../components/StepListPage';
import { useAdminClient } from '../../hooks/useAdminClient';
import { usePermissions } from '../../hooks/usePermissions';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';

/**
 * A handler's queue: the open complaints they handle and the unassigned ones of their departments, the
 * term that ends first on top; an unassigned one is taken in one click.
 */
export const MyComplaintsPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  const me = useAuth('MyComplaintsPage', (state) => state.user) as { id: number } | undefined;
  return (
    <StepListPage
      mine
      title={t('mine.title')}
      subtitle={t('mine.subtitle')}
      term="handling"
      emptyText={t('mine.empty')}
      bulk={canProcess && me ? [{ label: t('bulk.assignToMe'), request: (ids) => ({ action: 'assignHandler', ids, handlerId: me.id }) }] : undefined}
      actions={canProcess && me ? (row, refresh) => (row.handlerId ? null : <AssignToMe row={row} userId={me.id} onDone={refresh} />) : undefined}
    />
  );
};

const AssignToMe = ({ row, userId, onDone }: { row: ComplaintSummary; userId: number; onDone: () => void }) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting } = useSubmit();
  const take = async () => {
    const done = await submit(() => api.runAction(row.id, 'assignHandler', { handlerId: userId }), t('mine.assigned', { reference: row.reference }));
    if (done) onDone();
  };
  return (
    <Button variant="secondary" size="S" loading={isSubmitting} onClick={take} aria-label={t('mine.assignLabel', { reference: row.reference })}>
      {t('mine.assign')}
    </Button>
  );
};

export default MyComplaintsPage;
