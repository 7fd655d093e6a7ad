import * as React from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { parseApiError, type ApiProblem } from '../lib/errors';
import { useT } from './useT';

/**
 * Runs a change against the server: keeps the form's problem (field errors, 409 reason) for display,
 * shows a toast on success, and a toast for failures the form cannot show itself (network, 403, 500).
 */
export function useSubmit() {
  const { toggleNotification } = useNotification();
  const { t, locale } = useT();
  const [isSubmitting, setSubmitting] = React.useState(false);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);

  const submit = React.useCallback(
    async <T>(run: () => Promise<T>, successMessage?: string): Promise<T | undefined> => {
      setSubmitting(true);
      setProblem(null);
      try {
        const result = await run();
        if (successMessage) toggleNotification({ type: 'success', message: successMessage });
        return result;
      } catch (error) {
        const parsed = parseApiError(error, locale);
        setProblem(parsed);
        if (parsed.status !== 400 && parsed.status !== 409) {
          toggleNotification({ type: 'danger', message: parsed.message ?? t('error.unexpected') });
        }
        return undefined;
      } finally {
        setSubmitting(false);
      }
    },
    [locale, t, toggleNotification],
  );

  const reset = React.useCallback(() => setProblem(null), []);
  return { submit, isSubmitting, problem, setProblem, reset };
}
