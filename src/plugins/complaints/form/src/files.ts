/**
 * Documents on the form and the status page: the file field, and the quick checks before sending (the
 * server checks every file again, by its bytes).
 */
import { ATTACHMENT_FIELD } from '../../shared/contracts/attachments';
import type { FormDefinition } from '../../shared/public-api';
import { h, str } from './dom';
import type { Strings } from '../../shared/public-texts';

export { ATTACHMENT_FIELD };

export type FileRules = NonNullable<FormDefinition['attachments']>;

/** A file input for the types the site accepts. */
export function fileInput(id: string, rules: FileRules, describedBy: string): HTMLInputElement {
  return h('input', { id, name: ATTACHMENT_FIELD, type: 'file', multiple: true, accept: rules.accept.map(str).join(','), 'aria-describedby': describedBy });
}

/** Too many files, or one too large: the message, else null. */
export function filesProblem(files: File[], rules: FileRules, s: Strings): string | null {
  if (files.length > rules.maxFiles) return s.tooManyFiles.replace('{n}', String(rules.maxFiles));
  const large = files.find((file) => file.size > rules.maxMegabytes * 1024 * 1024);
  return large ? s.fileTooLarge.replace('{name}', large.name).replace('{n}', String(rules.maxMegabytes)) : null;
}
