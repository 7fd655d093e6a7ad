/** Plugin tables are managed through the plugin's own pages, not the content manager or the builder. */
export const HIDDEN_FROM_CONTENT_MANAGER = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
} as const;
