import { Button, Dialog, Modal } from '@strapi/design-system';
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

/**
 * The footer of an alert dialog (a question before something that cannot be undone): "Annuleren" closes it,
 * the action runs on click, or submits the dialog's form when there is no click handler.
 */
export const AlertDialogActions = ({ label, busy, onConfirm, danger = false }: { label: string; busy: boolean; onConfirm?: () => void; danger?: boolean }) => {
  const { t } = useT();
  return (
    <Dialog.Footer>
      <Dialog.Cancel>
        <Button fullWidth variant="tertiary">
          {t('common.cancel')}
        </Button>
      </Dialog.Cancel>
      <Button fullWidth type={onConfirm ? 'button' : 'submit'} variant={danger ? 'danger' : 'default'} loading={busy} onClick={onConfirm}>
        {label}
      </Button>
    </Dialog.Footer>
  );
};

/** The footer of a dialog that only informs: one button that closes it. */
export const CloseActions = () => {
  const { t } = useT();
  return (
    <Modal.Footer>
      <Modal.Close>
        <Button>{t('common.close')}</Button>
      </Modal.Close>
    </Modal.Footer>
  );
};
