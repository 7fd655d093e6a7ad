import * as React from 'react';
import { Box, Button, Dialog, Flex } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useT } from '../hooks/useT';
import type { ApiProblem } from '../lib/errors';
import { TextareaField } from './form/Fields';
import { AlertDialogActions } from './ModalActions';
import { ProblemAlert } from './ProblemAlert';

/**
 * A button for something that cannot be undone (erasing personal data, a mail marked not a complaint): it opens an alert dialog that says
 * so, optionally asks why (required), and runs only on an explicit second click. The dialog stays open
 * with the server's answer when it refuses.
 */
export const IrreversibleAction = ({
  label,
  accessibleLabel,
  size,
  icon = <WarningCircle />,
  title,
  description,
  confirmLabel,
  reasonLabel,
  reasonHint,
  isBusy,
  problem,
  onOpen,
  onConfirm,
}: {
  label: string;
  /** The button's spoken name where its text alone is ambiguous (one button per row of a table). */
  accessibleLabel?: string;
  size?: 'S' | 'M';
  icon?: React.ReactNode;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
  /** Ask for a reason (required; sent along and kept in the audit trail). */
  reasonLabel?: string;
  reasonHint?: string;
  isBusy: boolean;
  problem: ApiProblem | null;
  onOpen?: () => void;
  /** Resolves true when done (the dialog closes), false when refused (it stays open). */
  onConfirm: (reason: string) => Promise<boolean>;
}) => {
  const { t } = useT();
  const [open, setOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [missing, setMissing] = React.useState(false);

  const onOpenChange = (next: boolean) => {
    if (next) {
      setReason('');
      setMissing(false);
      onOpen?.();
    }
    setOpen(next);
  };

  const confirm = async (event: React.FormEvent) => {
    event.preventDefault();
    if (reasonLabel && !reason.trim()) {
      setMissing(true);
      return;
    }
    if (await onConfirm(reason.trim())) setOpen(false);
  };

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger>
        <Button variant="danger-light" size={size} startIcon={icon} aria-label={accessibleLabel}>
          {label}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <form onSubmit={confirm} noValidate>
          <Dialog.Header>{title}</Dialog.Header>
          <Dialog.Body icon={<WarningCircle fill="danger600" width="2.4rem" height="2.4rem" />}>
            <Flex direction="column" alignItems="stretch" gap={4} width="100%">
              <Dialog.Description>{description}</Dialog.Description>
              <ProblemAlert problem={problem} shownFields={reasonLabel ? ['reason'] : []} />
              {reasonLabel && (
                <Box textAlign="left">
                  <TextareaField
                    name="reason"
                    label={reasonLabel}
                    hint={reasonHint}
                    required
                    rows={3}
                    error={missing ? t('problem.required') : problem?.fieldErrors.reason}
                    value={reason}
                    onChange={(value) => {
                      setReason(value);
                      setMissing(false);
                    }}
                  />
                </Box>
              )}
            </Flex>
          </Dialog.Body>
          <AlertDialogActions label={confirmLabel} busy={isBusy} danger />
        </form>
      </Dialog.Content>
    </Dialog.Root>
  );
};
