import { Flex, Typography } from '@strapi/design-system';
import type { Dossier, LetterTemplates, Lookups } from '../../api/types';
import { LetterPreviewFrame } from '../../components/LetterPreviewFrame';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLetterPreview } from '../../hooks/useLetterPreview';
import { usePermissions } from '../../hooks/usePermissions';
import { useT } from '../../hooks/useT';
import { applyOutcomeDraft } from '../../lib/outcomeDraft';
import type { OutcomeValues } from './useOutcomeForm';

/**
 * The agreements letter as the complainant will read it, with the draft filled in. The preview route
 * belongs to the settings permission: without it the panel says so instead of failing.
 */
export const OutcomePreview = ({ dossier, values, lookups }: { dossier: Dossier; values: OutcomeValues; lookups: Lookups | undefined }) => {
  const { t } = useT();
  const { canManageSettings, isLoading: permissionsLoading } = usePermissions();
  const templates = useApiQuery<LetterTemplates>(canManageSettings ? '/complaints/letter-templates' : null);
  const locale: 'nl' | 'en' = dossier.complaint.preferredLanguage === 'en' ? 'en' : 'nl';
  const template =
    templates.data?.templates.find((x) => x.kind === 'agreements_letter' && x.audience === 'complainant' && x.locale === locale) ??
    templates.data?.templates.find((x) => x.kind === 'agreements_letter' && x.audience === 'complainant');

  const ownerName = (type: string, id: string) =>
    (type === 'user' ? lookups?.users.find((u) => String(u.id) === id)?.name : lookups?.departments.find((d) => String(d.id) === id)?.name) ?? null;
  const draft = {
    judgementLabel: values.judgement ? t(`judgement.${values.judgement}`, undefined) : null,
    findings: values.findings,
    conclusions: values.conclusions,
    agreements: values.noAgreements
      ? []
      : values.agreements
          .filter((a) => a.description.trim())
          .map((a) => ({ description: a.description, dueDate: a.dueDate, owner: ownerName(a.ownerType, a.ownerId) })),
  };
  const base = template ? { kind: 'agreements_letter', audience: 'complainant', locale, subject: template.subject, complaintId: dossier.complaint.id } : null;
  const request = base && template ? { ...base, body: applyOutcomeDraft(template.body, draft) } : null;
  const fallback = base && template ? { ...base, body: template.body } : null;
  const { preview, problem, isLoading, usedFallback } = useLetterPreview(request, fallback);

  return (
    <Section title={t('outcome.preview')} id="outcome-preview">
      {permissionsLoading ? null : !canManageSettings ? (
        <Typography textColor="neutral600">{t('outcome.preview.noPermission')}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          {usedFallback && <Notice>{t('outcome.preview.withoutDraft')}</Notice>}
          {problem && <Typography textColor="danger600">{problem.message ?? t('error.unexpected')}</Typography>}
          <LetterPreviewFrame preview={preview} isLoading={isLoading || templates.isLoading} />
          <Typography variant="pi" textColor="neutral600">
            {t('outcome.preview.hint')}
          </Typography>
        </Flex>
      )}
    </Section>
  );
};
