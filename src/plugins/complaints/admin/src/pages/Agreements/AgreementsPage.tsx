import * as React from 'react';
import { Badge, Button, Flex, Typography } from '@strapi/design-system';
import type { ComplaintSummary } from '../../../../shared/contracts';
import { RowActions } from '../../components/RowActions';
import { StatusBadge } from '../../components/StatusBadge';
import { StepListPage } from '../../components/StepListPage';
import { useOverview } from '../../hooks/useOverview';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { agreementRowActions, byAgreementUrgency } from '../../lib/agreementRows';
import { formatShortDate, isoDateFromNow } from '../../lib/dates';
import { calendarDaysBetween } from '../../lib/terms';
import { AgreementsDialog } from './AgreementsDialog';

/**
 * Step 5: complaints whose outcome was sent, with their open and overdue agreements and the next due date
 * (from the list rows). Mark agreements kept or not kept in a dialog per complaint, start monitoring, and
 * close the complaint once every agreement is settled. Overdue agreements first.
 */
export const AgreementsPage = () => {
  const { t } = useT();
  const { canProcess } = usePermissions();
  const [dialogFor, setDialogFor] = React.useState<ComplaintSummary | null>(null);
  return (
    <StepListPage
      step={5}
      title={t('step.5.title')}
      subtitle={t('step.5.subtitle')}
      term="handling"
      emptyText={t('step.5.empty')}
      orderRows={byAgreementUrgency}
      showStatus={false}
      extraColumns={[{ header: t('agreement.col.agreements'), render: (row) => <AgreementFacts row={row} /> }]}
      actions={
        canProcess
          ? (row, refresh) => (
              <>
                {row.agreementsOpen > 0 && (
                  <Button size="S" onClick={() => setDialogFor(row)}>
                    {t('agreement.dialog.open')}
                  </Button>
                )}
                <RowActions row={row} onDone={refresh} actions={agreementRowActions(row).map((action) => ({ action, variant: action === 'close' ? 'default' : 'secondary' }))} />
              </>
            )
          : undefined
      }
      after={(refresh) => <AgreementsDialog row={dialogFor} onClose={() => setDialogFor(null)} onChanged={refresh} />}
    />
  );
};

/**
 * Where the complaint stands (the page has no status column, so the table fits 1280 px), its open and
 * overdue agreements, and when the next one is due (agreements run in calendar days).
 */
const AgreementFacts = ({ row }: { row: ComplaintSummary }) => {
  const { t, locale } = useT();
  const today = useOverview().data?.today ?? isoDateFromNow(0);
  const days = row.nextAgreementDue ? calendarDaysBetween(today, row.nextAgreementDue) : null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <StatusBadge status={row.status} />
      {row.agreementsOpen === 0 ? (
        <Typography textColor="neutral600">{t('agreement.allSettled')}</Typography>
      ) : (
        <Flex gap={2} wrap="wrap">
          <Typography>{t('agreement.openCount', { count: row.agreementsOpen })}</Typography>
          {row.agreementsOverdue > 0 && (
            <Badge backgroundColor="danger100" textColor="danger700" data-tone="danger">
              {t('agreement.overdueCount', { count: row.agreementsOverdue })}
            </Badge>
          )}
        </Flex>
      )}
      {row.agreementsOpen > 0 && row.nextAgreementDue && days !== null && days >= 0 && (
        <Typography variant="pi" textColor={days <= 1 ? 'warning700' : 'neutral600'}>
          {t('agreement.nextDue', { date: formatShortDate(row.nextAgreementDue, locale) })}
        </Typography>
      )}
    </Flex>
  );
};
