import * as React from 'react';
import { Button, Modal } from '@strapi/design-system';
import { useT } from '../hooks/useT';

/** A dialog that only shows something (a letter, a photo): a title, the content, and a close button. */
export const ViewDialog = ({ title, onClose, children }: { title: string | null; onClose: () => void; children: React.ReactNode }) => {
  const { t } = useT();
  return (
    <Modal.Root open={title !== null} onOpenChange={(open) => !open && onClose()}>
      {title !== null && (
        <Modal.Content>
          <Modal.Header closeLabel={t('common.close')}>
            <Modal.Title>{title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>{children}</Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.close')}</Button>
            </Modal.Close>
          </Modal.Footer>
        </Modal.Content>
      )}
    </Modal.Root>
  );
};
