import * as React from 'react';
import { Badge, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise, Check, Download, Eye } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import { queries } from '../../api/client';
import type { Dossier, Letter, LetterPreview } from '../../../../shared/contracts';
import { LetterPreviewFrame } from '../../components/LetterPreviewFrame';
import { Section } from '../../components/Section';
import { ViewDialog } from '../../components/ViewDialog';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { saveBlob } from '../../lib/download';

/**
 * A design-system cell with several buttons cancels every key's default, Enter and Space on its buttons
 * included: they stop here, before the cell, so the button under the keyboard is pressed.
 */
const keepButtonKeys = (event: React.KeyboardEvent) => {
  if ((event.key === 'Enter' || event.key === ' ') && (event.target as HTMLElement).tagName === 'BUTTON') event.stopPropagation();
};

const STATUS_COLOURS: Record<Letter['status'], [string, string]> = {
  queued: ['neutral150', 'neutral700'],
  sending: ['primary100', 'primary700'],
  sent: ['success100', 'success700'],
  failed: ['danger100', 'danger700'],
  to_print: ['warning100', 'warning700'],
  printed: ['success100', 'success700'],
};

/**
 * The letters of the complaint and where each stands. Postal letters come as a PDF to print (fetched
 * with the admin session, so as a blob); a failed e-mail can be sent again.
 */
export const LettersPanel = ({
  letters,
  dossier,
  canProcess,
  onChanged,
}: {
  letters: Letter[];
  dossier: Dossier;
  canProcess: boolean;
  onChanged: (dossier: Dossier) => void;
}) => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { submit } = useSubmit();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<number | null>(null);
  // the letter being read, in a dialog outside the table (a cell would take the dialog's Esc)
  const [reading, setReading] = React.useState<{ letter: Letter; content: LetterPreview } | null>(null);

  const read = async (letter: Letter) => {
    setBusy(letter.id);
    try {
      setReading({ letter, content: await api.letterContent(letter.id) });
    } catch (error) {
      const status = (error as { status?: number; response?: { status?: number } }).response?.status ?? (error as { status?: number }).status;
      toggleNotification({ type: 'danger', message: status === 409 ? t('letters.pdfNotReady') : t('letters.readFailed') });
    } finally {
      setBusy(null);
    }
  };

  // Retry and printed answer with the letters only: reload the dossier for its timeline too.
  const refreshDossier = async () => {
    onChanged(await api.read(queries.dossier(dossier.complaint.id)));
  };

  const download = async (letter: Letter) => {
    setBusy(letter.id);
    try {
      const blob = await api.letterPdf(letter.id);
      saveBlob(blob, `${dossier.complaint.reference}-${letter.kind}-${letter.id}.pdf`);
    } catch (error) {
      // A blob answer carries no error body: name the likely cause by its status.
      const status = (error as { status?: number }).status;
      toggleNotification({ type: 'danger', message: status === 409 ? t('letters.pdfNotReady') : t('letters.pdfFailed') });
    } finally {
      setBusy(null);
    }
  };

  const change = async (letter: Letter, run: () => Promise<unknown>, message: string) => {
    setBusy(letter.id);
    const done = await submit(async () => {
      await run();
      return true;
    }, message);
    if (done) await refreshDossier();
    setBusy(null);
  };

  return (
    <Section title={t('dossier.letters')} id="dossier-letters">
      {!letters.length ? (
        <Typography textColor="neutral600">{t('letters.none')}</Typography>
      ) : (
        <Table colCount={4} rowCount={letters.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('letters.col.letter')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('letters.col.recipient')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('letters.col.statusAndDate')}</Typography>
              </Th>
              <Th>
                <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {letters.map((letter) => {
              const [background, text] = STATUS_COLOURS[letter.status] ?? STATUS_COLOURS.queued;
              const postal = letter.channel === 'post';
              return (
                <Tr key={letter.id} data-letter-kind={letter.kind}>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="semiBold">{t(`letterKind.${letter.kind}`)}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {letter.subject ?? ''}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td style={{ whiteSpace: 'normal', overflowWrap: 'break-word' }}>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography>{letter.recipientName ?? '—'}</Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {postal ? t('letters.byPost') : (letter.recipientEmail ?? t('letters.byEmail'))} · {t(`audience.${letter.audience}`)}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Badge backgroundColor={background} textColor={text}>
                        {t(`letterStatus.${letter.status}`)}
                      </Badge>
                      <Typography variant="pi" textColor="neutral600">
                        {formatDateTime(letter.sentAt ?? letter.printedAt ?? letter.createdAt, locale)}
                      </Typography>
                      {letter.bouncedAt && (
                        <Badge backgroundColor="danger100" textColor="danger700">
                          {t('letters.bounced')}
                        </Badge>
                      )}
                      {letter.status === 'failed' && letter.lastError && (
                        <Typography variant="pi" textColor="danger600">
                          {letter.lastError}
                        </Typography>
                      )}
                    </Flex>
                  </Td>
                  <Td>
                    {/* stacked: the table fits the dossier's column at 1440 px without a scroll bar */}
                    <Flex direction="column" alignItems="stretch" gap={2} onKeyDown={keepButtonKeys}>
                      <Button size="S" variant="tertiary" startIcon={<Eye />} loading={busy === letter.id && !reading} onClick={() => read(letter)}>
                        {t('letters.read')}
                      </Button>
                      {((postal && (letter.status === 'to_print' || letter.status === 'printed')) || letter.bouncedAt) && (
                        <Button size="S" variant="tertiary" startIcon={<Download />} loading={busy === letter.id} onClick={() => download(letter)}>
                          {t('letters.pdf')}
                        </Button>
                      )}
                      {canProcess && letter.status === 'to_print' && (
                        <Button
                          size="S"
                          variant="secondary"
                          startIcon={<Check />}
                          onClick={() => change(letter, () => api.markLetterPrinted(letter.id), t('letters.printedDone'))}
                        >
                          {t('letters.markPrinted')}
                        </Button>
                      )}
                      {canProcess && letter.status === 'failed' && (
                        <Button
                          size="S"
                          variant="secondary"
                          startIcon={<ArrowClockwise />}
                          onClick={() => change(letter, () => api.retryLetter(letter.id), t('letters.retryDone'))}
                        >
                          {t('letters.retry')}
                        </Button>
                      )}
                    </Flex>
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
      <ViewDialog title={reading ? t(`letterKind.${reading.letter.kind}`) : null} onClose={() => setReading(null)}>
        {reading && <LetterPreviewFrame preview={reading.content} isLoading={false} height={480} />}
      </ViewDialog>
    </Section>
  );
};
