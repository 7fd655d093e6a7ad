import * as React from 'react';
import { Box, Button, Flex, Modal, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { CheckCircle, CrossCircle } from '@strapi/icons';
import type { BulkInput, BulkResult, BulkRowResult, ComplaintSummary } from '../../../shared/contracts';
import { useAdminClient } from '../hooks/useAdminClient';
import { ColumnHeads } from './ColumnHeads';
import { CloseActions } from './ModalActions';
import { useSubmit } from '../hooks/useSubmit';
import { useT } from '../hooks/useT';

/** An action the bar offers for the selected rows: its label and the request it makes of their ids. */
export interface BulkOption {
  label: string;
  request: (ids: number[]) => BulkInput;
}

/**
 * The bar above a list with selected rows: how many, the actions for all of them, and afterwards a dialog
 * that says per complaint what happened (each went through the procedure on its own). Rows that were done
 * leave the selection; refused ones stay selected, to be looked at.
 */
export const BulkActions = ({
  rows,
  selected,
  options,
  onClear,
  onDone,
}: {
  rows: ComplaintSummary[];
  selected: ReadonlySet<number>;
  options: BulkOption[];
  onClear: () => void;
  /** After a run: the ids that were done (to leave the selection), and the list reloads. */
  onDone: (doneIds: number[]) => void;
}) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting } = useSubmit();
  const [result, setResult] = React.useState<{ label: string; answer: BulkResult } | null>(null);
  const references = new Map(rows.map((row) => [row.id, row.reference]));
  const ids = [...selected];

  const run = async (option: BulkOption) => {
    const answer = await submit(() => api.bulk(option.request(ids)));
    if (!answer) return;
    setResult({ label: option.label, answer });
    onDone(answer.results.filter((r) => r.ok).map((r) => r.id));
  };

  return (
    <>
      {ids.length > 0 && (
        <SelectionBar count={t('bulk.selected', { count: ids.length })}>
          {options.map((option) => (
            <Button key={option.label} size="S" loading={isSubmitting} onClick={() => run(option)}>
              {option.label}
            </Button>
          ))}
          <Button size="S" variant="tertiary" onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        </SelectionBar>
      )}
      <BulkResultDialog
        title={result ? t('bulk.result.title', { action: result.label }) : ''}
        results={result?.answer.results ?? null}
        nameOf={(id) => references.get(id) ?? `#${id}`}
        onClose={() => setResult(null)}
      />
    </>
  );
};

/** What happened per row of an action on several (complaints, or letters of the print queue): done, or why not. */
export const BulkResultDialog = ({
  title,
  results,
  nameOf,
  onClose,
}: {
  title: string;
  /** null: the dialog is closed. */
  results: BulkRowResult[] | null;
  /** The row's name when the server gave no reference (one the user may not see). */
  nameOf: (id: number) => string;
  onClose: () => void;
}) => {
  const { t, pick } = useT();
  const done = results?.filter((r) => r.ok).length ?? 0;
  return (
    <Modal.Root open={results !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{title}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {results && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>{t('bulk.result.summary', { done, count: results.length })}</Typography>
              <Table colCount={2} rowCount={results.length + 1}>
                <ColumnHeads labels={[t('list.col.reference'), t('bulk.result.outcome')]} />
                <Tbody>
                  {results.map((row) => (
                    <Tr key={row.id} data-bulk-result={row.ok ? 'done' : 'refused'}>
                      <Td>
                        <Typography>{row.reference ?? nameOf(row.id)}</Typography>
                      </Td>
                      <Td style={{ whiteSpace: 'normal' }}>
                        <Flex gap={2} alignItems="flex-start">
                          {row.ok ? <CheckCircle fill="success600" aria-hidden /> : <CrossCircle fill="danger600" aria-hidden />}
                          <Typography textColor={row.ok ? 'success700' : 'danger700'}>{row.ok ? t('bulk.result.done') : row.message ? pick(row.message) : t('error.unexpected')}</Typography>
                        </Flex>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </Flex>
          )}
        </Modal.Body>
        <CloseActions />
      </Modal.Content>
    </Modal.Root>
  );
};

/** The bar above a list with selected rows: how many (spoken when it changes), and what can be done to them. */
export const SelectionBar = ({ count, children }: { count: string; children: React.ReactNode }) => (
  <Box background="primary100" padding={3} hasRadius marginBottom={4} borderColor="primary200" borderStyle="solid" borderWidth="1px">
    <Flex gap={3} wrap="wrap" alignItems="center">
      <Typography fontWeight="bold" role="status">
        {count}
      </Typography>
      {children}
    </Flex>
  </Box>
);
