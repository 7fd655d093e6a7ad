import { INCOMING_MAIL_KINDS, INCOMING_MAIL_STATES } from '../../../shared/contracts/mail';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * A mail read from the complaints mailbox (mail-intake/): a draft complaint, or a reply, automatic answer
 * or bounce kept with its complaint. `mailKey` is unique: the row is the record that the mail was processed,
 * written in the same transaction as what it caused, so a mail is processed once however often it is read.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_incoming_mails',
    info: { singularName: 'incoming-mail', pluralName: 'incoming-mails', displayName: 'Binnengekomen e-mail' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      /** SHA-256 of the mailbox's name and the mail's Message-ID (or, without one, its UIDVALIDITY and UID). */
      mailKey: { type: 'string', required: true },
      mailbox: { type: 'string', required: true },
      messageId: { type: 'string' },
      uidValidity: { type: 'string' },
      uid: { type: 'integer' },
      kind: { type: 'enumeration', enum: [...INCOMING_MAIL_KINDS], required: true },
      state: { type: 'enumeration', enum: [...INCOMING_MAIL_STATES], required: true },
      receivedAt: { type: 'datetime', required: true },
      fromName: { type: 'string' },
      fromAddress: { type: 'string' },
      subject: { type: 'text' },
      text: { type: 'text' },
      /** PreparedAttachment[]: checked, scanned and stored; recorded with the complaint it is registered as. */
      attachments: { type: 'json' },
      refusedAttachments: { type: 'json' },
      /** The mailbox's department, if it is a department's mailbox. */
      departmentId: { type: 'integer' },
      complaintId: { type: 'integer' },
      /** A bounce: the letter that could not be delivered. */
      letterId: { type: 'integer' },
      handledById: { type: 'integer' },
      handledAt: { type: 'datetime' },
    },
    indexes: [
      { name: 'complaints_incoming_mails_mail_key_uq', columns: ['mail_key'], type: 'unique' },
      { name: 'complaints_incoming_mails_state_idx', columns: ['state', 'kind'] },
      { name: 'complaints_incoming_mails_complaint_idx', columns: ['complaint_id'] },
    ],
  },
};
