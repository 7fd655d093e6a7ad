import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import type { Dossier } from '../../../../shared/contracts';
import { ActionButton } from '../../components/ActionModal';
import { useLookups } from '../../hooks/useLookups';
import { useT } from '../../hooks/useT';
import { ACTION_FORMS, dossierButtons } from '../../lib/actions';
import { pluginPath } from '../../pluginId';

/** The actions the server allows now, and no others; the step's main action first. */
export const DossierActions = ({ dossier, onChanged }: { dossier: Dossier; onChanged: (dossier: Dossier) => void }) => {
  const { t, pick } = useT();
  const lookups = useLookups();
  const { complaint } = dossier;
  const labels = new Map(dossier.allowedActions.map((a) => [a.action, pick(a.label)]));
  const buttons = dossierButtons(dossier.allowedActions.map((a) => a.action));
  if (!buttons.length) return null;

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
              onDone={onChanged}
            />
          ),
        )}
      </Flex>
    </Box>
  );
};
