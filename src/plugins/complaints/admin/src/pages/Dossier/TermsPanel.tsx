import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import type { Dossier, Message } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { TermBadge } from '../../components/TermBadge';
import { useT } from '../../hooks/useT';
import { formatDate } from '../../lib/dates';
import { lastDayToExtendShown, notAdmissibleNoticeShown } from '../../lib/terms';

/**
 * The terms of the law with the rule that made each date (the regime, the advisory committee, an
 * extension): acknowledgement, handling (extendable until its end), the not-handled notice (Awb 9:8) while
 * the complaint can still be declared not admissible, and after the outcome how long dissatisfaction can
 * be declared.
 */
export const TermsPanel = ({ dossier }: { dossier: Dossier }) => {
  const { t, locale } = useT();
  const { terms, complaint } = dossier;
  const acknowledged = complaint.status !== 'received';
  const passed = (date: string | null) => Boolean(date && date < terms.today);
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
              <WithRule rule={terms.rules.acknowledgement}>
                <TermBadge
                  due={terms.acknowledgementDue}
                  daysLeft={terms.acknowledgementDaysLeft}
                  overdue={terms.acknowledgementDaysLeft !== null && terms.acknowledgementDaysLeft < 0}
                />
              </WithRule>
            ),
          ],
          notAdmissibleNoticeShown(complaint.status) &&
            terms.notAdmissibleNoticeDue && [
              t('dossier.terms.notAdmissibleNotice'),
              <WithRule rule={terms.rules.notAdmissibleNotice}>
                <TermBadge due={terms.notAdmissibleNoticeDue} daysLeft={null} overdue={passed(terms.notAdmissibleNoticeDue)} />
              </WithRule>,
            ],
          [
            t('dossier.terms.handling'),
            complaint.closedAt ? (
              t('dossier.terms.closedOn', { date: formatDate(complaint.closedAt, locale) })
            ) : complaint.status === 'dispute' ? (
              t('dossier.terms.dispute', { date: formatDate(terms.handlingDue, locale) })
            ) : (
              <WithRule rule={terms.rules.handling}>
                <TermBadge due={terms.handlingDue} daysLeft={terms.handlingDaysLeft} />
              </WithRule>
            ),
          ],
          terms.extended && [t('dossier.terms.original'), formatDate(terms.handlingDueOriginal, locale)],
          lastDayToExtendShown(dossier) && [
            t('dossier.terms.lastDayToExtend'),
            <WithNote note={t('dossier.terms.lastDayToExtend.note')}>{formatDate(terms.lastDayToExtend, locale)}</WithNote>,
          ],
          terms.dissatisfactionOpenUntil && [
            t('dossier.terms.dissatisfactionOpenUntil'),
            <WithNote note={passed(terms.dissatisfactionOpenUntil) ? t('dossier.terms.dissatisfactionOpenUntil.passed') : null}>
              {formatDate(terms.dissatisfactionOpenUntil, locale)}
            </WithNote>,
          ],
        ]}
      />
    </Section>
  );
};

/** A term's date with, in small text under it, the rule that made it (from the server, in the user's language). */
const WithRule = ({ rule, children }: { rule: Message | null; children: React.ReactNode }) => {
  const { pick } = useT();
  return <WithNote note={rule ? pick(rule) : null}>{children}</WithNote>;
};

const WithNote = ({ note, children }: { note: string | null; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1} tag="span">
    {children}
    {note && (
      <Typography variant="pi" textColor="neutral600">
        {note}
      </Typography>
    )}
  </Flex>
);
