/**
 * One letter from template and context to what the outbox sends and stores: the rendered subject, HTML,
 * text and blocks, and for e-mail the whole RFC 5322 message, composed by nodemailer's own MailComposer
 * (the library the email provider sends with). Pure and Strapi-free, so it runs on the plugin's worker
 * pool (work/tasks.ts) as well as in the main thread.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { fillStatusToken, trackingToken } from '../status-link';
import { withCurrentFields } from './recourse';
import { renderLetter } from './render';
import type { LetterContext, LetterTemplateSource } from './types';

export interface ComposeRequest {
  template: Pick<LetterTemplateSource, 'subject' | 'body'>;
  /** The context as stored with the letter, as JSON text (parsed where it is composed). */
  context: string;
  /** A letter to the complainant: the secret their status link's token is made with (status-link.ts). */
  statusLinkSecret?: string;
  /** Set for e-mail: the message is composed too. */
  email?: {
    from: string;
    replyTo?: string;
    to: string | { name: string; address: string };
    messageId: string;
    kind: string;
  };
}

/** How a letter that failed on its template is marked (the letter's last error starts with it). */
export const TEMPLATE_ERROR_PREFIX = 'Sjabloonfout / template error: ';

/**
 * The template could not be rendered with this letter's data (a Liquid error, a limit, a letter too
 * long). Deterministic: another attempt with the same template and data fails the same way, so the
 * outbox fails the letter at once instead of retrying it.
 */
export class TemplateRenderError extends Error {
  constructor(message: string) {
    super(message.startsWith(TEMPLATE_ERROR_PREFIX) ? message : `${TEMPLATE_ERROR_PREFIX}${message}`);
    this.name = 'TemplateRenderError';
  }
}

/** What the outbox stores and sends: the HTML and text parts are in `raw`, and derive from the blocks. */
export interface ComposedLetter {
  subject: string;
  /** The blocks as JSON text, as they are stored (a string crosses threads cheaper than the objects). */
  blocksJson: string;
  /** The complete message (headers and MIME body), for e-mail. */
  raw?: Uint8Array;
}

export async function composeLetter(request: ComposeRequest): Promise<ComposedLetter> {
  // a letter queued before an upgrade carries the context of its day: completed with the fields added since
  const context: LetterContext = withCurrentFields(JSON.parse(request.context));
  let rendered: ReturnType<typeof renderLetter>;
  try {
    rendered = renderLetter(request.template, context);
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    // Running out of render time may be the machine (a busy moment, a cold thread), not the template: such
    // a letter is tried again later like one the mail server refused; a template that always runs out of
    // time still fails after the last attempt. Every other render error fails the same way on every try.
    if (/render limit exceeded/.test(message)) throw new Error(`${message} (tried again later)`);
    throw new TemplateRenderError(message);
  }
  // the record keeps the stand-in; only the message itself carries the complainant's token
  const letter: ComposedLetter = { subject: rendered.subject, blocksJson: JSON.stringify(rendered.blocks) };
  if (!request.email) return letter;
  if (request.statusLinkSecret) {
    const token = trackingToken(request.statusLinkSecret, context.complaint.reference);
    rendered = { ...rendered, html: fillStatusToken(rendered.html, token), text: fillStatusToken(rendered.text, token) };
  }
  const { from, replyTo, to, messageId, kind } = request.email;
  const message = new MailComposer({
    from,
    replyTo,
    to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    messageId,
    headers: { 'X-Klacht-Referentie': context.complaint.reference, 'X-Klacht-Brief': kind },
  }).compile();
  const built = await new Promise<Buffer>((resolve, reject) => message.build((error, output) => (error ? reject(error) : resolve(output))));
  // a copy of its own, so it can be moved to another thread without detaching a shared buffer pool
  return { ...letter, raw: new Uint8Array(built) };
}
