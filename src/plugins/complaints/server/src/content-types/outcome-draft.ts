import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * The outcome of step 4 while it is being written (steps/outcome/draft.ts): kept on the server so that
 * leaving the page, another browser or a colleague taking over loses nothing. One per complaint; gone
 * when the outcome is sent or the complaint is anonymised.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_outcome_drafts',
    info: { singularName: 'outcome-draft', pluralName: 'outcome-drafts', displayName: 'Concept uitkomst' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true, unique: true },
      /** What the composer holds: judgement, findings, conclusions, agreements (shared/contracts OutcomeDraftValues). */
      draftValues: { type: 'json', required: true },
      /** Counts the saves: a save based on an older one is refused, so two people never overwrite each other. */
      version: { type: 'integer', required: true },
      savedById: { type: 'integer' },
      savedAt: { type: 'datetime', required: true },
    },
    indexes: [{ name: 'complaints_outcome_drafts_complaint_uq', columns: ['complaint_id'], type: 'unique' }],
  },
};
