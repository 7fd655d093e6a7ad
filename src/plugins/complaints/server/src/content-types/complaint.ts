import { CHANNELS, JUDGEMENTS, NOT_ADMISSIBLE_REASONS, STATUSES } from '../domain/procedure';
import { AGREED_HOW } from '../../../shared/procedure';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A complaint (klacht). References to departments, categories and admin users are plain id columns:
 * the hot queries (inbox, overview, sweep) filter and sort on them with composite indexes, which
 * Strapi's join-table relations cannot offer.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_complaints',
    info: { singularName: 'complaint', pluralName: 'complaints', displayName: 'Klacht', description: 'Een klacht en haar voortgang' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      reference: { type: 'string', required: true, unique: true },
      referenceYear: { type: 'integer', required: true },
      referenceNumber: { type: 'integer', required: true },
      channel: { type: 'enumeration', enum: [...CHANNELS], required: true },
      receivedAt: { type: 'datetime', required: true },
      /** The calendar day of receipt in Europe/Amsterdam (reports group by it). */
      receivedOn: { type: 'date' },
      preferredLanguage: { type: 'enumeration', enum: ['nl', 'en'], default: 'nl' },

      complainantName: { type: 'string' },
      complainantAddress: { type: 'string' },
      complainantPostalCode: { type: 'string' },
      complainantCity: { type: 'string' },
      complainantEmail: { type: 'string' },
      complainantPhone: { type: 'string' },
      complainantClientNumber: { type: 'string' },
      /** Who acts for the complainant (Awb 2:1); letters go to them, a copy to the complainant when asked. */
      representativeName: { type: 'string' },
      representativeEmail: { type: 'string' },
      representativeAddress: { type: 'string' },
      representativePostalCode: { type: 'string' },
      representativeCity: { type: 'string' },
      representativeCopiesComplainant: { type: 'boolean', default: false },

      categoryId: { type: 'integer' },
      departmentId: { type: 'integer' },
      aboutEmployeeBehaviour: { type: 'boolean', default: false },
      // 0.1.0 kept one person complained about here; they are complaint-person rows now (the upgrade step
      // 0.2.0-persons-complained-about moves and empties these). Kept so the schema sync does not drop
      // them before that step has run.
      accusedName: { type: 'string' },
      accusedFunction: { type: 'string' },
      accusedUserId: { type: 'integer' },
      description: { type: 'text', required: true },
      desiredOutcome: { type: 'text' },

      status: { type: 'enumeration', enum: [...STATUSES], required: true, default: 'received' },
      handlerId: { type: 'integer' },

      termStart: { type: 'date' },
      acknowledgementDue: { type: 'date' },
      handlingDueOriginal: { type: 'date' },
      handlingDue: { type: 'date' },
      extendedAt: { type: 'datetime' },
      extensionReason: { type: 'text' },
      delayConsentAt: { type: 'datetime' },
      delayConsentNote: { type: 'text' },

      acknowledgedAt: { type: 'datetime' },
      /** Report facts fixed when they happen: acknowledged within its term; handled within its term, in days. */
      acknowledgedInTime: { type: 'boolean' },
      handledInTime: { type: 'boolean' },
      /** Handled within the original statutory term (reports show it beside the extended one). */
      handledInOriginalTerm: { type: 'boolean' },
      handlingDays: { type: 'integer' },
      answerGivenInAcknowledgement: { type: 'boolean', default: false },
      acknowledgementAnswer: { type: 'text' },
      hearingWaivedAt: { type: 'datetime' },
      solvedAgreedAt: { type: 'datetime' },
      /** Awb 9:5: how the complainant said it was resolved to their satisfaction. */
      solvedAgreedHow: { type: 'enumeration', enum: [...AGREED_HOW] },

      judgement: { type: 'enumeration', enum: [...JUDGEMENTS] },
      findings: { type: 'text' },
      conclusions: { type: 'text' },
      noAgreements: { type: 'boolean', default: false },
      outcomeSentAt: { type: 'datetime' },
      outcomeAcceptedAt: { type: 'datetime' },

      dissatisfactionDeclaredAt: { type: 'datetime' },
      dissatisfactionNote: { type: 'text' },
      disputeEligible: { type: 'boolean', default: false },
      disputeEligibleSince: { type: 'datetime' },
      disputeEligibilityReason: { type: 'text' },
      committeeOutcome: { type: 'text' },
      committeeDecidedAt: { type: 'datetime' },

      notAdmissibleReason: { type: 'enumeration', enum: [...NOT_ADMISSIBLE_REASONS] },
      notAdmissibleExplanation: { type: 'text' },
      notAdmissibleReferral: { type: 'text' },
      notAdmissibleNoticeDue: { type: 'date' },

      withdrawnAt: { type: 'datetime' },
      withdrawalReason: { type: 'text' },
      closedAt: { type: 'datetime' },
      /** Reopened after it was finished (the last time): the terms count from then; what it was is in the timeline. */
      reopenedAt: { type: 'datetime' },
      reopenReason: { type: 'text' },
      /** Awb 2:3: sent on to the organisation it is meant for, and why. */
      forwardedTo: { type: 'string' },
      forwardedAt: { type: 'datetime' },
      forwardReason: { type: 'text' },
      /** Related complaints (ids), both ways: services/links.ts. */
      relatedComplaintIds: { type: 'json' },
      /** Personal data removed (retention term passed, or erasure on request). */
      anonymisedAt: { type: 'datetime' },

      /** The satisfaction survey after closure (status page): answered once, within `surveyDays`. */
      surveySatisfied: { type: 'boolean' },
      surveyMark: { type: 'integer' },
      surveyComment: { type: 'text' },
      surveyAnsweredAt: { type: 'datetime' },

      /** SHA-256 of the public form's key for one filled-in form: a resent submission finds its complaint. */
      submissionKeyHash: { type: 'string', private: true },
      /**
       * SHA-256 of a status-link token mailed before tokens were derived (release 0.1.0); empty for newer
       * complaints, whose token is computed (see status-link.ts). Never listed or returned to staff.
       */
      trackingTokenHash: { type: 'string', private: true },
      /** The nonce of the form token this complaint was filed with: unique, so one token files one complaint. */
      formTokenNonce: { type: 'string', private: true },
      /** The mail this complaint was registered from (mail-intake/): unique, so one mail files one complaint. */
      incomingMailId: { type: 'integer' },
    },
    indexes: [
      { name: 'complaints_complaints_reference_uq', columns: ['reference'], type: 'unique' },
      { name: 'complaints_complaints_submission_key_hash_uq', columns: ['submission_key_hash'], type: 'unique' },
      { name: 'complaints_complaints_form_token_nonce_uq', columns: ['form_token_nonce'], type: 'unique' },
      { name: 'complaints_complaints_incoming_mail_uq', columns: ['incoming_mail_id'], type: 'unique' },
      { name: 'complaints_complaints_status_ack_due_idx', columns: ['status', 'acknowledgement_due'] },
      { name: 'complaints_complaints_status_handling_due_idx', columns: ['status', 'handling_due'] },
      { name: 'complaints_complaints_status_notice_due_idx', columns: ['status', 'not_admissible_notice_due'] },
      { name: 'complaints_complaints_dept_status_idx', columns: ['department_id', 'status'] },
      // a department's list by due date (sort=due, the step lists)
      { name: 'complaints_complaints_dept_handling_due_idx', columns: ['department_id', 'handling_due', 'id'] },
      // a department's list without a sort, newest first: read from the index instead of sorting the whole department
      { name: 'complaints_complaints_dept_received_idx', columns: ['department_id', 'received_at', 'id'] },
      { name: 'complaints_complaints_received_at_idx', columns: ['received_at'] },
      { name: 'complaints_complaints_received_on_idx', columns: ['received_on'] },
      { name: 'complaints_complaints_email_idx', columns: ['complainant_email'] },
      { name: 'complaints_complaints_client_number_idx', columns: ['complainant_client_number'] },
      { name: 'complaints_complaints_handler_idx', columns: ['handler_id'] },
    ],
  },
};
