import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** The audit trail: who did what to a complaint, when. Append-only (see services/audit). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_events',
    info: { singularName: 'complaint-event', pluralName: 'complaint-events', displayName: 'Klachtgebeurtenis' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      type: { type: 'string', required: true },
      fromStatus: { type: 'string' },
      toStatus: { type: 'string' },
      actorType: { type: 'enumeration', enum: ['admin', 'public', 'system'], required: true },
      actorId: { type: 'integer' },
      actorName: { type: 'string' },
      note: { type: 'text' },
      data: { type: 'json' },
      at: { type: 'datetime', required: true },
    },
    indexes: [{ name: 'complaints_events_complaint_at_idx', columns: ['complaint_id', 'at'] }],
  },
};
