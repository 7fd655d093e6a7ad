import type { LetterPreview } from '../api/types';
import { useComplaintsApi } from './useComplaintsApi';
import { useDebouncedPreview } from './useDebouncedPreview';

export interface PreviewRequest {
  kind: string;
  audience?: string;
  locale: 'nl' | 'en';
  subject: string;
  body: string;
  complaintId?: number;
}

/** A live preview of an unsaved letter template (editors), rendered after the user pauses typing. */
export function useLetterPreview(request: PreviewRequest | null, delay = 500) {
  const api = useComplaintsApi();
  return useDebouncedPreview<PreviewRequest, LetterPreview>(request, (body) => api.previewLetter({ ...body }), delay);
}
