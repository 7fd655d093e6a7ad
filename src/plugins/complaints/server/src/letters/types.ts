/**
 * The contract between letter templates (engine, sanitiser, render, placeholders, validation, defaults/),
 * the PDF renderer (pdf.ts) and the letter service that assembles contexts and queues deliveries.
 */
import type { Locale, Message } from '../../../shared/messages';

import type { LetterKind } from '../../../shared/procedure';
import type { Regime } from '../../../shared/regimes';

export { LETTER_KINDS, type LetterKind } from '../../../shared/procedure';

export type LetterAudience = 'complainant' | 'accused' | 'staff';

/** A template as editors manage it (one per kind, audience and locale). */
export interface LetterTemplateSource {
  kind: LetterKind;
  audience: LetterAudience;
  locale: Locale;
  subject: string;
  /** Liquid template producing limited HTML: <p>, <br>, <strong>, <em>, <ul>, <ol>, <li>, <a href>. */
  body: string;
}

/** One run of text with its emphasis. */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A link target (shown after the text in PDF and plain text). */
  href?: string;
}

/** The letter body as blocks: what the PDF and the plain-text part are made from. */
export type LetterBlock = { type: 'paragraph'; runs: InlineRun[] } | { type: 'list'; ordered: boolean; items: InlineRun[][] };

export interface RenderedLetter {
  subject: string;
  /** Escaped HTML (the e-mail's HTML part). */
  html: string;
  /** Plain text (the e-mail's text part). */
  text: string;
  blocks: LetterBlock[];
}

/**
 * What templates can use. Dates are ISO strings (yyyy-MM-dd or full timestamps); templates format them
 * with the `datum` (25 november 2026) and `datumtijd` (25 november 2026 om 14:00) filters, which follow
 * the letter's locale.
 */
export interface LetterContext {
  locale: Locale;
  today: string;
  /** The legal regime of the settings (shared/regimes.ts): the letters word the next step by it. */
  regime: Regime;
  organisation: { name: string; address: string };
  recipient: { name: string };
  complaint: {
    reference: string;
    receivedAt: string;
    channel: string;
    description: string;
    desiredOutcome: string | null;
    category: string | null;
    department: string | null;
    status: string;
    acknowledgementDue: string | null;
    handlingDue: string | null;
    statusUrl: string | null;
    answer: string | null;
    judgement: string | null;
    findings: string | null;
    conclusions: string | null;
    notAdmissibleReason: string | null;
    notAdmissibleExplanation: string | null;
    referral: string | null;
    extensionReason: string | null;
    reopenReason: string | null;
    forwardedTo: string | null;
    forwardReason: string | null;
    previousHandlingDue: string | null;
    aboutEmployeeBehaviour: boolean;
    accusedName: string | null;
    adminUrl: string | null;
    /** Awb 9:8: the day the notice that the complaint is not handled must be sent by. */
    notAdmissibleNoticeDue: string | null;
    /** The handling term was extended already (Awb 9:11 allows it once). */
    extended: boolean;
    /** The most weeks the handling term can be extended by (the settings). */
    maxExtensionWeeks: number | null;
    /** The committee's (or ombudsman's) outcome is recorded: the procedure has ended there. */
    committeeDecided: boolean;
    committeeOutcome: string | null;
    /** The last day the complainant can tell the organisation they are dissatisfied with the outcome. */
    dissatisfactionOpenUntil: string | null;
  };
  complainant: { name: string; address: string | null; postalCode: string | null; city: string | null; email: string | null };
  /** heldAt: the day the hearing was held (recorded), null while it is only planned. */
  /** The parts of the complaint, each with its judgement (as text); empty when it was judged as a whole. */
  parts: Array<{ description: string; judgement: string }>;
  /** withBoth: the complainant and the employee are heard together; respondBy: the day to answer the invitation by. */
  hearing: { plannedAt: string | null; heldAt?: string | null; mode: string | null; location: string | null; attendees: string | null; withBoth?: boolean; respondBy?: string | null } | null;
  agreements: Array<{ description: string; dueDate: string; owner: string | null; status: string }>;
  committee: {
    name: string;
    address: string;
    website: string;
    email: string;
    /** Weeks to go to the next body; null: not set (the body's own rules say). */
    termWeeks: number | null;
    /** The same term in words in the letter's language ("12 weken", "een jaar"); empty when not set. */
    term: string;
    /** The last day to go there: the letter's date plus the term (yyyy-MM-dd); null when not set. */
    deadline: string | null;
  };
  handler: { name: string | null };
  furtherRecourse: string;
  /** A question from staff to the complainant (its letter, and the handler's notice of the answer). */
  question: { text: string; answerBy: string | null; answer: string | null } | null;
  /** The satisfaction survey (its letter only): the last day to fill it in. */
  survey: { until: string } | null;
  /** The complaint's documents by name (the copy to the person complained about, Awb 9:9). */
  documents: Array<{ fileName: string; type: string }>;
}

/** Documentation of one placeholder: where editors look it up. */
export interface PlaceholderDoc {
  path: string;
  description: Message;
  example: string;
}

/** Input of the PDF renderer: a letter for the postal channel. */
export interface PdfLetterInput {
  locale: Locale;
  organisation: { name: string; addressLines: string[] };
  recipient: { name: string; addressLines: string[] };
  date: Date;
  reference: string;
  subject: string;
  blocks: LetterBlock[];
  signature: { name: string; role: string };
}
