import { Flex, Grid } from '@strapi/design-system';
import { COMPLAINANT_FIELDS } from '../../../../shared/contracts/complaints';
import type { Lookups } from '../../../../shared/contracts';
import { DocumentsField } from '../../components/form/DocumentsField';
import { CheckboxField, SelectField, TextareaField, TextField } from '../../components/form/Fields';
import { Notice } from '../../components/Notice';
import { PersonsFields } from '../../components/form/PersonsFields';
import { RepresentativeFields, REPRESENTATIVE_ERROR_FIELDS } from '../../components/form/RepresentativeFields';
import { Section } from '../../components/Section';
import { useT } from '../../hooks/useT';
import { PERSON_ERROR_FIELDS, startPersons } from '../../lib/persons';
import { STAFF_CHANNELS } from '../../lib/procedure';
import type { RegisterValues } from './useRegisterForm';

/**
 * Every field the server may report an error for, in form order; the rest ends up in the alert. All under
 * `persons` show at the persons list (the list's own error above it, a row's on its inputs).
 */
export const REGISTER_FIELDS: readonly string[] = ['channel', 'receivedAt', ...COMPLAINANT_FIELDS, ...REPRESENTATIVE_ERROR_FIELDS, 'preferredLanguage', 'categoryId', 'departmentId', 'aboutEmployeeBehaviour', ...PERSON_ERROR_FIELDS, 'description', 'desiredOutcome', 'attachments'];

interface Props {
  values: RegisterValues;
  set: <K extends keyof RegisterValues>(name: K, value: RegisterValues[K]) => void;
  errors: Record<string, string>;
  lookups: Lookups | undefined;
}

/** The same fields as the public form, plus how and when the complaint arrived. */
export const RegisterForm = ({ values, set, errors, lookups }: Props) => {
  const { t, locale } = useT();
  const text = (name: keyof RegisterValues & string, options: { required?: boolean; type?: string; autoComplete?: string; hint?: boolean } = {}) => (
    <TextField
      name={name}
      label={t(`register.${name}`)}
      hint={options.hint ? t(`register.${name}.hint`) : undefined}
      required={options.required}
      type={options.type}
      autoComplete={options.autoComplete}
      error={errors[name]}
      value={String(values[name])}
      onChange={(value) => set(name, value as never)}
    />
  );

  const categories = (lookups?.categories ?? []).filter((c) => c.active);
  const departments = (lookups?.departments ?? []).filter((d) => d.active);
  const chosenCategory = categories.find((c) => String(c.id) === values.categoryId);

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Section title={t('register.section.arrival')} id="register-arrival">
        <Grid.Root gap={5} gridCols={12}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="channel"
              label={t('register.channel')}
              required
              error={errors.channel}
              value={values.channel}
              onChange={(value) => set('channel', value)}
              options={STAFF_CHANNELS.map((channel) => ({ value: channel, label: t(`channel.${channel}`) }))}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('receivedAt', { type: 'datetime-local', hint: true })}
          </Grid.Item>
        </Grid.Root>
      </Section>

      <Section title={t('register.section.complainant')} id="register-complainant">
        <Grid.Root gap={5} gridCols={12}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('complainantName', { required: true, autoComplete: 'off' })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('complainantClientNumber')}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('complainantEmail', { type: 'email', hint: true })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('complainantPhone', { type: 'tel' })}
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            {text('complainantAddress')}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {text('complainantPostalCode', { hint: true })}
          </Grid.Item>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            {text('complainantCity')}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="preferredLanguage"
              label={t('register.preferredLanguage')}
              error={errors.preferredLanguage}
              value={values.preferredLanguage}
              onChange={(value) => set('preferredLanguage', value)}
              options={[
                { value: 'nl', label: t('language.nl') },
                { value: 'en', label: t('language.en') },
              ]}
            />
          </Grid.Item>
        </Grid.Root>
      </Section>

      <Section title={t('register.section.representative')} id="register-representative">
        <RepresentativeFields values={values} set={(name, value) => set(name, value as never)} errors={errors} />
      </Section>

      <Section title={t('register.section.complaint')} id="register-complaint">
        <Grid.Root gap={5} gridCols={12}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="categoryId"
              label={t('register.categoryId')}
              required
              placeholder={t('common.choose')}
              error={errors.categoryId}
              value={values.categoryId}
              onChange={(value) => set('categoryId', value)}
              options={categories.map((c) => ({ value: String(c.id), label: locale === 'en' ? c.nameEn : c.nameNl }))}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField
              name="departmentId"
              label={t('register.departmentId')}
              hint={t('register.departmentId.hint')}
              placeholder={t('register.departmentId.placeholder')}
              error={errors.departmentId}
              value={values.departmentId}
              onChange={(value) => set('departmentId', value)}
              onClear={() => set('departmentId', '')}
              clearLabel={t('common.clear')}
              options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
            />
          </Grid.Item>
          {chosenCategory?.suggestsBehaviour && !values.aboutEmployeeBehaviour && (
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <Notice title={t('register.behaviourSuggested.title')}>{t('register.behaviourSuggested')}</Notice>
            </Grid.Item>
          )}
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <CheckboxField
              name="aboutEmployeeBehaviour"
              label={t('register.aboutEmployeeBehaviour')}
              hint={t('register.aboutEmployeeBehaviour.hint')}
              error={errors.aboutEmployeeBehaviour}
              value={values.aboutEmployeeBehaviour}
              onChange={(value) => {
                set('aboutEmployeeBehaviour', value);
                if (value) set('persons', startPersons(values.persons));
              }}
            />
          </Grid.Item>
          {values.aboutEmployeeBehaviour && (
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <PersonsFields rows={values.persons} onChange={(rows) => set('persons', rows)} errors={errors} users={lookups?.users} />
            </Grid.Item>
          )}
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <TextareaField
              name="description"
              label={t('register.description')}
              hint={t('register.description.hint')}
              required
              rows={6}
              error={errors.description}
              value={values.description}
              onChange={(value) => set('description', value)}
            />
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <TextareaField
              name="desiredOutcome"
              label={t('register.desiredOutcome')}
              error={errors.desiredOutcome}
              value={values.desiredOutcome}
              onChange={(value) => set('desiredOutcome', value)}
            />
          </Grid.Item>
          {lookups?.attachments && (
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <DocumentsField id="register-attachments" rules={lookups.attachments} label={t('register.attachments')} error={errors.attachments} onChange={(files) => set('files', files)} />
            </Grid.Item>
          )}
        </Grid.Root>
      </Section>
    </Flex>
  );
};
