import * as React from 'react';
import { Field } from '@strapi/design-system';
import { ATTACHMENT_FIELD, typeNames, type AttachmentRules } from '../../../../shared/contracts/attachments';
import { useT } from '../../hooks/useT';

interface Props {
  id: string;
  rules: AttachmentRules;
  error?: string;
  label?: string;
  onChange: (files: File[]) => void;
  /** Changing it empties the input (after the files were sent). */
  resetKey?: number;
}

/**
 * Choosing documents for a complaint (the dossier, registration, a hearing report): a native file input
 * (keyboard and screen readers know it) limited to the site's types, with the limits as its hint. The
 * server checks every file again, by its bytes, and scans it.
 */
export const DocumentsField = ({ id, rules, error, label, onChange, resetKey }: Props) => {
  const { t } = useT();
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    if (resetKey !== undefined && input.current) input.current.value = '';
  }, [resetKey]);
  return (
    <Field.Root id={id} name={ATTACHMENT_FIELD} error={error} hint={t('attachments.hint', { count: rules.maxFiles, megabytes: rules.maxMegabytes, types: typeNames(rules.types) })}>
      <Field.Label>{label ?? t('attachments.choose')}</Field.Label>
      <input
        ref={input}
        id={id}
        type="file"
        name={ATTACHMENT_FIELD}
        multiple
        accept={rules.types.join(',')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
