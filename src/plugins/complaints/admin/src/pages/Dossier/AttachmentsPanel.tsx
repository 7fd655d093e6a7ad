import * as React from 'react';
import { Badge, Box, Button, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { Download, Eye, Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { ATTACHMENT_TYPES, SOURCE_LABELS, fileSize, type Attachment } from '../../../../shared/contracts/attachments';
import type { Dossier } from '../../../../shared/contracts';
import { queries } from '../../api/client';
import { DocumentsField } from '../../components/form/DocumentsField';
import { Section } from '../../components/Section';
import { ViewDialog } from '../../components/ViewDialog';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { saveBlob } from '../../lib/download';

/**
 * The documents that came with the complaint or were added later: each fetched with the admin session
 * (so as a blob), a photo shown in a dialog, a PDF opened in a tab of its own. A document that waits for
 * the virus scanner cannot be opened yet. Staff who process complaints add documents here, where the site
 * has a scanner.
 */
export const AttachmentsPanel = ({ dossier, canProcess, onChanged }: { dossier: Dossier; canProcess: boolean; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { toggleNotification } = useNotification();
  const { submit, isSubmitting, problem } = useSubmit();
  const complaintId = dossier.complaint.id;
  const query = useApiQuery(queries.attachments(complaintId));
  const [busy, setBusy] = React.useState<number | null>(null);
  const [viewing, setViewing] = React.useState<{ attachment: Attachment; url: string } | null>(null);
  const [chosen, setChosen] = React.useState<File[]>([]);
  const [sent, setSent] = React.useState(0);
  const list = query.data;

  React.useEffect(() => () => (viewing ? URL.revokeObjectURL(viewing.url) : undefined), [viewing]);

  const fetchBlob = async (attachment: Attachment): Promise<Blob | null> => {
    setBusy(attachment.id);
    try {
      return await api.attachmentFile(complaintId, attachment.id);
    } catch (error) {
      const status = (error as { status?: number }).status;
      toggleNotification({ type: 'danger', message: status === 409 ? t('attachments.notScanned') : t('attachments.openFailed') });
      return null;
    } finally {
      setBusy(null);
    }
  };

  const view = async (attachment: Attachment) => {
    const blob = await fetchBlob(attachment);
    if (!blob) return;
    const url = URL.createObjectURL(new Blob([blob], { type: attachment.type }));
    if (attachment.type.startsWith('image/')) setViewing({ attachment, url });
    else {
      window.open(url, '_blank', 'noopener');
      window.setTimeout(() => URL.revokeObjectURL(url), 60000);
    }
  };

  const download = async (attachment: Attachment) => {
    const blob = await fetchBlob(attachment);
    if (blob) saveBlob(blob, attachment.fileName);
  };

  const add = async () => {
    const done = await submit(() => api.addAttachments(complaintId, chosen), t('attachments.added'));
    if (!done) return;
    setChosen([]);
    setSent((n) => n + 1);
    query.reload();
    // the timeline records the addition
    onChanged(await api.read(queries.dossier(complaintId)));
  };

  const mayAdd = canProcess && Boolean(list?.accepting) && !dossier.complaint.anonymisedAt;

  return (
    <Section title={t('dossier.attachments')} id="dossier-attachments">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {list && !list.attachments.length && <Typography textColor="neutral600">{t('attachments.none')}</Typography>}
        {list && list.attachments.length > 0 && (
          <Box tag="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.attachments.map((attachment) => (
              <Box tag="li" key={attachment.id} paddingTop={2} paddingBottom={2} borderColor="neutral150" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }} data-attachment={attachment.fileName}>
                <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="semiBold">{attachment.fileName}</Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {ATTACHMENT_TYPES[attachment.type]} · {fileSize(attachment.size)} · {SOURCE_LABELS[attachment.source][locale === 'en' ? 'en' : 'nl']}
                      {attachment.addedBy ? ` (${attachment.addedBy})` : ''} · {formatDateTime(attachment.createdAt, locale)}
                    </Typography>
                    {attachment.scanStatus === 'pending' && (
                      <Badge backgroundColor="warning100" textColor="warning700">
                        {t('attachments.pending')}
                      </Badge>
                    )}
                  </Flex>
                  {attachment.scanStatus === 'clean' && (
                    <Flex gap={2}>
                      {attachment.previewable && (
                        <Button size="S" variant="tertiary" startIcon={<Eye />} loading={busy === attachment.id} onClick={() => view(attachment)}>
                          {t('attachments.view')}
                          <VisuallyHidden>{` ${attachment.fileName}`}</VisuallyHidden>
                        </Button>
                      )}
                      <Button size="S" variant="tertiary" startIcon={<Download />} onClick={() => download(attachment)}>
                        {t('attachments.download')}
                        <VisuallyHidden>{` ${attachment.fileName}`}</VisuallyHidden>
                      </Button>
                    </Flex>
                  )}
                </Flex>
              </Box>
            ))}
          </Box>
        )}
        {mayAdd && list && (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <DocumentsField id="attachments-input" rules={list.rules} error={problem?.fieldErrors.attachments} onChange={setChosen} resetKey={sent} />
            <Flex>
              <Button variant="secondary" startIcon={<Plus />} disabled={!chosen.length} loading={isSubmitting} onClick={add}>
                {t('attachments.add')}
              </Button>
            </Flex>
          </Flex>
        )}
        {list && !list.accepting && canProcess && (
          <Typography variant="pi" textColor="neutral600">
            {t('attachments.noScanner')}
          </Typography>
        )}
      </Flex>
      <ViewDialog title={viewing ? viewing.attachment.fileName : null} onClose={() => setViewing(null)}>
        {viewing && <img src={viewing.url} alt={viewing.attachment.fileName} style={{ maxWidth: '100%', maxHeight: '60vh', display: 'block', margin: '0 auto' }} />}
      </ViewDialog>
    </Section>
  );
};
