/**
 * Documents with a complaint (attachments): what server, admin and form agree on. A document is stored
 * privately (never under /uploads or any public URL), checked by its bytes, and scanned by ClamAV before
 * anyone can open it; a document the scanner could not reach yet waits in quarantine.
 */
import type { Locale } from '../messages';

/** Where a document came in. */
export const ATTACHMENT_SOURCES = ['form', 'staff', 'status_page', 'answer', 'hearing_report', 'email'] as const;
export type AttachmentSource = (typeof ATTACHMENT_SOURCES)[number];

/**
 * `pending`: stored in quarantine, not scanned yet (the scanner was unreachable); `clean`: scanned, may be
 * opened. An infected file is never stored, so it has no status.
 */
export const SCAN_STATUSES = ['pending', 'clean'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/**
 * The types that can be allowed, by the file's real type (from its bytes), with the name shown to people.
 * HEIC is not among them: the image library decodes HEIF only with AV1 (AVIF), not the HEVC phones write,
 * so a HEIC photo could not be stored without its location; browsers on those phones send JPEG anyway.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** What a site accepts (the plugin option `attachments`). */
export interface AttachmentRules {
  maxFiles: number;
  maxMegabytes: number;
  types: AttachmentType[];
}

export const DEFAULT_ATTACHMENT_RULES: AttachmentRules = {
  maxFiles: 5,
  maxMegabytes: 10,
  types: Object.keys(ATTACHMENT_TYPES) as AttachmentType[],
};

/** The multipart field that carries the files, on every upload route. */
export const ATTACHMENT_FIELD = 'attachments';

/** Images and PDFs can be shown in the dossier; other documents only downloaded. */
export function isPreviewable(type: string): boolean {
  return type === 'application/pdf' || type.startsWith('image/');
}

/** The allowed types as people know them: "PDF, JPEG, PNG". */
export function typeNames(types: readonly AttachmentType[]): string {
  return types.map((type) => ATTACHMENT_TYPES[type]).join(', ');
}

/** A file's size as people read it: "12 kB", "2.4 MB". */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A document as the dossier (admin) and the status page list it. */
export interface Attachment {
  id: number;
  fileName: string;
  /** The stored (real) type. */
  type: AttachmentType;
  size: number;
  source: AttachmentSource;
  scanStatus: ScanStatus;
  /** Images and PDFs can be previewed in the dossier. */
  previewable: boolean;
  createdAt: string;
  /** The admin user who added it (staff uploads); null for the complainant. */
  addedBy: string | null;
}

/** The dossier's answer about documents: the list, and what may be added. */
export interface AttachmentList {
  attachments: Attachment[];
  /** Whether this site scans and accepts documents at all (a scanner is configured). */
  accepting: boolean;
  rules: AttachmentRules;
}

export const SOURCE_LABELS: Record<AttachmentSource, Record<Locale, string>> = {
  form: { nl: 'Klachtformulier', en: 'Complaint form' },
  staff: { nl: 'Toegevoegd door medewerker', en: 'Added by staff' },
  status_page: { nl: 'Statuspagina', en: 'Status page' },
  answer: { nl: 'Antwoord op een vraag', en: 'Answer to a question' },
  hearing_report: { nl: 'Verslag van het gesprek', en: 'Hearing report' },
  email: { nl: 'E-mail', en: 'E-mail' },
};
