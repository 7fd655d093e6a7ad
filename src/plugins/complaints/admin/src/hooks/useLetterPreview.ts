import type { LetterPreview, LetterPreviewRequest } from '../../../shared/contracts';
import { useAdminClient } from './useAdminClient';
import { useDebouncedPreview } from './useDebouncedPreview';

/** A live preview of an unsaved letter template (editors), rendered after the user pauses typing. */
export function useLetterPreview(request: LetterPreviewRequest | null, delay = 500) {
  const client = useAdminClient();
  return useDebouncedPreview<LetterPreviewRequest, LetterPreview>(request, (body) => client.previewLetter({ ...body }), delay);
}
