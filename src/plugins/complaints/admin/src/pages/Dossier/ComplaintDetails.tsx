import { Badge, Flex } from '@strapi/design-system';
import type { Complaint } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

/** Who complained, how to reach them, and what the complaint is about. */
export const ComplaintDetails = ({ complaint }: { complaint: Complaint }) => {
  const { t, locale } = useT();
  const address = [complaint.complainantAddress, [complaint.complainantPostalCode, complaint.complainantCity].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join('\n');
  return (
    <Section title={t('dossier.complaint')} id="dossier-complaint">
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Facts
          items={[
            [t('dossier.complainant'), complaint.complainantName],
            [t('dossier.email'), complaint.complainantEmail],
            [t('dossier.phone'), complaint.complainantPhone],
            [t('dossier.address'), address],
            [t('dossier.clientNumber'), complaint.complainantClientNumber],
            [t('dossier.language'), t(`language.${complaint.preferredLanguage ?? 'nl'}`)],
          ]}
        />
        <Facts
          items={[
            [t('dossier.received'), `${formatDateTime(complaint.receivedAt, locale)} · ${t(`channel.${complaint.channel}`)}`],
            [t('dossier.category'), complaint.category ? (locale === 'en' ? complaint.category.nameEn : complaint.category.nameNl) : null],
            [t('dossier.department'), complaint.department?.name],
            [t('dossier.handler'), complaint.handlerName ?? t('list.noHandler')],
            [
              t('dossier.behaviour'),
              complaint.aboutEmployeeBehaviour ? (
                <Badge backgroundColor="alternative100" textColor="alternative700">
                  {t('dossier.behaviour.yes')}
                </Badge>
              ) : (
                t('common.no')
              ),
            ],
            complaint.aboutEmployeeBehaviour && [
              t('dossier.accused'),
              [complaint.accusedName, complaint.accusedFunction].filter(Boolean).join(', ') +
                (complaint.accusedUserName ? ` (${t('dossier.accusedAccount', { name: complaint.accusedUserName })})` : ''),
            ],
            complaint.aboutEmployeeBehaviour && [t('dossier.manager'), complaint.department?.managerName],
            [t('dossier.description'), complaint.description],
            [t('dossier.desiredOutcome'), complaint.desiredOutcome],
          ]}
        />
      </Flex>
    </Section>
  );
};
