import * as React from 'react';
import { Button, Modal, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useShortcuts } from '../hooks/useShortcuts';
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
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('shortcuts.key')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('shortcuts.does')}</Typography>
                </Th>
              </Tr>
            </Thead>
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
        <Modal.Footer>
          <Modal.Close>
            <Button>{t('common.close')}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
};
