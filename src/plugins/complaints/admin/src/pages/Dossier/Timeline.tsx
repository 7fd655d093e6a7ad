import * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { PersonComplainedAbout, TimelineEvent } from '../../../../shared/contracts';
import { Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { formatDateTime } from '../../lib/dates';
import { useLookups } from '../../hooks/useLookups';
import { actorLabel, eventLabelKey } from '../../lib/events';
import { timelinePersons } from '../../lib/persons';

/**
 * What a correction changed, field by field: before → after (ids of categories and staff by their names).
 * `persons` changes as a whole list; corrections made before complaints named several persons carry
 * `accusedName`, `accusedFunction` and `accusedUserId` instead, shown as they were.
 */
const Corrections = ({ data }: { data: TimelineEvent['data'] }) => {
  const { t, locale } = useT();
  const lookups = useLookups().data;
  const changes = (data?.changes ?? {}) as Record<string, { from: unknown; to: unknown }>;
  const userName = (id: number) => lookups?.users.find((u) => u.id === id)?.name;
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'persons') return Array.isArray(value) && value.length ? timelinePersons(value as PersonComplainedAbout[], userName, (name) => t('dossier.accusedAccount', { name })) : '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (field === 'categoryId') {
      const category = lookups?.categories.find((c) => c.id === value);
      if (category) return locale === 'en' ? category.nameEn : category.nameNl;
    }
    if (field === 'accusedUserId') return userName(Number(value)) ?? String(value);
    return String(value);
  };
  return (
    <Box tag="ul" style={{ margin: 0, paddingLeft: '1.6rem' }}>
      {Object.entries(changes).map(([field, change]) => (
        <Typography key={field} tag="li" variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
          {t('timeline.corrected', { field: t(`register.${field}`), from: shown(field, change.from), to: shown(field, change.to) })}
        </Typography>
      ))}
    </Box>
  );
};

/** Who an internal note named (they got an e-mail). */
const Mentioned = ({ data }: { data: TimelineEvent['data'] }) => {
  const { t } = useT();
  const users = useLookups().data?.users ?? [];
  const ids = Array.isArray(data?.mentions) ? (data.mentions as number[]) : [];
  if (!ids.length) return null;
  return (
    <Typography variant="pi" textColor="neutral600">
      {t('timeline.mentioned', { names: ids.map((id) => users.find((u) => u.id === id)?.name ?? `#${id}`).join(', ') })}
    </Typography>
  );
};

/**
 * The audit trail (Awb 9:12a): who did what, when; newest at the bottom, as the procedure runs. Internal
 * notes stand in it between the steps.
 */
export const Timeline = ({ events, actions }: { events: TimelineEvent[]; actions?: React.ReactNode }) => {
  const { t, locale } = useT();
  return (
    <Section title={t('dossier.timeline')} id="dossier-timeline" actions={actions}>
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
                {event.type === 'complaint.corrected' && <Corrections data={event.data} />}
                {event.note && (
                  <Typography variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
                    {event.note}
                  </Typography>
                )}
                {event.type === 'complaint.note_added' && <Mentioned data={event.data} />}
              </Flex>
            </Box>
          );
        })}
      </Box>
    </Section>
  );
};
