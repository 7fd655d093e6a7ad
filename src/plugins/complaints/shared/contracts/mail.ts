/**
 * Mail that arrived in the complaints mailbox (IMAP intake): what it was taken for, and where it stands.
 * A new mail is a draft complaint until staff register it or mark it "not a complaint"; a reply to a
 * letter, an automatic answer and a bounce go to the dossier of the complaint they belong to.
 */
import type { Locale, Message } from '../messages';

export const INCOMING_MAIL_KINDS = ['complaint', 'reply', 'bounce', 'auto_reply'] as const;
export type IncomingMailKind = (typeof INCOMING_MAIL_KINDS)[number];

/** new: a draft waiting for staff; registered / not_a_complaint: staff decided; filed: kept with a complaint (replies, bounces, automatic answers); unmatched: belongs to no complaint found. */
export const INCOMING_MAIL_STATES = ['new', 'registered', 'not_a_complaint', 'filed', 'unmatched'] as const;
export type IncomingMailState = (typeof INCOMING_MAIL_STATES)[number];

/** A document of a mail that was not kept, and why (never the bytes). */
export interface RefusedMailAttachment {
  fileName: string;
  reason: Message;
}

/** A mail as staff see it: on the step-1 page (drafts) and in the dossier (replies, bounces). */
export interface IncomingMail {
  id: number;
  kind: IncomingMailKind;
  state: IncomingMailState;
  mailbox: string;
  /** The mail's own date (the term of a complaint registered from it starts then). */
  receivedAt: string;
  fromName: string | null;
  fromAddress: string | null;
  subject: string | null;
  text: string;
  /** File names of the documents kept with it. */
  attachments: string[];
  refusedAttachments: RefusedMailAttachment[];
  departmentId: number | null;
  complaintId: number | null;
  /** The reference of that complaint, for the list. */
  complaintReference: string | null;
  handledAt: string | null;
}

export interface IncomingMailList {
  data: IncomingMail[];
}

export const MAIL_KIND_LABELS: Record<IncomingMailKind, Record<Locale, string>> = {
  complaint: { nl: 'Nieuwe klacht per e-mail', en: 'New complaint by e-mail' },
  reply: { nl: 'Reactie per e-mail', en: 'Reply by e-mail' },
  bounce: { nl: 'Onbestelbaar bericht', en: 'Delivery failure' },
  auto_reply: { nl: 'Automatisch antwoord', en: 'Automatic reply' },
};
