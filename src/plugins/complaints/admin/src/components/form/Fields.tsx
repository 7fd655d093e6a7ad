/**
 * Labelled form fields on the design system's Field: label, hint and the server's message for this
 * field in one place, so every form shows errors the same way (and screen readers hear them).
 */
import * as React from 'react';
import { Checkbox, Field, Flex, MultiSelect, MultiSelectOption, SingleSelect, SingleSelectOption, Textarea, Toggle, Typography } from '@strapi/design-system';

interface Common {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

export const TextField = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  type = 'text',
  placeholder,
  autoComplete,
  maxLength,
}: Common & { value: string; onChange: (value: string) => void; type?: string; placeholder?: string; autoComplete?: string; maxLength?: number }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <Field.Input
      type={type}
      value={value}
      placeholder={placeholder}
      autoComplete={autoComplete}
      maxLength={maxLength}
      disabled={disabled}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export const NumberField = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  min,
  max,
}: Common & { value: number | undefined; onChange: (value: number | undefined) => void; min?: number; max?: number }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <Field.Input
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export const TextareaField = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  rows = 4,
  placeholder,
  monospace,
}: Common & { value: string; onChange: (value: string) => void; rows?: number; placeholder?: string; monospace?: boolean }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <Textarea
      name={name}
      value={value}
      rows={rows}
      placeholder={placeholder}
      disabled={disabled}
      style={monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '1.3rem' } : undefined}
      onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export interface Option {
  value: string;
  label: string;
}

export const SelectField = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  options,
  placeholder,
  onClear,
  clearLabel,
}: Common & { value: string; onChange: (value: string) => void; options: Option[]; placeholder?: string; onClear?: () => void; clearLabel?: string }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error} required={required}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect
      value={value || null}
      placeholder={placeholder}
      disabled={disabled}
      onChange={(next) => onChange(String(next))}
      onClear={onClear && value ? onClear : undefined}
      clearLabel={clearLabel}
    >
      {options.map((option) => (
        <SingleSelectOption key={option.value} value={option.value}>
          {option.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

export const MultiSelectField = ({
  name,
  label,
  hint,
  error,
  disabled,
  value,
  onChange,
  options,
  placeholder,
}: Common & { value: string[]; onChange: (value: string[]) => void; options: Option[]; placeholder?: string }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error}>
    <Field.Label>{label}</Field.Label>
    {/* the chosen ones as text: the design system's tags are buttons without a name once the list has closed */}
    <MultiSelect
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      customizeContent={(chosen?: string[]) => (chosen ?? []).map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ')}
      onChange={(next: string[]) => onChange(next)}
    >
      {options.map((option) => (
        <MultiSelectOption key={option.value} value={option.value}>
          {option.label}
        </MultiSelectOption>
      ))}
    </MultiSelect>
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);

/** A checkbox with its label; the hint and error are tied to it with aria-describedby. */
export const CheckboxField = ({ name, label, hint, error, disabled, value, onChange }: Common & { value: boolean; onChange: (value: boolean) => void }) => {
  const hintId = `field-${name}-hint`;
  const errorId = `field-${name}-error`;
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Checkbox
        name={name}
        checked={value}
        disabled={disabled}
        aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onCheckedChange={(checked) => onChange(checked === true)}
      >
        {label}
      </Checkbox>
      {hint && (
        <Typography id={hintId} variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      )}
      {error && (
        <Typography id={errorId} variant="pi" textColor="danger600" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
};

export const ToggleField = ({
  name,
  label,
  hint,
  error,
  disabled,
  value,
  onChange,
  onLabel,
  offLabel,
}: Common & { value: boolean; onChange: (value: boolean) => void; onLabel: string; offLabel: string }) => (
  <Field.Root name={name} id={`field-${name}`} hint={hint} error={error}>
    <Field.Label>{label}</Field.Label>
    <Toggle
      checked={value}
      onLabel={onLabel}
      offLabel={offLabel}
      disabled={disabled}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
