import { Button, Modal } from '@strapi/design-system';
import { useT } from '../hooks/useT';

/**
 * A dialog's footer: "Annuleren" closes it, the one action runs on click, or submits the dialog's form when
 * there is no click handler (Enter in a field then does the same).
 */
export const ModalActions = ({ label, busy, onConfirm, danger = false }: { label: string; busy: boolean; onConfirm?: () => void; danger?: boolean }) => {
  const { t } = useT();
  return (
    <Modal.Footer>
      <Modal.Close>
        <Button variant="tertiary" type="button">
          {t('common.cancel')}
        </Button>
      </Modal.Close>
      <Button type={onConfirm ? 'button' : 'submit'} variant={danger ? 'danger' : 'default'} loading={busy} onClick={onConfirm}>
        {label}
      </Button>
    </Modal.Footer>
  );
};
