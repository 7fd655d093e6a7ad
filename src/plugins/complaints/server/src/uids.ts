/** Content-type uids of the plugin, in one place. */
export const UID = {
  complaint: 'plugin::complaints.complaint',
  department: 'plugin::complaints.department',
  category: 'plugin::complaints.category',
  hearing: 'plugin::complaints.hearing',
  agreement: 'plugin::complaints.agreement',
  event: 'plugin::complaints.complaint-event',
  part: 'plugin::complaints.complaint-part',
  person: 'plugin::complaints.complaint-person',
  closedDay: 'plugin::complaints.closed-day',
  referenceCounter: 'plugin::complaints.reference-counter',
  settings: 'plugin::complaints.settings',
  formSettings: 'plugin::complaints.form-settings',
  letter: 'plugin::complaints.letter',
  letterTemplate: 'plugin::complaints.letter-template',
  attachment: 'plugin::complaints.attachment',
  question: 'plugin::complaints.question',
  incomingMail: 'plugin::complaints.incoming-mail',
  outcomeDraft: 'plugin::complaints.outcome-draft',
  savedView: 'plugin::complaints.saved-view',
} as const;

export type PluginUid = (typeof UID)[keyof typeof UID];

/** Table names, for the few statements that go to knex directly (atomic counters, row locks). */
export const TABLE = {
  complaint: 'complaints_complaints',
  referenceCounter: 'complaints_reference_counters',
  event: 'complaints_events',
  letter: 'complaints_letters',
  agreement: 'complaints_agreements',
  part: 'complaints_complaint_parts',
  person: 'complaints_complaint_persons',
  hearing: 'complaints_hearings',
  attachment: 'complaints_attachments',
  question: 'complaints_questions',
  incomingMail: 'complaints_incoming_mails',
  outcomeDraft: 'complaints_outcome_drafts',
} as const;
