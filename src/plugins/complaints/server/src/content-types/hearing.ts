import { HEARING_MODES, HEARING_SKIP_REASONS } from '../domain/procedure';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** The conversation of hoor en wederhoor (Awb 9:10): planned, then held with a report or skipped. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_hearings',
    info: { singularName: 'hearing', pluralName: 'hearings', displayName: 'Gesprek' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      plannedAt: { type: 'datetime' },
      mode: { type: 'enumeration', enum: [...HEARING_MODES] },
      location: { type: 'string' },
      attendees: { type: 'text' },
      accusedInvited: { type: 'boolean', default: false },
      accusedPresent: { type: 'boolean' },
      complainantPresent: { type: 'boolean' },
      minutes: { type: 'text' },
      proposedSolution: { type: 'text' },
      heldAt: { type: 'datetime' },
      skippedReason: { type: 'enumeration', enum: [...HEARING_SKIP_REASONS] },
      skippedNote: { type: 'text' },
    },
    indexes: [
      { name: 'complaints_hearings_complaint_idx', columns: ['complaint_id'] },
      { name: 'complaints_hearings_planned_at_idx', columns: ['planned_at'] },
    ],
  },
};
