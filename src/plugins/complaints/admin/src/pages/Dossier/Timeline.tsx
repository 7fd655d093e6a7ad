import { Box, Flex, Typography } from '@strapi/design-system';
import type { TimelineEvent } from '../../../../shared/contracts';
import { Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { actorLabel, eventLabelKey } from '../../lib/events';

/** The audit trail (Awb 9:12a): who did what, when; newest at the bottom, as the procedure runs. */
export const Timeline = ({ events }: { events: TimelineEvent[] }) => {
  const { t, locale } = useT();
  return (
    <Section title={t('dossier.timeline')} id="dossier-timeline">
      <Box tag="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="timeline">
        {events.map((event, index) => {
          const actor = actorLabel(event);
          const key = eventLabelKey(event.type);
          return (
            <Box
              tag="li"
              key={event.id}
              paddingBottom={index === events.length - 1 ? 0 : 4}
              paddingLeft={4}
              style={{ borderLeft: '2px solid #dcdce4', position: 'relative' }}
            >
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold" data-event-type={event.type}>
                  {key === 'event.unknown' ? event.type : t(key)}
                </Typography>
                <Typography variant="pi" textColor="neutral600">
                  <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time> · {'name' in actor ? actor.name : t(actor.key)}
                </Typography>
                {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus && (
                  <Typography variant="pi" textColor="neutral600">
                    {t('timeline.statusChange', { from: t(`status.${event.fromStatus}`), to: t(`status.${event.toStatus}`) })}
                  </Typography>
                )}
                {event.note && (
                  <Typography variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
                    {event.note}
                  </Typography>
                )}
              </Flex>
            </Box>
          );
        })}
      </Box>
    </Section>
  );
};
