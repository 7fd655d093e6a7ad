import * as React from 'react';
import { Badge, Button, Flex } from '@strapi/design-system';
import { Pencil } from '@strapi/icons';
import type { Dossier } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { dossierPersonLine } from '../../lib/persons';
import { CorrectionDialog } from './CorrectionDialog';

/** Who complained, who represents them, how to reach them, and what the complaint is about; staff who process it correct it here. */
export const ComplaintDetails = ({ dossier, canProcess, onChanged }: { dossier: Dossier; canProcess: boolean; onChanged: (dossier: Dossier) => void }) => {
  const { t, locale } = useT();
  const [correcting, setCorrecting] = React.useState(false);
  const { complaint } = dossier;
  const persons = complaint.persons ?? [];
  const mayCorrect = canProcess && !complaint.anonymisedAt;
  const address = [complaint.complainantAddress, [complaint.complainantPostalCode, complaint.complainantCity].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join('\n');
  return (
    <Section
      title={t('dossier.complaint')}
      id="dossier-complaint"
      actions={
        mayCorrect && (
          <Button variant="secondary" startIcon={<Pencil />} onClick={() => setCorrecting(true)}>
            {t('correct.title')}
          </Button>
        )
      }
    >
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Facts
          items={[
            [t('dossier.complainant'), complaint.complainantName],
            [t('dossier.email'), complaint.complainantEmail],
            [t('dossier.phone'), complaint.complainantPhone],
            [t('dossier.address'), address],
            [t('dossier.clientNumber'), complaint.complainantClientNumber],
            [t('dossier.language'), t(`language.${complaint.preferredLanguage ?? 'nl'}`)],
            complaint.representativeName && [
              t('dossier.representative'),
              [
                complaint.representativeName,
                complaint.representativeEmail,
                [complaint.representativeAddress, [complaint.representativePostalCode, complaint.representativeCity].filter(Boolean).join(' ')].filter(Boolean).join(', '),
                complaint.representativeCopiesComplainant ? t('dossier.representative.copies') : t('dossier.representative.only'),
              ]
                .filter(Boolean)
                .join('\n'),
            ],
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
              t('dossier.persons', { count: persons.length }),
              // one person a line (the value keeps its line breaks)
              persons.map((person) => dossierPersonLine(person, (name) => t('dossier.accusedAccount', { name }))).join('\n'),
            ],
            complaint.aboutEmployeeBehaviour && [t('dossier.manager'), complaint.department?.managerName],
            [t('dossier.description'), complaint.description],
            [t('dossier.desiredOutcome'), complaint.desiredOutcome],
          ]}
        />
      </Flex>
      {mayCorrect && <CorrectionDialog dossier={dossier} open={correcting} onOpenChange={setCorrecting} onChanged={onChanged} />}
    </Section>
  );
};
