import * as React from 'react';
import { Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import type { ComplaintSummary, Dossier } from '../../../../shared/contracts';
import { AgreementsTable } from '../../components/AgreementsTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { queries } from '../../api/client';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useT } from '../../hooks/useT';

/**
 * The agreements of one complaint of step 5, to mark kept or not kept: its dossier is loaded only when the
 * dialog opens. Every result reloads the list behind it (counts, order, actions); the dialog belongs to the
 * page, so it stays open when the row changes or leaves the filtered list.
 */
export const AgreementsDialog = ({ row, onClose, onChanged }: { row: ComplaintSummary | null; onClose: () => void; onChanged: () => void }) => (
  <Modal.Root open={row !== null} onOpenChange={(open) => !open && onClose()}>
    {row && <AgreementsDialogContent key={row.id} row={row} onChanged={onChanged} />}
  </Modal.Root>
);

const AgreementsDialogContent = ({ row, onChanged }: { row: ComplaintSummary; onChanged: () => void }) => {
  const { t } = useT();
  const query = useApiQuery(queries.dossier(row.id));
  const [fresh, setFresh] = React.useState<Dossier | null>(null);
  const dossier = fresh ?? query.data;
  const open = dossier?.agreements.filter((a) => a.status === 'open').length ?? row.agreementsOpen;

  return (
    <Modal.Content style={{ width: 'min(96rem, 94vw)', maxWidth: 'none' }}>
      <Modal.Header closeLabel={t('common.close')}>
        <Modal.Title>{t('agreement.dialog.title', { reference: row.reference })}</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography textColor="neutral700">{t('agreement.dialog.intro', { name: row.complainantName ?? '—' })}</Typography>
          <ProblemAlert problem={query.problem} />
          {dossier ? (
            <AgreementsTable
              dossier={dossier}
              canProcess
              onDone={(next) => {
                setFresh(next);
                onChanged();
              }}
            />
          ) : (
            <Flex justifyContent="center" padding={6}>
              <Loader small>{t('common.loading')}</Loader>
            </Flex>
          )}
          {dossier && open === 0 && (
            <Typography textColor="success700" fontWeight="semiBold" role="status">
              {t('agreement.dialog.allSettled')}
            </Typography>
          )}
        </Flex>
      </Modal.Body>
      <Modal.Footer justifyContent="flex-end">
        <Modal.Close>
          <Button variant="tertiary">{t('agreement.dialog.done')}</Button>
        </Modal.Close>
      </Modal.Footer>
    </Modal.Content>
  );
};
