import * as React from 'react';
import { Badge, Box, Button, Dialog, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ChevronLeft, ChevronRight, Plus, Trash, WarningCircle } from '@strapi/icons';
import type { CalendarDay, ClosedDayInput } from '../../../../../shared/contracts';
import { SelectField, TextField } from '../../../components/form/Fields';
import { AlertDialogActions } from '../../../components/ModalActions';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { SettingsWarnings } from '../../../components/SettingsWarnings';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { formatDate } from '../../../lib/dates';
import { SettingsPage } from '../SettingsPage';

const KIND_COLOURS = {
  holiday: ['primary100', 'primary700'],
  decree: ['alternative100', 'alternative700'],
  organisation: ['warning100', 'warning700'],
} as const;

type Kind = NonNullable<ClosedDayInput['kind']>;
const EMPTY_DRAFT: { date: string; name: string; kind: Kind } = { date: '', name: '', kind: 'organisation' };

/** The days off of a year that terms skip: public holidays, decree days and the organisation's own. */
export const CalendarSettingsPage = () => {
  const { t, locale } = useT();
  const [year, setYear] = React.useState(new Date().getFullYear());
  const query = useApiQuery(queries.calendar(year));
  // The settings' warnings say when the coming year has no decree days yet.
  const settings = useApiQuery(queries.settings());
  const api = useAdminClient();
  const adding = useSubmit();
  const removing = useSubmit();
  const [draft, setDraft] = React.useState(EMPTY_DRAFT);
  // the day whose removal waits for a yes: a closed day decides terms, so it is not removed on one click
  const [confirming, setConfirming] = React.useState<CalendarDay | null>(null);

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await adding.submit(() => api.addClosedDay(draft), t('settings.calendar.added'));
    if (saved) {
      setDraft(EMPTY_DRAFT);
      settings.reload();
      const addedYear = Number(draft.date.slice(0, 4));
      if (addedYear && addedYear !== year) setYear(addedYear);
      else query.reload();
    }
  };
  const remove = async (day: CalendarDay) => {
    const done = await removing.submit(() => api.removeClosedDay(day.id!), t('settings.calendar.removed', { name: day.name }));
    setConfirming(null);
    if (done) {
      query.reload();
      settings.reload();
    }
  };

  return (
    <SettingsPage title={t('settings.calendar.title')} subtitle={t('settings.calendar.subtitle')} problem={query.problem}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <SettingsWarnings warnings={settings.data?.warnings} codes={['no_decree_days_next_year']} here="calendar" />
        <Section title={t('settings.calendar.add')} id="calendar-add">
          <form onSubmit={add} noValidate aria-label={t('settings.calendar.add')}>
            <ProblemAlert problem={adding.problem} shownFields={['date', 'name', 'kind']} onClose={adding.reset} />
            <Flex gap={4} alignItems="flex-end" wrap="wrap">
              <Box minWidth="18rem">
                <TextField
                  name="date"
                  type="date"
                  label={t('settings.calendar.date')}
                  required
                  error={adding.problem?.fieldErrors.date}
                  value={draft.date}
                  onChange={(value) => setDraft((d) => ({ ...d, date: value }))}
                />
              </Box>
              <Box minWidth="32rem" flex="1">
                <TextField
                  name="name"
                  label={t('settings.calendar.name')}
                  required
                  placeholder={t('settings.calendar.namePlaceholder')}
                  error={adding.problem?.fieldErrors.name}
                  value={draft.name}
                  onChange={(value) => setDraft((d) => ({ ...d, name: value }))}
                />
              </Box>
              <Box minWidth="22rem">
                <SelectField
                  name="kind"
                  label={t('settings.calendar.kind')}
                  error={adding.problem?.fieldErrors.kind}
                  value={draft.kind}
                  onChange={(value) => setDraft((d) => ({ ...d, kind: value === 'decree' ? 'decree' : 'organisation' }))}
                  options={[
                    { value: 'organisation', label: t('settings.calendar.kind.organisation') },
                    { value: 'decree', label: t('settings.calendar.kind.decree') },
                  ]}
                />
              </Box>
              <Button type="submit" startIcon={<Plus />} loading={adding.isSubmitting}>
                {t('settings.calendar.addButton')}
              </Button>
            </Flex>
          </form>
        </Section>

        <Section
          title={t('settings.calendar.year', { year })}
          id="calendar-year"
          actions={
            <Flex gap={2}>
              <IconButton label={t('settings.calendar.previousYear')} onClick={() => setYear((y) => y - 1)}>
                <ChevronLeft />
              </IconButton>
              <IconButton label={t('settings.calendar.nextYear')} onClick={() => setYear((y) => y + 1)}>
                <ChevronRight />
              </IconButton>
            </Flex>
          }
        >
          <ProblemAlert problem={removing.problem} onClose={removing.reset} />
          <Table colCount={4} rowCount={(query.data?.length ?? 0) + 1} aria-busy={query.isLoading}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma">{t('settings.calendar.date')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.calendar.name')}</Typography>
                </Th>
                <Th>
                  <Typography variant="sigma">{t('settings.calendar.kind')}</Typography>
                </Th>
                <Th>
                  <VisuallyHidden>{t('list.col.actions')}</VisuallyHidden>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {(query.data ?? []).map((day) => (
                <Tr key={`${day.kind}-${day.date}`}>
                  <Td>
                    <Typography>{formatDate(day.date, locale)}</Typography>
                  </Td>
                  <Td>
                    <Typography>{day.name}</Typography>
                  </Td>
                  <Td>
                    <Badge backgroundColor={KIND_COLOURS[day.kind][0]} textColor={KIND_COLOURS[day.kind][1]}>
                      {t(`settings.calendar.kind.${day.kind}`)}
                    </Badge>
                  </Td>
                  <Td>
                    {day.kind !== 'holiday' && day.id && (
                      <IconButton
                        label={t('settings.calendar.remove', { name: day.name })}
                        variant="ghost"
                        onClick={() => setConfirming(day)}
                      >
                        <Trash />
                      </IconButton>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Section>
      </Flex>
      <Dialog.Root open={confirming !== null} onOpenChange={(open) => !open && setConfirming(null)}>
        {confirming && (
          <Dialog.Content>
            <Dialog.Header>{t('settings.calendar.confirmTitle', { name: confirming.name })}</Dialog.Header>
            <Dialog.Body icon={<WarningCircle fill="danger600" width="2.4rem" height="2.4rem" />}>
              <Dialog.Description>{t('settings.calendar.confirmText', { name: confirming.name, date: formatDate(confirming.date, locale) })}</Dialog.Description>
            </Dialog.Body>
            <AlertDialogActions label={t('settings.calendar.confirmRemove')} busy={removing.isSubmitting} onConfirm={() => remove(confirming)} danger />
          </Dialog.Content>
        )}
      </Dialog.Root>
    </SettingsPage>
  );
};

export default CalendarSettingsPage;
