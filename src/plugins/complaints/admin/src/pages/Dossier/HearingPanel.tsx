import { Box, Flex, Typography } from '@strapi/design-system';
import type { Dossier, Hearing } from '../../../../shared/contracts';
import { HEARING_SIDE_LABELS } from '../../lib/procedure';
import { Facts, Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDate, formatDateTime } from '../../lib/dates';

const yesNo = (t: (key: string) => string, value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? t('common.yes') : t('common.no');

/**
 * Hoor en wederhoor (Awb 9:10): where each side stands, then every conversation (both sides together or
 * one of them) with its plan, its report, or why that side was not heard.
 */
export const HearingPanel = ({ dossier }: { dossier: Pick<Dossier, 'hearings' | 'hearingSides' | 'complaint'> }) => {
  const { t, pick } = useT();
  const { hearings, hearingSides } = dossier;
  const status = dossier.complaint.status;
  return (
    <Section title={t('dossier.hearing')} id="dossier-hearing">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {hearingSides.length > 1 && (
          <Facts items={hearingSides.map((s) => [pick(HEARING_SIDE_LABELS[s.side]), t(`dossier.hearing.side.${s.state}`)])} />
        )}
        {!hearings.length ? (
          <Typography textColor="neutral600">{['received', 'acknowledged'].includes(status) ? t('dossier.hearing.none') : t('dossier.hearing.notHeld')}</Typography>
        ) : (
          hearings.map((hearing) => <HearingFacts key={hearing.id} hearing={hearing} titled={hearings.length > 1 || hearingSides.length > 1} />)
        )}
      </Flex>
    </Section>
  );
};

const HearingFacts = ({ hearing, titled }: { hearing: Hearing; titled: boolean }) => {
  const { t, pick, locale } = useT();
  return (
    <Box>
      {titled && (
        <Typography tag="h3" variant="omega" fontWeight="bold" paddingBottom={2}>
          {t('dossier.hearing.with', { side: pick(HEARING_SIDE_LABELS[hearing.side]).toLowerCase() })}
          {hearing.earlierRound ? ` ${t('dossier.hearing.earlierRound')}` : ''}
        </Typography>
      )}
      {hearing.skippedReason ? (
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
            hearing.respondBy && !hearing.heldAt && [t('dossier.hearing.respondBy'), formatDate(hearing.respondBy, locale)],
            hearing.heldAt && [t('dossier.hearing.heldAt'), formatDateTime(hearing.heldAt, locale)],
            hearing.heldAt && hearing.side !== 'accused' && [t('dossier.hearing.complainantPresent'), yesNo(t, hearing.complainantPresent)],
            hearing.heldAt && hearing.side !== 'complainant' && [t('dossier.hearing.accusedPresent'), yesNo(t, hearing.accusedPresent)],
            hearing.heldAt && [t('dossier.hearing.minutes'), hearing.minutes],
            hearing.heldAt && [t('dossier.hearing.proposedSolution'), hearing.proposedSolution],
          ]}
        />
      )}
    </Box>
  );
};
