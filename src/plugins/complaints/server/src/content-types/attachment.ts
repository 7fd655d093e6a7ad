import { ATTACHMENT_SOURCES, SCAN_STATUSES } from '../../../shared/contracts/attachments';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A document with a complaint (services/attachments.ts): the row says what it is and whether it was
 * scanned; the bytes are in the private document storage under `storageKey`, never under a public URL.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_attachments',
    info: { singularName: 'attachment', pluralName: 'attachments', displayName: 'Klachtbijlage' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      fileName: { type: 'string', required: true },
      /** The real type, from the bytes. */
      mimeType: { type: 'string', required: true },
      size: { type: 'integer', required: true },
      checksum: { type: 'string', required: true },
      storageKey: { type: 'string', required: true, unique: true },
      source: { type: 'enumeration', enum: [...ATTACHMENT_SOURCES], required: true },
      scanStatus: { type: 'enumeration', enum: [...SCAN_STATUSES], required: true },
      scannedAt: { type: 'datetime' },
      addedById: { type: 'integer' },
    },
    indexes: [{ name: 'complaints_attachments_complaint_idx', columns: ['complaint_id'] }],
  },
};
