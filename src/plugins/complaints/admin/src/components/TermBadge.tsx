import { Badge, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';
import { formatDate, formatShortDate } from '../lib/dates';
import { termText, termTone, type TermState } from '../lib/terms';

const COLOURS = {
  danger: { backgroundColor: 'danger100', textColor: 'danger700' },
  warning: { backgroundColor: 'warning100', textColor: 'warning700' },
  success: { backgroundColor: 'success100', textColor: 'success700' },
  neutral: { backgroundColor: 'neutral150', textColor: 'neutral700' },
} as const;

/** A due date with its working days left: red when overdue, amber today or tomorrow. */
export const TermBadge = ({
  due,
  showDate = true,
  short = false,
  ...state
}: TermState & { due: string | null | undefined; showDate?: boolean; short?: boolean }) => {
  const { t, locale } = useT();
  if (!due) return <Typography textColor="neutral500">—</Typography>;
  const text = termText(state);
  const tone = termTone(state);
  return (
    <Flex gap={2} wrap="wrap">
      {showDate && <Typography>{short ? formatShortDate(due, locale) : formatDate(due, locale)}</Typography>}
      {text && (
        <Badge {...COLOURS[tone]} data-tone={tone}>
          {t(text.key, text.values)}
        </Badge>
      )}
    </Flex>
  );
};
