import { Flex, Typography } from '@strapi/design-system';
import type { ComplaintSummary } from '../../../../shared/contracts';
import { RowActions } from '../../components/RowActions';
import { StepListPage } from '../../components/StepListPage';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

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
          ? (row, refresh) => (
              <RowActions
                row={row}
                onDone={refresh}
                actions={
                  row.status === 'hearing_planned'
                    ? [
                        { action: 'recordHearing', variant: 'default' },
                        { action: 'planHearing', variant: 'tertiary', title: t('actionLabel.replanHearing') },
                        { action: 'skipHearing', variant: 'tertiary' },
                      ]
                    : [
                        { action: 'planHearing', variant: 'default' },
                        { action: 'skipHearing', variant: 'tertiary' },
                      ]
                }
              />
            )
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
