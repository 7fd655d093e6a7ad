import { EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import type { ComplaintSummary } from '../../api/types';
import { StepListPage } from '../../components/StepListPage';
import { useDossiers } from '../../hooks/useDossiers';
import { useLookups } from '../../hooks/useLookups';
import { useT } from '../../hooks/useT';
import { ComplaintAgreementsCard } from './ComplaintAgreementsCard';

/**
 * Step 5: per complaint whose outcome was sent, its agreements with their due dates; mark each kept or
 * not kept, start monitoring, and close the complaint once every agreement is settled.
 */
export const AgreementsPage = () => {
  const { t } = useT();
  return (
    <StepListPage
      step={5}
      title={t('step.5.title')}
      subtitle={t('step.5.subtitle')}
      term="handling"
      emptyText={t('step.5.empty')}
      defaultPageSize={10}
      renderRows={(rows, isLoading, refresh) => <AgreementCards rows={rows} isLoading={isLoading} refresh={refresh} />}
    />
  );
};

const AgreementCards = ({ rows, isLoading, refresh }: { rows: ComplaintSummary[] | undefined; isLoading: boolean; refresh: () => void }) => {
  const { t } = useT();
  const { dossiers, update } = useDossiers(
    (rows ?? []).map((row) => row.id),
    rows,
  );
  const lookups = useLookups();
  if (isLoading && !rows) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('common.loading')}</Loader>
      </Flex>
    );
  }
  if (!rows?.length) return <EmptyStateLayout content={t('step.5.empty')} />;
  // Overdue agreements first: they need action today.
  const ordered = [...rows].sort((a, b) => overdueCount(dossiers[b.id]) - overdueCount(dossiers[a.id]));
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {ordered.map((row) => (
        <ComplaintAgreementsCard
          key={row.id}
          row={row}
          dossier={dossiers[row.id]}
          departments={lookups.data?.departments}
          onDone={(dossier) => {
            update(dossier);
            // A closed complaint leaves this page: the list (and the counts) follow.
            if (dossier.complaint.status !== row.status) refresh();
          }}
        />
      ))}
    </Flex>
  );
};

function overdueCount(dossier: { agreements: Array<{ overdue: boolean }> } | undefined): number {
  return dossier ? dossier.agreements.filter((a) => a.overdue).length : 0;
}
