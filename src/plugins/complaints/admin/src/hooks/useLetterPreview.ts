import * as React from 'react';
import type { LetterPreview } from '../api/types';
import { parseApiError, type ApiProblem } from '../lib/errors';
import { useComplaintsApi } from './useComplaintsApi';
import { useT } from './useT';

export interface PreviewRequest {
  kind: string;
  audience?: string;
  locale: 'nl' | 'en';
  subject: string;
  body: string;
  complaintId?: number;
}

/**
 * A live preview of a letter: renders `request` on the server after the user pauses typing. The newest
 * request wins; `fallback` is tried when the request is refused (e.g. a draft the template cannot take).
 */
export function useLetterPreview(request: PreviewRequest | null, fallback?: PreviewRequest | null, delay = 500) {
  const api = useComplaintsApi();
  const { locale } = useT();
  const [preview, setPreview] = React.useState<LetterPreview | null>(null);
  const [problem, setProblem] = React.useState<ApiProblem | null>(null);
  const [isLoading, setLoading] = React.useState(false);
  const [usedFallback, setUsedFallback] = React.useState(false);
  const key = JSON.stringify([request, fallback]);

  React.useEffect(() => {
    if (!request) return;
    let current = true;
    setLoading(true);
    const timer = window.setTimeout(async () => {
      try {
        const rendered = await api.previewLetter({ ...request });
        if (!current) return;
        setPreview(rendered);
        setProblem(null);
        setUsedFallback(false);
      } catch (error) {
        if (!current) return;
        if (fallback) {
          try {
            const rendered = await api.previewLetter({ ...fallback });
            if (!current) return;
            setPreview(rendered);
            setProblem(null);
            setUsedFallback(true);
            return;
          } catch {
            // fall through: show the first problem
          }
        }
        setProblem(parseApiError(error, locale));
      } finally {
        if (current) setLoading(false);
      }
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // `key` stands for request and fallback (new objects every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api, delay, locale]);

  return { preview, problem, isLoading, usedFallback };
}
