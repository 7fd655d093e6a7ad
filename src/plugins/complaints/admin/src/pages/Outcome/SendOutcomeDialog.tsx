import { Dialog, Flex, Typography } from '@strapi/design-system';
import { Mail } from '@strapi/icons';
import type { Complaint } from '../../../../shared/contracts';
import { AlertDialogActions } from '../../components/ModalActions';
import { useT } from '../../hooks/useT';
import type { OutcomeValues } from '../../lib/outcome';

/** Where the outcome letter goes: to the representative when there is one (Awb 2:1), by e-mail when there is an address. */
function recipientOf(complaint: Complaint): { name: string; email: string | null } {
  if (complaint.representativeName) return { name: complaint.representativeName, email: complaint.representativeEmail };
  return { name: complaint.complainantName ?? '—', email: complaint.complainantEmail };
}

/**
 * The one question before the outcome goes out: the letter cannot be taken back, so the dialog says what
 * leaves, to whom and how, and sends only on a second, explicit click.
 */
export const SendOutcomeDialog = ({
  open,
  complaint,
  values,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  complaint: Complaint;
  values: OutcomeValues;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) => {
  const { t } = useT();
  const recipient = recipientOf(complaint);
  const agreements = values.noAgreements ? 0 : values.agreements.length;
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{t('outcome.confirm.title', { reference: complaint.reference })}</Dialog.Header>
        <Dialog.Body icon={<Mail fill="primary600" width="2.4rem" height="2.4rem" />}>
          <Flex direction="column" alignItems="stretch" gap={2} width="100%">
            <Dialog.Description>
              {recipient.email ? t('outcome.confirm.byEmail', { name: recipient.name, email: recipient.email }) : t('outcome.confirm.byPost', { name: recipient.name })}
            </Dialog.Description>
            <Typography tag="p" textColor="neutral800">
              {t('outcome.confirm.contents', { judgement: values.judgement ? t(`judgement.${values.judgement}`) : '—', count: agreements })}
            </Typography>
            <Typography tag="p" textColor="neutral700">
              {t('outcome.confirm.final')}
            </Typography>
          </Flex>
        </Dialog.Body>
        <AlertDialogActions label={t('outcome.confirm.send')} busy={busy} onConfirm={onConfirm} />
      </Dialog.Content>
    </Dialog.Root>
  );
};
