/**
 * The admin API's letters and letter templates (server: controllers/admin-letters.ts,
 * services/letter-templates.ts, services/letters.ts); answers come wrapped as `{ data }`.
 */
import type { Locale, Message } from '../messages';
import type { LetterKind, LetterStatus } from '../procedure';

export type LetterAudience = 'complainant' | 'accused' | 'staff';
export type LetterChannel = 'email' | 'post';

/** A letter of a dossier; POST /letters/:letterId/retry and /printed answer with the complaint's letters. */
export interface Letter {
  id: number;
  kind: LetterKind;
  audience: LetterAudience;
  channel: LetterChannel;
  locale: Locale;
  recipientName: string | null;
  recipientEmail: string | null;
  subject: string | null;
  status: LetterStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  printedAt: string | null;
  /** The receiving server sent it back (a bounce in the complaints mailbox): send it by post. */
  bouncedAt: string | null;
  createdAt: string;
}

/** GET /letters/to-print: the print queue, a postal letter waiting to be printed. */
export interface LetterToPrint {
  id: number;
  complaintId: number;
  reference: string;
  kind: LetterKind;
  audience: LetterAudience;
  recipientName: string | null;
  createdAt: string;
}

/** Letters in one print PDF at most: each is laid out twice (server: letters/pdf.ts), within the worker's time limit. */
export const MAX_PRINT_BATCH = 40;

/** GET /letters/print?letterIds=…: these letters in one PDF. POST /letters/printed: { letterIds }, answered per letter. */
export interface LetterBatch {
  letterIds: number[];
}

export interface LetterTemplate {
  id: number;
  kind: LetterKind;
  audience: LetterAudience;
  locale: Locale;
  subject: string;
  body: string;
  updatedAt?: string;
  /** Letters that failed on this template with a real complaint's data (the latest template error). */
  failedLetters?: { count: number; lastError: string } | null;
}

/** PUT /letter-templates/:id: the editable part of a template. */
export interface LetterTemplateUpdate {
  subject: string;
  body: string;
}

export interface Placeholder {
  path: string;
  description: Message;
  example: string;
}

/** GET /letter-templates. */
export interface LetterTemplates {
  templates: LetterTemplate[];
  placeholders: Placeholder[];
}

/** POST /letter-templates/preview: an unsaved template rendered, with a complaint's data or example data. */
export interface LetterPreviewRequest {
  kind: string;
  audience?: string;
  locale: Locale;
  subject: string;
  body: string;
  complaintId?: number;
}

export interface LetterPreview {
  subject: string;
  html: string;
  text: string;
}

/** POST /complaints/:id/outcome/preview: the agreements letter of an outcome being composed. */
export interface OutcomeLetterPreview extends LetterPreview {
  channel: LetterChannel;
}
