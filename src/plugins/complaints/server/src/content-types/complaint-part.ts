import { JUDGEMENTS } from '../domain/procedure';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A part (grievance) of a complaint with its own judgement (Awb 9:12): written with the outcome, listed in
 * its letter and counted in the annual report. A reopened complaint's parts of the outcome before stay,
 * marked as such.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_complaint_parts',
    info: { singularName: 'complaint-part', pluralName: 'complaint-parts', displayName: 'Klachtonderdeel' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      position: { type: 'integer', required: true },
      description: { type: 'text', required: true },
      judgement: { type: 'enumeration', enum: [...JUDGEMENTS], required: true },
      earlierRound: { type: 'boolean', default: false },
    },
    indexes: [{ name: 'complaints_complaint_parts_complaint_idx', columns: ['complaint_id'] }],
  },
};
