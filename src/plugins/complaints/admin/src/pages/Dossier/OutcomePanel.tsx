import { Flex, Typography } from '@strapi/design-system';
import type { Complaint, Dossier } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDate, formatDateTime } from '../../lib/dates';
import { AGREED_HOW_LABELS, NOT_ADMISSIBLE_LABELS, type AgreedHow, type NotAdmissibleReason } from '../../lib/procedure';

/** What was decided: the answer at acknowledgement, the outcome, the dispute, or why it ended early. */
export const OutcomePanel = ({ complaint, parts = [] }: { complaint: Complaint; parts?: Dossier['parts'] }) => {
  const { t, locale, pick } = useT();
  const date = (value: string | null) => (value ? formatDateTime(value, locale) : null);
  const blocks = [
    complaint.acknowledgedAt && {
      title: t('dossier.acknowledgement'),
      items: [
        [t('dossier.acknowledgedAt'), date(complaint.acknowledgedAt)],
        [t('dossier.acknowledgementAnswer'), complaint.acknowledgementAnswer ?? t('dossier.noAnswer')],
        complaint.solvedAgreedAt && [t('dossier.solvedAgreedAt'), date(complaint.solvedAgreedAt)],
        complaint.solvedAgreedHow && [t('dossier.solvedAgreedHow'), pick(AGREED_HOW_LABELS[complaint.solvedAgreedHow as AgreedHow]) || complaint.solvedAgreedHow],
      ],
    },
    complaint.notAdmissibleReason && {
      title: t('dossier.notAdmissible'),
      items: [
        [t('dossier.notAdmissibleReason'), pick(NOT_ADMISSIBLE_LABELS[complaint.notAdmissibleReason as NotAdmissibleReason]) || complaint.notAdmissibleReason],
        [t('dossier.notAdmissibleExplanation'), complaint.notAdmissibleExplanation],
        [t('dossier.notAdmissibleReferral'), complaint.notAdmissibleReferral],
      ],
    },
    complaint.outcomeSentAt && {
      title: t('dossier.outcome'),
      items: [
        [t('dossier.outcomeSentAt'), date(complaint.outcomeSentAt)],
        [t('dossier.judgement'), complaint.judgement ? t(`judgement.${complaint.judgement}`) : null],
        // the parts judged one by one, numbered as the letter numbers them
        ...parts.filter((part) => !part.earlierRound).map((part, index) => [t('dossier.part', { n: index + 1, description: part.description }), t(`judgement.${part.judgement}`)]),
        [t('dossier.findings'), complaint.findings],
        [t('dossier.conclusions'), complaint.conclusions],
        complaint.outcomeAcceptedAt && [t('dossier.outcomeAcceptedAt'), date(complaint.outcomeAcceptedAt)],
      ],
    },
    complaint.extendedAt && {
      title: t('dossier.extension'),
      items: [
        [t('dossier.extendedAt'), date(complaint.extendedAt)],
        [t('dossier.extensionReason'), complaint.extensionReason],
        complaint.delayConsentAt && [t('dossier.delayConsentAt'), date(complaint.delayConsentAt)],
        complaint.delayConsentAt && [t('dossier.delayConsentNote'), complaint.delayConsentNote],
      ],
    },
    complaint.surveyAnsweredAt && {
      title: t('survey.title'),
      items: [
        [t('survey.answeredOn', { date: date(complaint.surveyAnsweredAt) ?? '' }), [complaint.surveySatisfied ? t('survey.satisfied') : t('survey.notSatisfied'), complaint.surveyMark ? t('survey.mark', { mark: complaint.surveyMark }) : null].filter(Boolean).join(' · ')],
        complaint.surveyComment && [t('survey.comment'), complaint.surveyComment],
      ],
    },
    complaint.dissatisfactionDeclaredAt && {
      title: t('dossier.dispute'),
      items: [
        [t('dossier.dissatisfactionDeclaredAt'), date(complaint.dissatisfactionDeclaredAt)],
        [t('dossier.dissatisfactionNote'), complaint.dissatisfactionNote],
        [
          t('dossier.disputeEligible'),
          complaint.disputeEligible
            ? t('dossier.disputeEligibleSince', { date: formatDate(complaint.disputeEligibleSince, locale) })
            : t('dispute.notReferred'),
        ],
        complaint.disputeEligibilityReason && [t('dossier.disputeEligibilityReason'), complaint.disputeEligibilityReason],
        complaint.committeeOutcome && [t('dossier.committeeOutcome'), complaint.committeeOutcome],
        complaint.committeeDecidedAt && [t('dossier.committeeDecidedAt'), date(complaint.committeeDecidedAt)],
      ],
    },
    complaint.forwardedAt && {
      title: t('dossier.forwarded'),
      items: [
        [t('dossier.forwardedAt'), date(complaint.forwardedAt)],
        [t('dossier.forwardedTo'), complaint.forwardedTo ?? null],
        [t('dossier.forwardReason'), complaint.forwardReason ?? null],
      ],
    },
    complaint.reopenedAt && {
      title: t('dossier.reopened'),
      items: [
        [t('dossier.reopenedAt'), date(complaint.reopenedAt)],
        [t('dossier.reopenReason'), complaint.reopenReason],
      ],
    },
    complaint.withdrawnAt && {
      title: t('dossier.withdrawn'),
      items: [
        [t('dossier.withdrawnAt'), date(complaint.withdrawnAt)],
        [t('dossier.withdrawalReason'), complaint.withdrawalReason],
      ],
    },
  ].filter(Boolean) as Array<{ title: string; items: Array<[string, string | null] | null | false> }>;

  return (
    <Section title={t('dossier.decisions')} id="dossier-decisions">
      {blocks.length === 0 ? (
        <Typography textColor="neutral600">{t('dossier.noDecisions')}</Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={5}>
          {blocks.map((block) => (
            <Flex key={block.title} direction="column" alignItems="stretch" gap={2}>
              <Typography variant="epsilon" tag="h3">
                {block.title}
              </Typography>
              <Facts items={block.items} />
            </Flex>
          ))}
        </Flex>
      )}
    </Section>
  );
};
