import { Grid } from '@strapi/design-system';
import type { Complaint } from '../../../../shared/contracts';
import { useT } from '../../hooks/useT';
import { CheckboxField, TextField } from './Fields';

/**
 * The representative (gemachtigde, Awb 2:1) in the registration form and the correction dialog: the
 * complainant's letters go to them, with a copy to the complainant when asked. The server keeps their
 * fields only while "represented" is ticked.
 */
export interface RepresentativeValues {
  represented: boolean;
  representativeName: string;
  representativeEmail: string;
  representativeAddress: string;
  representativePostalCode: string;
  representativeCity: string;
  representativeCopiesComplainant: boolean;
}

const TEXTS = ['representativeName', 'representativeEmail', 'representativeAddress', 'representativePostalCode', 'representativeCity'] as const;

/** Every field the server may name in an error about the representative. */
export const REPRESENTATIVE_ERROR_FIELDS = ['represented', ...TEXTS, 'representativeCopiesComplainant'] as const;

export const noRepresentative = (): RepresentativeValues => ({
  represented: false,
  representativeName: '',
  representativeEmail: '',
  representativeAddress: '',
  representativePostalCode: '',
  representativeCity: '',
  representativeCopiesComplainant: false,
});

export function representativeValuesOf(complaint: Complaint): RepresentativeValues {
  return {
    represented: Boolean(complaint.representativeName),
    ...(Object.fromEntries(TEXTS.map((name) => [name, complaint[name] ?? ''])) as Record<(typeof TEXTS)[number], string>),
    representativeCopiesComplainant: Boolean(complaint.representativeCopiesComplainant),
  };
}

/** The representative's part of a request body. */
export function representativeBody(values: RepresentativeValues): Record<string, unknown> {
  return {
    represented: values.represented,
    ...Object.fromEntries(TEXTS.map((name) => [name, values.represented && values[name].trim() ? values[name].trim() : null])),
    representativeCopiesComplainant: values.represented && values.representativeCopiesComplainant,
  };
}

export const RepresentativeFields = ({
  prefix = '',
  values,
  set,
  errors,
}: {
  /** Keeps the inputs' names unique where a page holds two forms (the dossier's dialog). */
  prefix?: string;
  values: RepresentativeValues;
  set: (name: keyof RepresentativeValues, value: string | boolean) => void;
  errors: Record<string, string>;
}) => {
  const { t } = useT();
  const text = (name: (typeof TEXTS)[number], options: { required?: boolean; type?: string; hint?: boolean } = {}) => (
    <TextField
      name={`${prefix}${name}`}
      label={t(`register.${name}`)}
      hint={options.hint ? t(`register.${name}.hint`) : undefined}
      required={options.required}
      type={options.type}
      autoComplete="off"
      error={errors[name]}
      value={values[name]}
      onChange={(value) => set(name, value)}
    />
  );
  return (
    <Grid.Root gap={5} gridCols={12}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <CheckboxField name={`${prefix}represented`} label={t('register.represented')} hint={t('register.represented.hint')} value={values.represented} onChange={(value) => set('represented', value)} />
      </Grid.Item>
      {values.represented && (
        <>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('representativeName', { required: true })}
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            {text('representativeEmail', { type: 'email', hint: true })}
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            {text('representativeAddress')}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            {text('representativePostalCode')}
          </Grid.Item>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            {text('representativeCity')}
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <CheckboxField
              name={`${prefix}representativeCopiesComplainant`}
              label={t('register.representativeCopiesComplainant')}
              value={values.representativeCopiesComplainant}
              onChange={(value) => set('representativeCopiesComplainant', value)}
            />
          </Grid.Item>
        </>
      )}
    </Grid.Root>
  );
};
