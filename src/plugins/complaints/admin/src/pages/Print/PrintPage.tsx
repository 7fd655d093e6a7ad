import * as React from 'react';
import { Button, Checkbox, EmptyStateLayout, Flex, Link, Loader, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Check, Download } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import type { BulkRowResult } from '../../../../shared/contracts';
import { MAX_PRINT_BATCH as MAX_PER_PDF } from '../../../../shared/contracts/letters';
import { queries } from '../../api/client';
import { BulkResultDialog, SelectionBar } from '../../components/BulkActions';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useApiQuery } from '../../hooks/useApiQuery';
import { usePermissions } from '../../hooks/usePermissions';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { saveBlob } from '../../lib/download';
import { dossierPath } from '../../pluginId';


/**
 * The print queue: every postal letter waiting to be printed, oldest first. Staff select letters, download
 * them as one PDF (each on sheets of its own) and, once printed, mark them printed in one go; the letters
 * then leave the queue, each with its audit event.
 */
export const PrintPage = () => {
  const { t, locale } = useT();
  const api = useAdminClient();
  const { canProcess } = usePermissions();
  const queue = useApiQuery(queries.lettersToPrint());
  const download = useSubmit();
  const marking = useSubmit();
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [results, setResults] = React.useState<BulkRowResult[] | null>(null);
  const letters = queue.data ?? [];
  const ids = letters.filter((l) => selected.has(l.id)).map((l) => l.id);
  const referenceOf = new Map(letters.map((l) => [l.id, l.reference]));

  const toggle = (id: number, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const downloadPdf = async () => {
    const blob = await download.submit(() => api.lettersPdf(ids));
    if (blob) saveBlob(blob, `brieven-${ids.length}.pdf`);
  };

  const markPrinted = async () => {
    const answer = await marking.submit(() => api.markLettersPrinted(ids));
    if (!answer) return;
    setResults(answer.results);
    // refused letters stay selected, to be looked at
    setSelected(new Set(answer.results.filter((r) => !r.ok).map((r) => r.id)));
    queue.reload();
  };

  const title = t('print.title');
  return (
    <Page.Main aria-busy={queue.isLoading}>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={t('print.subtitle')} />
      <Layouts.Content>
        <ProblemAlert problem={queue.problem ?? download.problem ?? marking.problem} />
        {ids.length > 0 && (
          <SelectionBar count={t('print.selected', { count: ids.length })}>
            <Button size="S" startIcon={<Download />} loading={download.isSubmitting} disabled={ids.length > MAX_PER_PDF} onClick={downloadPdf}>
              {t('print.download')}
            </Button>
            {canProcess && (
              <Button size="S" variant="secondary" startIcon={<Check />} loading={marking.isSubmitting} onClick={markPrinted}>
                {t('print.markPrinted')}
              </Button>
            )}
            {ids.length > MAX_PER_PDF && <Typography textColor="danger600">{t('print.tooMany', { max: MAX_PER_PDF })}</Typography>}
          </SelectionBar>
        )}
        {queue.isLoading && !queue.data ? (
          <Flex justifyContent="center" padding={8}>
            <Loader>{t('common.loading')}</Loader>
          </Flex>
        ) : !letters.length ? (
          <EmptyStateLayout content={t('print.empty')} />
        ) : (
          <Table colCount={5} rowCount={letters.length + 1}>
            <ColumnHeads
              labels={[
                <Checkbox
                  key="all"
                  aria-label={t('print.selectAll')}
                  checked={ids.length === letters.length ? true : ids.length ? 'indeterminate' : false}
                  onCheckedChange={(checked) => setSelected(new Set(checked === true ? letters.map((l) => l.id) : []))}
                />,
                t('list.col.reference'),
                t('print.col.letter'),
                t('print.col.recipient'),
                t('print.col.since'),
              ]}
            />
            <Tbody>
              {letters.map((letter) => (
                <Tr key={letter.id} data-letter={letter.id}>
                  <Td>
                    <Checkbox
                      aria-label={t('print.selectRow', { kind: t(`letterKind.${letter.kind}`), reference: letter.reference })}
                      checked={selected.has(letter.id)}
                      onCheckedChange={(checked) => toggle(letter.id, checked === true)}
                    />
                  </Td>
                  <Td>
                    <Link tag={NavLink} to={dossierPath(letter.complaintId)}>
                      {letter.reference}
                    </Link>
                  </Td>
                  <Td>
                    <Typography>{t(`letterKind.${letter.kind}`)}</Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Typography>{letter.recipientName ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{formatDateTime(letter.createdAt, locale)}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        <BulkResultDialog title={t('print.result.title')} results={results} nameOf={(id) => referenceOf.get(id) ?? `#${id}`} onClose={() => setResults(null)} />
      </Layouts.Content>
    </Page.Main>
  );
};
