import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A person a behaviour complaint is about (Awb 9:7, 9:9, 9:10), in the order named: as the complainant or
 * staff named them, and the staff member's admin account once known. The account is what keeps them off
 * the complaint and brings them its letters. Set at intake, replaced as a whole by a correction.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_complaint_persons',
    info: { singularName: 'complaint-person', pluralName: 'complaint-persons', displayName: 'Persoon over wie de klacht gaat' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      position: { type: 'integer', required: true },
      name: { type: 'string', required: true },
      function: { type: 'string' },
      userId: { type: 'integer' },
    },
    indexes: [
      { name: 'complaints_complaint_persons_complaint_idx', columns: ['complaint_id'] },
      { name: 'complaints_complaint_persons_user_idx', columns: ['user_id'] },
    ],
  },
};
