/**
 * What a mail in the complaints mailbox is, read from its headers alone (no database): a delivery failure
 * (RFC 3464 report), an automatic answer (RFC 3834 `Auto-Submitted`, and the headers out-of-office
 * programs set without it), or a person writing — then the Message-IDs it answers and the complaint
 * references in its subject say whether it is a reply or a new complaint (mail-intake/service.ts decides).
 */
import type { ParsedMail } from 'mailparser';

export interface DeliveryFailure {
  /** 5.x.x: the address does not exist or refuses for good; 4.x.x: the server still tries. */
  permanent: boolean;
  /** The Message-IDs of the mail that came back (from the returned message or its headers). */
  originalMessageIds: string[];
  /** The status and the receiving server's words, without the address. */
  reason: string;
}

export interface MailFacts {
  messageId: string | null;
  /** In-Reply-To and References, the letters it may answer. */
  answers: string[];
  subject: string;
  automatic: boolean;
  failure: DeliveryFailure | null;
}

const MESSAGE_ID = /<[^<>\s]+@[^<>\s]+>/g;

function header(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value ?? '');
  return String(value);
}

function ids(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return text.match(MESSAGE_ID) ?? [];
}

/** RFC 3834: anything but "no" is automatic; out-of-office programs that predate it set their own headers. */
export function isAutomatic(mail: ParsedMail): boolean {
  const submitted = header(mail, 'auto-submitted').trim().toLowerCase();
  if (submitted && submitted !== 'no') return true;
  if (header(mail, 'x-autoreply') || header(mail, 'x-autorespond') || header(mail, 'x-auto-response-suppress').toLowerCase().includes('all')) return true;
  const precedence = header(mail, 'precedence').trim().toLowerCase();
  return precedence === 'auto_reply' || precedence === 'bulk' || precedence === 'junk' || precedence === 'list';
}

/** A delivery status notification (`multipart/report; report-type=delivery-status`), read for what the dossier needs. */
export function deliveryFailure(mail: ParsedMail): DeliveryFailure | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const isReport = type?.value?.toLowerCase() === 'multipart/report' && (type.params?.['report-type'] ?? '').toLowerCase() === 'delivery-status';
  if (!isReport) return null;
  // mailparser reads the message/delivery-status part into the text and keeps the returned message (or its headers) as a part of its own
  const text = mail.text ?? '';
  const status = /^Status:\s*([245]\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1] ?? null;
  const action = /^Action:\s*(\S+)/im.exec(text)?.[1]?.toLowerCase() ?? '';
  const diagnostic = /^Diagnostic-Code:\s*[^;]*;\s*(.+)$/im.exec(text)?.[1]?.trim() ?? '';
  const returned = mail.attachments
    .filter((a) => ['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers'].includes(a.contentType.toLowerCase()))
    .flatMap((a) => {
      const headers = a.content.toString('utf8').split(/\r?\n\r?\n/)[0];
      return /^Message-ID:\s*(<[^<>\s]+>)/im.exec(headers)?.slice(1, 2) ?? [];
    });
  const originalMessageIds = [...new Set([...returned, ...ids(mail.inReplyTo), ...ids(mail.references)])];
  const permanent = action === 'failed' || (status?.startsWith('5.') ?? false);
  // the status and the server's words; an address in them is cut out (it is the complainant's)
  const reason = [status, diagnostic].filter(Boolean).join(' ').replace(/[^\s<>]+@[^\s<>]+/g, '…').slice(0, 500);
  return { permanent, originalMessageIds, reason };
}

export function mailFacts(mail: ParsedMail): MailFacts {
  return {
    messageId: ids(mail.messageId)[0] ?? null,
    answers: [...new Set([...ids(mail.inReplyTo), ...ids(mail.references)])],
    subject: mail.subject ?? '',
    automatic: isAutomatic(mail),
    failure: deliveryFailure(mail),
  };
}

/** The complaint references (`KL-2026-000123`) in a subject, with this site's prefix. */
export function referencesIn(subject: string, prefix: string): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![A-Za-z0-9])${escaped}-(\\d{4})-(\\d{6})(?!\\d)`, 'gi');
  return [...new Set([...subject.matchAll(pattern)].map((m) => `${prefix}-${m[1]}-${m[2]}`))];
}
