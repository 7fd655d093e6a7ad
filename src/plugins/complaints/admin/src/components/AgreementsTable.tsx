import { Badge, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import type { Agreement, Dossier } from '../../../shared/contracts';
import { useT } from '../hooks/useT';
import { formatDate } from '../lib/dates';
import { calendarDaysBetween, termTone } from '../lib/terms';
import { ActionButton, DialogHost } from './ActionModal';

const TONE_COLOURS = {
  danger: ['danger100', 'danger700'],
  warning: ['warning100', 'warning700'],
  success: ['success100', 'success700'],
  neutral: ['neutral150', 'neutral700'],
} as const;

/** Overdue red, due today or tomorrow amber (agreements run in calendar days). */
const AgreementDue = ({ agreement, today }: { agreement: Agreement; today: string }) => {
  const { t, locale } = useT();
  const days = calendarDaysBetween(today, agreement.dueDate);
  const open = agreement.status === 'open';
  const tone = open ? termTone({ daysLeft: days, overdue: agreement.overdue }) : 'neutral';
  const [background, text] = TONE_COLOURS[tone];
  const label = !open
    ? null
    : agreement.overdue || days < 0
      ? t('agreement.due.overdue', { days: Math.abs(days) })
      : days === 0
        ? t('agreement.due.today')
        : days === 1
          ? t('agreement.due.tomorrow')
          : t('agreement.due.inDays', { days });
  return (
    <Flex gap={2} wrap="wrap">
      <Typography>{formatDate(agreement.dueDate, locale)}</Typography>
      {label && (
        <Badge backgroundColor={background} textColor={text} data-tone={tone}>
          {label}
        </Badge>
      )}
    </Flex>
  );
};

/** A complaint's agreements, with "kept" / "not kept" for the open ones when the procedure allows it. */
export const AgreementsTable = ({ dossier, canProcess, onDone }: { dossier: Dossier; canProcess: boolean; onDone: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const { agreements, complaint, terms } = dossier;
  const canRecord = canProcess && dossier.allowedActions.some((a) => a.action === 'recordAgreementResult');
  if (!agreements.length) return <Typography textColor="neutral600">{complaint.noAgreements ? t('agreement.noneMade') : t('agreement.none')}</Typography>;

  return (
    <DialogHost>
      <Table colCount={canRecord ? 5 : 4} rowCount={agreements.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('agreement.col.description')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('agreement.col.owner')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('agreement.col.due')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('agreement.col.status')}</Typography>
            </Th>
            {canRecord && (
              <Th>
                <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
              </Th>
            )}
          </Tr>
        </Thead>
        <Tbody>
          {agreements.map((agreement) => (
            <Tr key={agreement.id} data-agreement={agreement.id}>
              <Td style={{ whiteSpace: 'normal' }}>
                <Typography>{agreement.description}</Typography>
              </Td>
              <Td>
                <Typography>{agreement.ownerName ?? agreement.ownerDepartmentName ?? (agreement.ownerDepartmentId ? t('agreement.department') : '—')}</Typography>
              </Td>
              <Td>
                <AgreementDue agreement={agreement} today={terms.today} />
              </Td>
              <Td>
                <Flex direction="column" alignItems="flex-start">
                  <Badge
                    backgroundColor={agreement.status === 'kept' ? 'success100' : agreement.status === 'not_kept' ? 'danger100' : 'neutral150'}
                    textColor={agreement.status === 'kept' ? 'success700' : agreement.status === 'not_kept' ? 'danger700' : 'neutral700'}
                  >
                    {t(`agreementStatus.${agreement.status}`)}
                  </Badge>
                  {agreement.settledAt && (
                    <Typography variant="pi" textColor="neutral600">
                      {formatDate(agreement.settledAt, locale)}
                      {agreement.settledNote ? ` · ${agreement.settledNote}` : ''}
                    </Typography>
                  )}
                </Flex>
              </Td>
              {canRecord && (
                <Td>
                  {agreement.status === 'open' && (
                    <Flex gap={2} justifyContent="flex-end">
                      <ActionButton
                        action="recordAgreementResult"
                        variant="success-light"
                        complaintId={complaint.id}
                        agreementId={agreement.id}
                        extraBody={{ result: 'kept' }}
                        title={t('agreement.markKept')}
                        successMessage={t('agreement.markedKept')}
                        context={<Typography fontWeight="bold">{agreement.description}</Typography>}
                        onDone={onDone}
                      />
                      <ActionButton
                        action="recordAgreementResult"
                        variant="danger-light"
                        complaintId={complaint.id}
                        agreementId={agreement.id}
                        extraBody={{ result: 'not_kept' }}
                        title={t('agreement.markNotKept')}
                        successMessage={t('agreement.markedNotKept')}
                        context={<Typography fontWeight="bold">{agreement.description}</Typography>}
                        onDone={onDone}
                      />
                    </Flex>
                  )}
                </Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </DialogHost>
  );
};
