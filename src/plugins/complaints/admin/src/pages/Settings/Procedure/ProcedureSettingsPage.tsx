import * as React from 'react';
import { Button, Flex, Grid } from '@strapi/design-system';
import type { ProcedureSettings } from '../../../../../shared/contracts';
import { NumberField, SelectField, TextareaField, TextField, ToggleField } from '../../../components/form/Fields';
import { Section } from '../../../components/Section';
import { SettingsWarnings } from '../../../components/SettingsWarnings';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { SettingsPage } from '../SettingsPage';
import { RegimeSection } from './RegimeSection';

type Key = keyof ProcedureSettings;
const NUMBERS: Array<[Key, number, number]> = [
  ['acknowledgementWorkingDays', 1, 30],
  ['handlingWeeks', 1, 52],
  ['advisoryCommitteeHandlingWeeks', 1, 52],
  ['maxExtensionWeeks', 0, 26],
  ['notAdmissibleNoticeWeeks', 1, 52],
  ['dissatisfactionWindowWeeks', 1, 52],
  ['cutoffHour', 0, 24],
];

/** The regime, terms, the working-day calendar rules, the organisation and the next body (committee, ombudsman). */
export const ProcedureSettingsPage = () => {
  const { t } = useT();
  const query = useApiQuery(queries.settings());
  const api = useAdminClient();
  const { submit, isSubmitting, problem } = useSubmit();
  const [values, setValues] = React.useState<ProcedureSettings | null>(null);
  React.useEffect(() => {
    if (query.data) setValues(query.data.procedure);
  }, [query.data]);

  const errors = problem?.fieldErrors ?? {};
  // Changes not saved yet, besides the regime itself (filling from a preset sets that too).
  const dirty = Boolean(values && query.data && JSON.stringify({ ...values, regime: query.data.procedure.regime }) !== JSON.stringify(query.data.procedure));
  const set = <K extends Key>(key: K, value: ProcedureSettings[K]) => setValues((previous) => (previous ? { ...previous, [key]: value } : previous));
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!values) return;
    const saved = await submit(() => api.updateProcedure(values), t('settings.saved'));
    if (saved) afterSave(saved);
  };
  // The server's answer is what holds now; load again for the warnings it may have settled.
  const afterSave = (saved: ProcedureSettings) => {
    setValues(saved);
    query.reload();
  };

  const number = ([key, min, max]: [Key, number, number]) => (
    <Grid.Item key={key} col={4} s={12} direction="column" alignItems="stretch">
      <NumberField
        name={key}
        label={t(`settings.procedure.${key}`)}
        hint={t(`settings.procedure.${key}.hint`)}
        min={min}
        max={max}
        error={errors[key]}
        value={values?.[key] as number}
        onChange={(value) => set(key, (value ?? 0) as never)}
      />
    </Grid.Item>
  );
  const text = (key: Key, multiline = false, col = 6) => (
    <Grid.Item key={key} col={col} s={12} direction="column" alignItems="stretch">
      {multiline ? (
        <TextareaField
          name={key}
          label={t(`settings.procedure.${key}`)}
          rows={3}
          error={errors[key]}
          value={String(values?.[key] ?? '')}
          onChange={(value) => set(key, value as never)}
        />
      ) : (
        <TextField
          name={key}
          label={t(`settings.procedure.${key}`)}
          error={errors[key]}
          value={String(values?.[key] ?? '')}
          onChange={(value) => set(key, value as never)}
        />
      )}
    </Grid.Item>
  );

  return (
    <form onSubmit={save} noValidate aria-label={t('settings.procedure.title')}>
      <SettingsPage
        title={t('settings.procedure.title')}
        subtitle={t('settings.procedure.subtitle')}
        isLoading={!values && query.isLoading}
        problem={query.problem ?? problem}
        primaryAction={
          <Button type="submit" loading={isSubmitting} disabled={!values}>
            {t('settings.save')}
          </Button>
        }
      >
        {values && (
          <Flex direction="column" alignItems="stretch" gap={6}>
            <SettingsWarnings warnings={query.data?.warnings} here="procedure" />
            <RegimeSection values={values} dirty={dirty} error={errors.regime} onChange={(regime) => set('regime', regime)} onApplied={afterSave} />
            <Section title={t('settings.procedure.terms')} id="settings-terms">
              <Grid.Root gap={5} gridCols={12}>
                {NUMBERS.map(number)}
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <ToggleField
                    name="useAdvisoryCommittee"
                    label={t('settings.procedure.useAdvisoryCommittee')}
                    hint={t('settings.procedure.useAdvisoryCommittee.hint')}
                    onLabel={t('common.yes')}
                    offLabel={t('common.no')}
                    error={errors.useAdvisoryCommittee}
                    value={values.useAdvisoryCommittee}
                    onChange={(value) => set('useAdvisoryCommittee', value)}
                  />
                </Grid.Item>
              </Grid.Root>
            </Section>
            <Section title={t('settings.procedure.calendar')} id="settings-calendar-rules">
              <Grid.Root gap={5} gridCols={12}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <ToggleField
                    name="goodFridayIsHoliday"
                    label={t('settings.procedure.goodFridayIsHoliday')}
                    hint={t('settings.procedure.goodFridayIsHoliday.hint')}
                    onLabel={t('common.yes')}
                    offLabel={t('common.no')}
                    error={errors.goodFridayIsHoliday}
                    value={values.goodFridayIsHoliday}
                    onChange={(value) => set('goodFridayIsHoliday', value)}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <SelectField
                    name="liberationDay"
                    label={t('settings.procedure.liberationDay')}
                    hint={t('settings.procedure.liberationDay.hint')}
                    error={errors.liberationDay}
                    value={values.liberationDay}
                    onChange={(value) => set('liberationDay', value as ProcedureSettings['liberationDay'])}
                    options={[
                      { value: 'every_year', label: t('settings.procedure.liberationDay.every_year') },
                      { value: 'every_fifth_year', label: t('settings.procedure.liberationDay.every_fifth_year') },
                    ]}
                  />
                </Grid.Item>
              </Grid.Root>
            </Section>
            <Section title={t('settings.procedure.organisation')} id="settings-organisation">
              <Grid.Root gap={5} gridCols={12}>
                {text('organisationName')}
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <TextField
                    name="referencePrefix"
                    label={t('settings.procedure.referencePrefix')}
                    hint={t('settings.procedure.referencePrefix.hint')}
                    maxLength={6}
                    error={errors.referencePrefix}
                    value={values.referencePrefix}
                    onChange={(value) => set('referencePrefix', value.toUpperCase())}
                  />
                </Grid.Item>
                <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
                  <NumberField
                    name="retentionMonths"
                    label={t('settings.procedure.retentionMonths')}
                    hint={t('settings.procedure.retentionMonths.hint')}
                    min={1}
                    max={240}
                    error={errors.retentionMonths}
                    value={values.retentionMonths}
                    onChange={(value) => set('retentionMonths', value ?? 0)}
                  />
                </Grid.Item>
                {text('organisationAddress', true)}
              </Grid.Root>
            </Section>
            <Section title={t('settings.procedure.committee')} id="settings-committee">
              <Grid.Root gap={5} gridCols={12}>
                {text('committeeName')}
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <NumberField
                    name="committeeTermWeeks"
                    label={t('settings.procedure.committeeTermWeeks')}
                    hint={t('settings.procedure.committeeTermWeeks.hint')}
                    min={1}
                    max={52}
                    error={errors.committeeTermWeeks}
                    value={values.committeeTermWeeks ?? undefined}
                    onChange={(value) => set('committeeTermWeeks', value ?? null)}
                  />
                </Grid.Item>
                {text('committeeAddress', true)}
                {text('committeeWebsite')}
                {text('committeeEmail')}
                {text('furtherRecourse', true, 12)}
              </Grid.Root>
            </Section>
            <Section title={t('settings.procedure.survey')} id="settings-survey">
              <Grid.Root gap={5} gridCols={12}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <SelectField
                    name="surveyWhenUnhappy"
                    label={t('settings.procedure.surveyWhenUnhappy')}
                    hint={t('settings.procedure.surveyWhenUnhappy.hint')}
                    error={errors.surveyWhenUnhappy}
                    value={values.surveyWhenUnhappy}
                    onChange={(value) => set('surveyWhenUnhappy', value as ProcedureSettings['surveyWhenUnhappy'])}
                    options={(['nothing', 'reopen', 'dispute'] as const).map((value) => ({ value, label: t(`settings.procedure.surveyWhenUnhappy.${value}`) }))}
                  />
                </Grid.Item>
              </Grid.Root>
            </Section>
          </Flex>
        )}
      </SettingsPage>
    </form>
  );
};

export default ProcedureSettingsPage;
