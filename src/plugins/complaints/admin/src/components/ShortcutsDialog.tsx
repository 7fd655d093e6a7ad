import * as React from 'react';
import { Modal, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { useShortcuts } from '../hooks/useShortcuts';
import { ColumnHeads } from './ColumnHeads';
import { CloseActions } from './ModalActions';
import { useT } from '../hooks/useT';
import { SHORTCUT_HELP } from '../lib/shortcuts';

/** The plugin's keyboard shortcuts, listened for on every page; `?` shows this list. */
export const ShortcutsDialog = () => {
  const { t } = useT();
  const [open, setOpen] = React.useState(false);
  const show = React.useCallback(() => setOpen(true), []);
  useShortcuts(show);
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Content>
        <Modal.Header closeLabel={t('common.close')}>
          <Modal.Title>{t('shortcuts.title')}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          <Table colCount={2} rowCount={SHORTCUT_HELP.length + 1}>
            <ColumnHeads labels={[t('shortcuts.key'), t('shortcuts.does')]} />
            <Tbody>
              {SHORTCUT_HELP.map(([keys, what]) => (
                <Tr key={keys}>
                  <Td>
                    <Typography tag="kbd" fontWeight="bold">
                      {keys}
                    </Typography>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Typography>{t(what)}</Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Modal.Body>
        <CloseActions />
      </Modal.Content>
    </Modal.Root>
  );
};
