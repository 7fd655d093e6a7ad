import * as React from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowDown, Cross, Eye } from '@strapi/icons';
import type { IncomingMail } from '../../../../shared/contracts';
import { IrreversibleAction } from '../../components/IrreversibleAction';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Section } from '../../components/Section';
import { ViewDialog } from '../../components/ViewDialog';
import { queries } from '../../api/client';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

const sender = (mail: IncomingMail) => mail.fromName || mail.fromAddress || '—';

/**
 * Step 1's mailbox: mails that arrived in the complaints mailbox and are not a complaint yet. Staff read one,
 * take it into the registration form below (sender, text, date of receipt) or mark it as not a complaint.
 * Hidden while there is none.
 */
export const MailDrafts = ({ chosen, onChoose }: { chosen: IncomingMail | null; onChoose: (mail: IncomingMail) => void }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const drafts = useApiQuery(React.useMemo(() => queries.incomingMails(), []));
  const [reading, setReading] = React.useState<IncomingMail | null>(null);
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const mails = drafts.data ?? [];

  /** Resolves false while the server refuses, so the dialog stays open with its answer. */
  const dismiss = async (mail: IncomingMail) => {
    const left = await submit(() => api.notAComplaint(mail.id), t('mail.markedNotAComplaint'));
    if (!left) return false;
    drafts.reload();
    return true;
  };

  if (!mails.length) return drafts.problem ? <ProblemAlert problem={drafts.problem} /> : null;
  return (
    <Box paddingBottom={6}>
      <Section title={`${t('mail.title')} (${mails.length})`} id="mail-drafts">
        <Box paddingBottom={4}>
          <Typography textColor="neutral600">{t('mail.subtitle')}</Typography>
        </Box>
        <Table colCount={4} rowCount={mails.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('mail.received')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('mail.from')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('mail.subject')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('mail.actions')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {mails.map((mail) => (
              <Tr key={mail.id} aria-current={chosen?.id === mail.id ? 'true' : undefined}>
                <Td>
                  <Typography>{formatDateTime(mail.receivedAt, locale)}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal' }}>
                  <Typography>{sender(mail)}</Typography>
                  {mail.fromName && mail.fromAddress && (
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {mail.fromAddress}
                    </Typography>
                  )}
                </Td>
                <Td style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                  <Typography>{mail.subject || t('mail.noSubject')}</Typography>
                  {mail.attachments.length > 0 && (
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      {t('mail.attachments')}: {mail.attachments.join(', ')}
                    </Typography>
                  )}
                  {mail.refusedAttachments.length > 0 && (
                    <Typography variant="pi" textColor="danger600" tag="p">
                      {t('mail.refused')}: {mail.refusedAttachments.map((a) => `${a.fileName} (${a.reason[locale]})`).join('; ')}
                    </Typography>
                  )}
                </Td>
                <Td>
                  <Flex gap={2} wrap="wrap">
                    <Button size="S" variant="tertiary" startIcon={<Eye />} onClick={() => setReading(mail)}>
                      {t('mail.read')}
                    </Button>
                    <Button size="S" variant="secondary" startIcon={<ArrowDown />} aria-label={t('mail.useLabel', { from: sender(mail) })} onClick={() => onChoose(mail)}>
                      {t('mail.use')}
                    </Button>
                    <IrreversibleAction
                      label={t('mail.notAComplaint')}
                      accessibleLabel={t('mail.notAComplaintLabel', { from: sender(mail) })}
                      size="S"
                      icon={<Cross />}
                      title={t('mail.notAComplaint')}
                      description={t('mail.notAComplaintConfirm')}
                      confirmLabel={t('mail.notAComplaint')}
                      isBusy={isSubmitting}
                      problem={problem}
                      onOpen={reset}
                      onConfirm={() => dismiss(mail)}
                    />
                  </Flex>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </Section>
      <ViewDialog title={reading ? reading.subject || t('mail.noSubject') : null} onClose={() => setReading(null)}>
        {reading && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="pi" textColor="neutral600">
              {sender(reading)} · {formatDateTime(reading.receivedAt, locale)}
            </Typography>
            <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {reading.text}
            </Typography>
          </Flex>
        )}
      </ViewDialog>
    </Box>
  );
};
