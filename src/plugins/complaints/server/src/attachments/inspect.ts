/**
 * What a document really is: its type from its bytes (`file-type`), never from its name or what the
 * browser said, and whether this site accepts it (type, size, count). Refusals name the file and say what
 * would be accepted, in Dutch and English.
 */
import path from 'node:path';
import { ATTACHMENT_TYPES, typeNames, type AttachmentRules, type AttachmentType } from '../../../shared/contracts/attachments';
import type { Message } from '../../../shared/messages';

export type Inspection = { ok: true; type: AttachmentType; fileName: string } | { ok: false; reason: Message };

/** file-type is ESM only; loaded once, when the first document arrives. */
let detector: Promise<typeof import('file-type')> | null = null;
const fileType = () => (detector ??= import('file-type'));

/** Text without a signature: valid UTF-8 with no control characters but tab, line breaks and form feed. */
function looksLikeText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(bytes.toString('latin1'))) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The name as sent, without folders, control characters or characters a header or a file system minds. */
function cleanName(name: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return path.basename(String(name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001F\u007F"<>|:*?]/g, '').trim().slice(0, 120);
}

/** A name safe to show and to put in Content-Disposition, with an extension of its real type when it has none. */
export function safeFileName(name: string | null | undefined, type: AttachmentType): string {
  const stem = cleanName(name) || 'document';
  return /\.[a-z0-9]{1,5}$/i.test(stem) ? stem : `${stem}.${ATTACHMENT_TYPES[type].toLowerCase()}`;
}

export async function inspect(bytes: Buffer, originalName: string | null | undefined, rules: AttachmentRules): Promise<Inspection> {
  const shown = cleanName(originalName) || 'document';
  if (bytes.length === 0) return { ok: false, reason: { nl: `"${shown}" is leeg.`, en: `"${shown}" is empty.` } };
  if (bytes.length > rules.maxMegabytes * 1024 * 1024) {
    return { ok: false, reason: { nl: `"${shown}" is groter dan ${rules.maxMegabytes} MB.`, en: `"${shown}" is larger than ${rules.maxMegabytes} MB.` } };
  }
  const detected = await (await fileType()).fileTypeFromBuffer(bytes);
  const type = (detected ? detected.mime : looksLikeText(bytes) ? 'text/plain' : null) as AttachmentType | null;
  if (!type || !rules.types.includes(type)) {
    const allowed = typeNames(rules.types);
    return { ok: false, reason: { nl: `"${shown}" is geen bestand dat wij aannemen (wel: ${allowed}).`, en: `"${shown}" is not a kind of file we accept (accepted: ${allowed}).` } };
  }
  return { ok: true, type, fileName: safeFileName(originalName, type) };
}
