import { Typography } from '@strapi/design-system';
import type { Hearing } from '../../../../shared/contracts';
import { Facts, Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';

const yesNo = (t: (key: string) => string, value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? t('common.yes') : t('common.no');

/** Hoor en wederhoor: the planned conversation, its report, or why it was skipped. */
export const HearingPanel = ({ hearing, status }: { hearing: Hearing | null; status: string }) => {
  const { t, locale } = useT();
  return (
    <Section title={t('dossier.hearing')} id="dossier-hearing">
      {!hearing ? (
        <Typography textColor="neutral600">
          {['received', 'acknowledged'].includes(status) ? t('dossier.hearing.none') : t('dossier.hearing.notHeld')}
        </Typography>
      ) : hearing.skippedReason ? (
        <Facts
          items={[
            [t('dossier.hearing.skipped'), t(`skipReason.${hearing.skippedReason}`)],
            [t('dossier.hearing.note'), hearing.skippedNote],
          ]}
        />
      ) : (
        <Facts
          items={[
            [t('dossier.hearing.plannedAt'), formatDateTime(hearing.plannedAt, locale)],
            [t('dossier.hearing.mode'), hearing.mode ? t(`hearingMode.${hearing.mode}`) : null],
            [t('dossier.hearing.location'), hearing.location],
            [t('dossier.hearing.attendees'), hearing.attendees],
            [t('dossier.hearing.accusedInvited'), yesNo(t, hearing.accusedInvited)],
            hearing.heldAt && [t('dossier.hearing.heldAt'), formatDateTime(hearing.heldAt, locale)],
            hearing.heldAt && [t('dossier.hearing.complainantPresent'), yesNo(t, hearing.complainantPresent)],
            hearing.heldAt && [t('dossier.hearing.accusedPresent'), yesNo(t, hearing.accusedPresent)],
            hearing.heldAt && [t('dossier.hearing.minutes'), hearing.minutes],
            hearing.heldAt && [t('dossier.hearing.proposedSolution'), hearing.proposedSolution],
          ]}
        />
      )}
    </Section>
  );
};
