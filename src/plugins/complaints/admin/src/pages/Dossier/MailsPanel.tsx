import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import type { Dossier, IncomingMail } from '../../../../shared/contracts';
import { Section } from '../../components/Section';
import { ViewDialog } from '../../components/ViewDialog';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

/**
 * Mails in the complaints mailbox about this complaint: the one it was registered from, the complainant's
 * replies (their documents are with the complaint's documents), bounces and automatic answers.
 */
export const MailsPanel = ({ dossier }: { dossier: Dossier }) => {
  const { t, locale } = useT();
  const [reading, setReading] = React.useState<IncomingMail | null>(null);
  const mails = dossier.mails ?? [];
  if (!mails.length) return null;
  return (
    <Section title={t('dossier.mails')} id="dossier-mails">
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {mails.map((mail) => (
          <Box tag="li" key={mail.id} borderColor="neutral200" hasRadius padding={3}>
            <Flex justifyContent="space-between" alignItems="flex-start" gap={2} wrap="wrap">
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Badge backgroundColor={mail.kind === 'bounce' ? 'danger100' : 'neutral150'} textColor={mail.kind === 'bounce' ? 'danger700' : 'neutral700'}>
                  {t(`mail.kind.${mail.kind}`)}
                </Badge>
                <Typography fontWeight="semiBold" style={{ overflowWrap: 'anywhere' }}>
                  {mail.subject || t('mail.noSubject')}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  {[mail.fromName || mail.fromAddress, formatDateTime(mail.receivedAt, locale)].filter(Boolean).join(' · ')}
                </Typography>
                {mail.refusedAttachments.length > 0 && (
                  <Typography variant="pi" textColor="danger600">
                    {t('mail.refused')}: {mail.refusedAttachments.map((a) => `${a.fileName} (${a.reason[locale]})`).join('; ')}
                  </Typography>
                )}
              </Flex>
              <Button size="S" variant="tertiary" startIcon={<Eye />} onClick={() => setReading(mail)}>
                {t('mail.read')}
              </Button>
            </Flex>
          </Box>
        ))}
      </Flex>
      <ViewDialog title={reading ? reading.subject || t('mail.noSubject') : null} onClose={() => setReading(null)}>
        {reading && (
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {reading.text}
          </Typography>
        )}
      </ViewDialog>
    </Section>
  );
};
