import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A question from staff to the complainant, answered on the status page (services/questions.ts). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_questions',
    info: { singularName: 'question', pluralName: 'questions', displayName: 'Vraag aan klager' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      question: { type: 'text', required: true },
      askedById: { type: 'integer' },
      askedAt: { type: 'datetime', required: true },
      /** The day staff would like the answer by (a request, not a statutory term). */
      answerBy: { type: 'date' },
      answer: { type: 'text' },
      answeredAt: { type: 'datetime' },
    },
    indexes: [{ name: 'complaints_questions_complaint_idx', columns: ['complaint_id'] }],
  },
};
