import * as React from 'react';
import { Box, Button, Dialog, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { ArrowDown, Cross, Eye, Mail } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { IncomingMail } from '../../../../shared/contracts';
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
  const { toggleNotification } = useNotification();
  const drafts = useApiQuery(React.useMemo(() => queries.incomingMails(), []));
  const [reading, setReading] = React.useState<IncomingMail | null>(null);
  const [dismissing, setDismissing] = React.useState<IncomingMail | null>(null);
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const mails = drafts.data ?? [];

  const dismiss = async () => {
    if (!dismissing) return;
    const left = await submit(() => api.notAComplaint(dismissing.id), t('mail.markedNotAComplaint'));
    if (!left) return;
    setDismissing(null);
    drafts.reload();
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
                    <Button
                      size="S"
                      variant="danger-light"
                      startIcon={<Cross />}
                      aria-label={t('mail.notAComplaintLabel', { from: sender(mail) })}
                      onClick={() => {
                        reset();
                        setDismissing(mail);
                      }}
                    >
                      {t('mail.notAComplaint')}
                    </Button>
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
      <Dialog.Root open={Boolean(dismissing)} onOpenChange={(open) => !open && setDismissing(null)}>
        <Dialog.Content>
          <Dialog.Header>{t('mail.notAComplaint')}</Dialog.Header>
          <Dialog.Body icon={<Mail width="2.4rem" height="2.4rem" />}>
            <Flex direction="column" alignItems="stretch" gap={4} width="100%">
              <Dialog.Description>{t('mail.notAComplaintConfirm')}</Dialog.Description>
              <ProblemAlert problem={problem} />
            </Flex>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary">
                {t('common.cancel')}
              </Button>
            </Dialog.Cancel>
            <Button fullWidth variant="danger" loading={isSubmitting} onClick={dismiss}>
              {t('mail.notAComplaint')}
            </Button>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Box>
  );
};
