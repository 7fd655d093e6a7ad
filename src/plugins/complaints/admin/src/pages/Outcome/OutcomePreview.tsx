import { Flex, Typography } from '@strapi/design-system';
import type { Dossier, OutcomeLetterPreview } from '../../../../shared/contracts';
import { LetterPreviewFrame } from '../../components/LetterPreviewFrame';
import { Section } from '../../components/Section';
import { useAdminClient } from '../../hooks/useAdminClient';
import { useDebouncedPreview } from '../../hooks/useDebouncedPreview';
import { useT } from '../../hooks/useT';
import { outcomePreviewRequest, type OutcomePreviewRequest, type OutcomeValues } from '../../lib/outcome';

/**
 * The agreements letter as the complainant will read it, rendered by the server from the draft (with the
 * current template and the complaint's own data) a moment after the handler stops typing. Nothing is saved.
 */
export const OutcomePreview = ({ dossier, values }: { dossier: Dossier; values: OutcomeValues }) => {
  const { t } = useT();
  const api = useAdminClient();
  const { complaint } = dossier;
  const request = outcomePreviewRequest(values);
  const { preview, problem, isLoading } = useDebouncedPreview<OutcomePreviewRequest, OutcomeLetterPreview>(request, (next) =>
    api.previewOutcome(complaint.id, next.body),
  );

  return (
    <Section title={t('outcome.preview')} id="outcome-preview">
      <Flex direction="column" alignItems="stretch" gap={3}>
        {!request ? (
          <Typography textColor="neutral600" tag="p" data-testid="outcome-preview-waiting">
            {t('outcome.preview.waiting')}
          </Typography>
        ) : (
          <>
            {preview && (
              <Typography variant="pi" textColor="neutral700" tag="p">
                {preview.channel === 'post' ? t('outcome.preview.byPost') : t('outcome.preview.byEmail', { email: complaint.complainantEmail ?? '—' })}
              </Typography>
            )}
            {request.leftOut > 0 && (
              <Typography variant="pi" textColor="warning700" tag="p">
                {t('outcome.preview.leftOut', { count: request.leftOut })}
              </Typography>
            )}
            {problem && (
              <Typography textColor="danger600" role="status">
                {Object.values(problem.fieldErrors)[0] ?? problem.message ?? t('error.unexpected')}
              </Typography>
            )}
            <LetterPreviewFrame preview={preview} isLoading={isLoading} />
          </>
        )}
        <Typography variant="pi" textColor="neutral600">
          {t('outcome.preview.hint')}
        </Typography>
      </Flex>
    </Section>
  );
};
