import * as React from 'react';
import { backendUrl } from '../lib/backend';

interface PublicForm {
  texts: Record<string, string>;
  fields: Array<{ name: string; label: string; help: string | null }>;
}

/**
 * The texts the public form shows now, per language: the placeholders of the editor's fields, so an
 * editor sees the default an empty field falls back to. Public route: fetched without the admin token.
 * Best effort: without it the fields simply have no placeholder.
 */
export function usePublicFormDefaults() {
  const [forms, setForms] = React.useState<Partial<Record<'nl' | 'en', PublicForm>>>({});
  React.useEffect(() => {
    let current = true;
    for (const locale of ['nl', 'en'] as const) {
      fetch(`${backendUrl()}/api/complaints/form?locale=${locale}`, { credentials: 'omit' })
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => current && body?.data && setForms((previous) => ({ ...previous, [locale]: body.data })))
        .catch(() => undefined);
    }
    return () => {
      current = false;
    };
  }, []);
  return forms;
}
