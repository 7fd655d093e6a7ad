import type { Dossier } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { TermBadge } from '../../components/TermBadge';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';

/** The terms of the law, in working days left: acknowledgement (3), handling (6 weeks, extendable once). */
export const TermsPanel = ({ dossier }: { dossier: Dossier }) => {
  const { t, locale } = useT();
  const { terms, complaint } = dossier;
  const acknowledged = complaint.status !== 'received';
  return (
    <Section title={t('dossier.terms')} id="dossier-terms">
      <Facts
        stacked
        items={[
          [
            t('dossier.terms.acknowledgement'),
            acknowledged ? (
              t('dossier.terms.acknowledgedOn', { date: formatDate(complaint.acknowledgedAt, locale) })
            ) : (
              <TermBadge
                due={terms.acknowledgementDue}
                daysLeft={terms.acknowledgementDaysLeft}
                overdue={terms.acknowledgementDaysLeft !== null && terms.acknowledgementDaysLeft < 0}
              />
            ),
          ],
          [
            t('dossier.terms.handling'),
            complaint.closedAt ? (
              t('dossier.terms.closedOn', { date: formatDate(complaint.closedAt, locale) })
            ) : complaint.status === 'dispute' ? (
              t('dossier.terms.dispute', { date: formatDate(terms.handlingDue, locale) })
            ) : (
              <TermBadge due={terms.handlingDue} daysLeft={terms.handlingDaysLeft} />
            ),
          ],
          terms.extended && [t('dossier.terms.original'), formatDate(terms.handlingDueOriginal, locale)],
          complaint.notAdmissibleNoticeDue &&
            complaint.status === 'received' && [t('dossier.terms.notAdmissibleNotice'), formatDate(complaint.notAdmissibleNoticeDue, locale)],
        ]}
      />
    </Section>
  );
};
