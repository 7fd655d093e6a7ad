import { LETTER_KINDS } from '../letters/types';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';
import { LETTER_STATUSES } from '../../../shared/procedure';
export { LETTER_STATUSES, type LetterStatus } from '../../../shared/procedure';

/**
 * A letter of a complaint, and at the same time its outbox row: written in the transaction of the change
 * that caused it (with the context of that moment), rendered and delivered by the outbox worker.
 * E-mail: queued → sending → sent (or back to queued with a backoff, failed after the last attempt).
 * Post: queued → to_print (PDF for staff) → printed.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_letters',
    info: { singularName: 'letter', pluralName: 'letters', displayName: 'Brief' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      complaintId: { type: 'integer', required: true },
      kind: { type: 'enumeration', enum: [...LETTER_KINDS], required: true },
      audience: { type: 'enumeration', enum: ['complainant', 'accused', 'staff'], required: true },
      channel: { type: 'enumeration', enum: ['email', 'post'], required: true },
      locale: { type: 'enumeration', enum: ['nl', 'en'], required: true },
      recipientName: { type: 'string' },
      recipientEmail: { type: 'string' },
      recipientAddress: { type: 'text' },
      /** The letter's data at the moment it was caused (LetterContext). */
      context: { type: 'json' },
      /** What was sent, as rendered with the template of that moment. */
      subject: { type: 'text' },
      /**
       * The body as sanitised blocks (LetterBlock[]): the e-mail's HTML and text parts and the PDF are each
       * made from them by one function (letters/render.ts, letters/pdf.ts), so this one form is the
       * letter's record.
       */
      blocks: { type: 'json' },
      status: { type: 'enumeration', enum: [...LETTER_STATUSES], required: true, default: 'queued' },
      attempts: { type: 'integer', default: 0 },
      nextAttemptAt: { type: 'datetime' },
      claimedBy: { type: 'string' },
      claimedUntil: { type: 'datetime' },
      lastError: { type: 'text' },
      /** Stable across retries: a mail client shows a letter sent twice as one. */
      messageId: { type: 'string' },
      /** At most one letter per key (reminders: complaint, kind and day). */
      dedupeKey: { type: 'string' },
      sentAt: { type: 'datetime' },
      printedAt: { type: 'datetime' },
      /** The receiving server answered that it cannot be delivered (a bounce in the complaints mailbox): staff send it by post. */
      bouncedAt: { type: 'datetime' },
      bounceReason: { type: 'text' },
    },
    indexes: [
      { name: 'complaints_letters_status_next_idx', columns: ['status', 'next_attempt_at'] },
      { name: 'complaints_letters_complaint_idx', columns: ['complaint_id'] },
      { name: 'complaints_letters_dedupe_uq', columns: ['dedupe_key'], type: 'unique' },
    ],
  },
};
