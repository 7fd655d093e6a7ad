/**
 * One letter from template and context to what the outbox sends and stores: the rendered subject, HTML,
 * text and blocks, and for e-mail the whole RFC 5322 message, composed by nodemailer's own MailComposer
 * (the library the email provider sends with). Pure and Strapi-free, so it runs on the plugin's worker
 * pool (work/tasks.ts) as well as in the main thread.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { renderLetter } from './templates';
import type { LetterContext, LetterTemplateSource } from './types';

export interface ComposeRequest {
  template: Pick<LetterTemplateSource, 'subject' | 'body'>;
  /** The context as stored with the letter, as JSON text (parsed where it is composed). */
  context: string;
  /** Set for e-mail: the message is composed too. */
  email?: {
    from: string;
    replyTo?: string;
    to: string | { name: string; address: string };
    messageId: string;
    kind: string;
  };
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
  const context: LetterContext = JSON.parse(request.context);
  const rendered = renderLetter(request.template, context);
  const letter: ComposedLetter = { subject: rendered.subject, blocksJson: JSON.stringify(rendered.blocks) };
  if (!request.email) return letter;
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
