import { Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { formatDateTime } from '../lib/dates';

/** Recording a hearing before its planned moment: say so, so the day it was really held gets entered. */
export const HearingNotHeldYet = ({ plannedAt }: { plannedAt: string }) => {
  const { t, locale } = useT();
  return (
    <Typography textColor="warning700" fontWeight="semiBold">
      {t('action.recordHearing.plannedLater', { date: formatDateTime(plannedAt, locale) })}
    </Typography>
  );
};
