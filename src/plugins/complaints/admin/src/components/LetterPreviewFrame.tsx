import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { LetterPreview } from '../../../shared/contracts';
import { useT } from '../hooks/useT';

const STYLE = `<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:14px;line-height:1.5;color:#32324d;margin:16px}a{color:#4945ff}ol,ul{padding-left:20px}</style>`;

/**
 * A rendered letter: subject and body. The body is shown in a sandboxed frame (no scripts, no access to
 * the admin page), as editors' HTML should never run inside the admin.
 */
export const LetterPreviewFrame = ({ preview, isLoading, height = 520 }: { preview: LetterPreview | null; isLoading: boolean; height?: number }) => {
  const { t } = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={2} aria-busy={isLoading} aria-live="polite">
      <Flex justifyContent="space-between" alignItems="center">
        <Typography variant="pi" textColor="neutral600">
          {t('preview.subject')}
        </Typography>
        {isLoading && <Loader small>{t('preview.loading')}</Loader>}
      </Flex>
      <Typography fontWeight="bold" data-testid="preview-subject">
        {preview?.subject ?? '…'}
      </Typography>
      <Box borderColor="neutral200" hasRadius background="neutral0" overflow="hidden">
        <iframe
          title={t('preview.frameTitle')}
          sandbox=""
          srcDoc={`<!doctype html><html><head><meta charset="utf-8">${STYLE}</head><body>${preview?.html ?? ''}</body></html>`}
          style={{ width: '100%', height, border: 0, display: 'block' }}
        />
      </Box>
    </Flex>
  );
};
