import { AGREEMENT_STATUSES } from '../domain/procedure';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** An agreement (afspraak) made with the complainant: an owner, a due date, kept or not. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_agreements',
    info: { singularName: 'agreement', pluralName: 'agreements', displayName: 'Afspraak' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      description: { type: 'text', required: true },
      ownerUserId: { type: 'integer' },
      ownerDepartmentId: { type: 'integer' },
      dueDate: { type: 'date', required: true },
      status: { type: 'enumeration', enum: [...AGREEMENT_STATUSES], default: 'open', required: true },
      settledAt: { type: 'datetime' },
      settledNote: { type: 'text' },
    },
    indexes: [
      { name: 'complaints_agreements_complaint_idx', columns: ['complaint_id'] },
      { name: 'complaints_agreements_status_due_idx', columns: ['status', 'due_date'] },
    ],
  },
};
