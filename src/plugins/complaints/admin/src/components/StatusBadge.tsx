import { Badge } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { FINAL_STATUSES } from '../../../shared/procedure';

const FINISHED: readonly string[] = FINAL_STATUSES;

/** The status of a complaint in the words of the procedure. */
export const StatusBadge = ({ status }: { status: string }) => {
  const { t } = useT();
  const finished = FINISHED.includes(status);
  return (
    <Badge
      backgroundColor={status === 'dispute' ? 'alternative100' : finished ? 'neutral150' : 'primary100'}
      textColor={status === 'dispute' ? 'alternative700' : finished ? 'neutral700' : 'primary700'}
    >
      {t(`status.${status}`)}
    </Badge>
  );
};
