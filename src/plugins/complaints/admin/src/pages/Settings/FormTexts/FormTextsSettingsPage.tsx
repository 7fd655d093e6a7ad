import * as React from 'react';
import { Box, Button, Flex, Grid, Tabs, Typography } from '@strapi/design-system';
import type { FormSettings } from '../../../../../shared/contracts';
import { CheckboxField, NumberField, TextareaField, TextField, ToggleField } from '../../../components/form/Fields';
import { Section } from '../../../components/Section';
import { queries } from '../../../api/client';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useAdminClient } from '../../../hooks/useAdminClient';
import { useSubmit } from '../../../hooks/useSubmit';
import { useT } from '../../../hooks/useT';
import { FORM_FIELDS, FORM_TEXT_KEYS } from '../../../lib/procedure';
import { SettingsPage } from '../SettingsPage';
import { DocumentLimits } from './DocumentLimits';

type Locale = 'nl' | 'en';
const LONG_TEXTS = ['intro', 'privacyStatement', 'networkError', 'tooManyRequests', 'confirmation', 'surveyIntro'];

/** Drop empty overrides: an empty field means "use the default text". */
function withoutEmpty<T>(byLocale: Partial<Record<Locale, Record<string, T>>> | null, isEmpty: (value: T) => boolean) {
  if (!byLocale) return null;
  const result: Partial<Record<Locale, Record<string, T>>> = {};
  for (const locale of ['nl', 'en'] as const) {
    const entries = Object.entries(byLocale[locale] ?? {}).filter(([, value]) => !isEmpty(value));
    if (entries.length) result[locale] = Object.fromEntries(entries);
  }
  return result;
}

/** The admin's own name of a form field; a field the admin does not know yet shows the form's label. */
function useFieldName() {
  const { t } = useT();
  return (name: string, fallback?: string | null) => {
    const key = `register.${name}`;
    const text = t(key);
    return text === key ? (fallback ?? name) : text;
  };
}

/** The public form's texts and labels in Dutch and English, which optional fields are required, and more. */
export const FormTextsSettingsPage = () => {
  const { t, pick } = useT();
  const fieldName = useFieldName();
  const query = useApiQuery(queries.settings());
  const api = useAdminClient();
  const { submit, isSubmitting, problem } = useSubmit();
  const [values, setValues] = React.useState<FormSettings | null>(null);
  React.useEffect(() => {
    if (query.data)
      setValues({
        ...query.data.form,
        texts: query.data.form.texts ?? {},
        fieldTexts: query.data.form.fieldTexts ?? {},
        requiredFields: query.data.form.requiredFields ?? [],
      });
  }, [query.data]);
  const errors = problem?.fieldErrors ?? {};

  const setText = (locale: Locale, key: string, value: string) =>
    setValues((v) => (v ? { ...v, texts: { ...v.texts, [locale]: { ...(v.texts?.[locale] ?? {}), [key]: value } } } : v));
  const setFieldText = (locale: Locale, field: string, part: 'label' | 'help', value: string) =>
    setValues((v) =>
      v
        ? {
            ...v,
            fieldTexts: {
              ...v.fieldTexts,
              [locale]: { ...(v.fieldTexts?.[locale] ?? {}), [field]: { ...(v.fieldTexts?.[locale]?.[field] ?? {}), [part]: value } },
            },
          }
        : v,
    );
  const toggleRequired = (field: string, on: boolean) =>
    setValues((v) =>
      v ? { ...v, requiredFields: on ? [...new Set([...(v.requiredFields ?? []), field])] : (v.requiredFields ?? []).filter((f) => f !== field) } : v,
    );

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!values) return;
    const body = {
      texts: withoutEmpty(values.texts, (v: string) => !v.trim()),
      fieldTexts: withoutEmpty(
        values.fieldTexts &&
          Object.fromEntries(
            Object.entries(values.fieldTexts).map(([locale, fields]) => [
              locale,
              Object.fromEntries(
                Object.entries(fields ?? {}).map(([name, text]) => [name, Object.fromEntries(Object.entries(text).filter(([, s]) => s && s.trim()))]),
              ),
            ]),
          ),
        (v: object) => Object.keys(v).length === 0,
      ),
      requiredFields: values.requiredFields ?? [],
      showStaffNames: values.showStaffNames,
      minFillSeconds: values.minFillSeconds,
      surveyAskMark: values.surveyAskMark,
      surveyAskComment: values.surveyAskComment,
      ...(query.data?.documents ? { attachmentMaxFiles: values.attachmentMaxFiles, attachmentMaxMegabytes: values.attachmentMaxMegabytes, attachmentTypes: values.attachmentTypes } : {}),
    };
    await submit(() => api.updateForm(body), t('settings.saved'));
  };

  // The texts the public form falls back to, shown as placeholders: an empty field means "this default".
  const defaults = query.data?.formDefaults;
  const fields = defaults?.fields ?? FORM_FIELDS.map((field) => ({ ...field, label: null, help: null }));

  const localeTab = (locale: Locale) => {
    return (
      <Flex direction="column" alignItems="stretch" gap={6} paddingTop={4}>
        <Section title={t('settings.form.texts')} id={`form-texts-${locale}`}>
          <Typography tag="p" textColor="neutral600" paddingBottom={4}>
            {t('settings.form.emptyIsDefault')}
          </Typography>
          <Grid.Root gap={4} gridCols={12}>
            {FORM_TEXT_KEYS.map((key) => {
              const name = `texts.${locale}.${key}`;
              const common = {
                name,
                label: t(`settings.form.text.${key}`),
                error: errors[name],
                value: values?.texts?.[locale]?.[key] ?? '',
                placeholder: defaults?.texts[locale]?.[key],
                onChange: (value: string) => setText(locale, key, value),
              };
              return (
                <Grid.Item key={key} col={LONG_TEXTS.includes(key) ? 12 : 6} s={12} direction="column" alignItems="stretch">
                  {LONG_TEXTS.includes(key) ? <TextareaField {...common} rows={3} /> : <TextField {...common} />}
                </Grid.Item>
              );
            })}
          </Grid.Root>
        </Section>
        <Section title={t('settings.form.fieldTexts')} id={`form-fields-${locale}`}>
          <Grid.Root gap={4} gridCols={12}>
            {fields.map(({ name: field, label, help }) => {
              return (
                <React.Fragment key={field}>
                  <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                    <TextField
                      name={`fieldTexts.${locale}.${field}.label`}
                      label={t('settings.form.fieldLabel', { field: fieldName(field, label?.[locale]) })}
                      placeholder={label?.[locale]}
                      error={errors[`fieldTexts.${locale}.${field}.label`]}
                      value={values?.fieldTexts?.[locale]?.[field]?.label ?? ''}
                      onChange={(value) => setFieldText(locale, field, 'label', value)}
                    />
                  </Grid.Item>
                  <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                    <TextField
                      name={`fieldTexts.${locale}.${field}.help`}
                      label={t('settings.form.fieldHelp', { field: fieldName(field, label?.[locale]) })}
                      placeholder={help?.[locale] ?? ''}
                      error={errors[`fieldTexts.${locale}.${field}.help`]}
                      value={values?.fieldTexts?.[locale]?.[field]?.help ?? ''}
                      onChange={(value) => setFieldText(locale, field, 'help', value)}
                    />
                  </Grid.Item>
                </React.Fragment>
              );
            })}
          </Grid.Root>
        </Section>
      </Flex>
    );
  };

  return (
    <form onSubmit={save} noValidate aria-label={t('settings.form.title')}>
      <SettingsPage
        title={t('settings.form.title')}
        subtitle={t('settings.form.subtitle')}
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
            <Section title={t('settings.form.behaviour')} id="form-behaviour">
              <Grid.Root gap={5} gridCols={12}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <ToggleField
                    name="showStaffNames"
                    label={t('settings.form.showStaffNames')}
                    hint={t('settings.form.showStaffNames.hint')}
                    onLabel={t('common.yes')}
                    offLabel={t('common.no')}
                    error={errors.showStaffNames}
                    value={values.showStaffNames}
                    onChange={(value) => setValues({ ...values, showStaffNames: value })}
                  />
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <NumberField
                    name="minFillSeconds"
                    label={t('settings.form.minFillSeconds')}
                    hint={t('settings.form.minFillSeconds.hint')}
                    min={0}
                    max={120}
                    error={errors.minFillSeconds}
                    value={values.minFillSeconds}
                    onChange={(value) => setValues({ ...values, minFillSeconds: value ?? 0 })}
                  />
                </Grid.Item>
                {(['surveyAskMark', 'surveyAskComment'] as const).map((name) => (
                  <Grid.Item key={name} col={6} s={12} direction="column" alignItems="stretch">
                    <ToggleField
                      name={name}
                      label={t(`settings.form.${name}`)}
                      hint={t(`settings.form.${name}.hint`)}
                      onLabel={t('common.yes')}
                      offLabel={t('common.no')}
                      error={errors[name]}
                      value={values[name]}
                      onChange={(value) => setValues({ ...values, [name]: value })}
                    />
                  </Grid.Item>
                ))}
                <Grid.Item col={12} direction="column" alignItems="stretch">
                  <Typography variant="omega" fontWeight="semiBold" tag="h3">
                    {t('settings.form.requiredFields')}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {t('settings.form.requiredFields.hint')}
                  </Typography>
                  <Box paddingTop={2} style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(24rem, 1fr))', gap: '0.8rem' }}>
                    {fields
                      .filter((f) => f.requirable)
                      .map(({ name, label }) => (
                        <CheckboxField
                          key={name}
                          name={`required-${name}`}
                          label={fieldName(name, label ? pick(label) : null)}
                          value={(values.requiredFields ?? []).includes(name)}
                          onChange={(on) => toggleRequired(name, on)}
                        />
                      ))}
                  </Box>
                </Grid.Item>
              </Grid.Root>
            </Section>
            {query.data?.documents && <DocumentLimits site={query.data.documents} values={values} errors={errors} onChange={(limits) => setValues({ ...values, ...limits })} />}
            <Tabs.Root defaultValue="nl">
              <Tabs.List aria-label={t('settings.form.language')}>
                <Tabs.Trigger value="nl">{t('language.nl')}</Tabs.Trigger>
                <Tabs.Trigger value="en">{t('language.en')}</Tabs.Trigger>
              </Tabs.List>
              <Tabs.Content value="nl">{localeTab('nl')}</Tabs.Content>
              <Tabs.Content value="en">{localeTab('en')}</Tabs.Content>
            </Tabs.Root>
          </Flex>
        )}
      </SettingsPage>
    </form>
  );
};

export default FormTextsSettingsPage;
