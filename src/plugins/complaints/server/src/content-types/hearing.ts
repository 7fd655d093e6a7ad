import { HEARING_MODES, HEARING_SIDES, HEARING_SKIP_REASONS } from '../domain/procedure';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A conversation of hoor en wederhoor (Awb 9:10): planned, then held with a report, or a side not heard on a
 * ground of the law. Several per complaint: both sides together or each apart (`side`; rows of 0.1.0 got it
 * from `accusedInvited` in an upgrade step).
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_hearings',
    info: { singularName: 'hearing', pluralName: 'hearings', displayName: 'Gesprek' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      side: { type: 'enumeration', enum: [...HEARING_SIDES] },
      /** The day by which the invitation asks the invitee to say whether they want to be heard. */
      respondBy: { type: 'date' },
      /** Set when the complaint is reopened: the conversation belongs to the round that ended. */
      earlierRound: { type: 'boolean', default: false },
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
