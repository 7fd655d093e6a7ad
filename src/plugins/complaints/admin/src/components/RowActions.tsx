import * as React from 'react';
import { Typography } from '@strapi/design-system';
import type { ComplaintSummary } from '../../../shared/contracts';
import { useT } from '../hooks/useT';
import { hearingRecordDefaults, hearingReplanDefaults, type ActionName } from '../lib/actions';
import { HearingNotHeldYet } from './HearingNotHeldYet';
import { ActionButton } from './ActionModal';

export interface RowAction {
  action: ActionName;
  variant?: React.ComponentProps<typeof ActionButton>['variant'];
  /** Defaults to the action's own label. */
  title?: string;
}

/** The procedure actions of one list row, each opening its dialog headed by the complaint it is about. */
export const RowActions = ({ row, onDone, actions }: { row: ComplaintSummary; onDone: () => void; actions: RowAction[] }) => {
  const { t } = useT();
  const context = <RowContext reference={row.reference} name={row.complainantName} />;
  const recording = hearingRecordDefaults(row.hearingPlannedAt);
  const replanning = hearingReplanDefaults({
    plannedAt: row.hearingPlannedAt,
    mode: row.hearingMode,
    location: row.hearingLocation,
    attendees: row.hearingAttendees,
    side: row.hearingSide,
    respondBy: row.hearingRespondBy,
  });
  return (
    <>
      {actions.map(({ action, variant, title }) => (
        <ActionButton
          key={action}
          action={action}
          variant={variant}
          complaintId={row.id}
          complaint={row}
          title={title ?? t(`actionLabel.${action}`)}
          onDone={onDone}
          defaults={action === 'recordHearing' ? recording.defaults : action === 'planHearing' ? replanning : undefined}
          context={
            action === 'recordHearing' && recording.plannedLater && row.hearingPlannedAt ? (
              <>
                {context}
                <HearingNotHeldYet plannedAt={row.hearingPlannedAt} />
              </>
            ) : (
              context
            )
          }
        />
      ))}
    </>
  );
};

/** Which complaint a dialog opened from a list row is about. */
export const RowContext = ({ reference, name }: { reference: string; name: string | null }) => {
  const { t } = useT();
  return <Typography fontWeight="bold">{t('list.rowContext', { reference, name: name ?? '—' })}</Typography>;
};
