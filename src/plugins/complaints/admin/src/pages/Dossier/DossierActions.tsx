import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { Dossier } from '../../../../shared/contracts';
import { ActionButton } from '../../components/ActionModal';
import { useLookups } from '../../hooks/useLookups';
import { useT } from '../../hooks/useT';
import { HearingNotHeldYet } from '../../components/HearingNotHeldYet';
import { ACTION_FORMS, dossierButtons, hearingPlanDefaults, hearingRecordDefaults, type ActionName } from '../../lib/actions';
import { formatDate } from '../../lib/dates';
import { TERM_MOVING_ACTIONS } from '../../lib/terms';
import { pluginPath } from '../../pluginId';

/** The actions the server allows now, and no others; the step's main action first. */
export const DossierActions = ({ dossier, onChanged }: { dossier: Dossier; onChanged: (dossier: Dossier) => void }) => {
  const { t, pick, locale } = useT();
  const lookups = useLookups();
  const { complaint, terms } = dossier;
  const labels = new Map(dossier.allowedActions.map((a) => [a.action, pick(a.label)]));
  const buttons = dossierButtons(dossier.allowedActions.map((a) => a.action));
  if (!buttons.length) return null;
  // Extending (or the complainant's consent to a delay) is possible until the current term's last day.
  const planned = dossier.hearings.filter((h) => !h.earlierRound && !h.heldAt && !h.skippedReason).at(-1) ?? null;
  const recording = hearingRecordDefaults(planned?.plannedAt);
  const defaultsOf = (action: ActionName) => (action === 'recordHearing' ? recording.defaults : action === 'planHearing' ? hearingPlanDefaults(dossier.hearingSides, planned) : undefined);
  const contextOf = (action: ActionName) =>
    action === 'recordHearing' && recording.plannedLater && planned?.plannedAt ? (
      <HearingNotHeldYet plannedAt={planned.plannedAt} />
    ) : terms.lastDayToExtend && (TERM_MOVING_ACTIONS as readonly string[]).includes(action) ? (
      <Typography textColor="neutral800" fontWeight="semiBold">
        {t('dossier.terms.lastDayToExtend.context', { date: formatDate(terms.lastDayToExtend, locale) })}
      </Typography>
    ) : undefined;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} tag="section" aria-labelledby="dossier-actions-title">
      <Flex gap={3} wrap="wrap" alignItems="center">
        <Typography id="dossier-actions-title" variant="sigma" textColor="neutral600" tag="h2">
          {t('dossier.actions')}
        </Typography>
        {buttons.map((action, index) =>
          ACTION_FORMS[action].ui === 'composer' ? (
            <LinkButton key={action} tag={NavLink} to={pluginPath(`outcome/${complaint.id}`)} size="S">
              {labels.get(action)}
            </LinkButton>
          ) : (
            <ActionButton
              key={action}
              action={action}
              variant={index === 0 ? 'default' : 'secondary'}
              complaintId={complaint.id}
              complaint={complaint}
              title={labels.get(action) ?? t(`actionLabel.${action}`)}
              users={lookups.data?.users}
              context={contextOf(action)}
              defaults={defaultsOf(action)}
              onDone={onChanged}
            />
          ),
        )}
      </Flex>
    </Box>
  );
};
