import { Flex, Typography } from '@strapi/design-system';
import type { Dossier } from '../../../../shared/contracts';
import { IrreversibleAction } from '../../components/IrreversibleAction';
import { Section } from '../../components/Section';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useSubmit } from '../../hooks/useSubmit';
import { useT } from '../../hooks/useT';
import { FINAL_STATUSES } from '../../../../shared/procedure';

const FINISHED: readonly string[] = FINAL_STATUSES;

/**
 * Erasure on request (AVG art. 17), for users with "Inzage en wissen van persoonsgegevens": the complaint's
 * personal data are removed now, with a reason that goes into the audit trail. The procedure's facts stay.
 */
export const PrivacyPanel = ({ dossier, onChanged }: { dossier: Dossier; onChanged: (dossier: Dossier) => void }) => {
  const { t } = useT();
  const api = useAdminClient();
  const { submit, isSubmitting, problem, reset } = useSubmit();
  const { complaint } = dossier;
  const open = !FINISHED.includes(complaint.status);

  return (
    <Section title={t('privacy.dossier.title')} id="dossier-privacy">
      <Flex direction="column" alignItems="flex-start" gap={4}>
        <Typography textColor="neutral700" tag="p">
          {t('privacy.dossier.intro')}
        </Typography>
        <IrreversibleAction
          label={t('privacy.anonymise')}
          title={t('privacy.anonymise.title', { reference: complaint.reference })}
          description={
            <>
              {t('privacy.anonymise.explain')}
              {open && (
                <>
                  {' '}
                  <strong>{t('privacy.anonymise.stillOpen')}</strong>
                </>
              )}
            </>
          }
          confirmLabel={t('privacy.anonymise.confirm')}
          reasonLabel={t('privacy.anonymise.reason')}
          reasonHint={t('privacy.anonymise.reason.hint')}
          isBusy={isSubmitting}
          problem={problem}
          onOpen={reset}
          onConfirm={async (reason) => {
            const next = await submit(() => api.anonymise(complaint.id, reason), t('privacy.anonymise.done', { reference: complaint.reference }));
            if (next) onChanged(next);
            return Boolean(next);
          }}
        />
      </Flex>
    </Section>
  );
};
