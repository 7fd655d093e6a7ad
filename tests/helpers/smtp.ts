/**
 * A real SMTP server in the test process (smtp-server + mailparser): letters arrive over a real SMTP
 * connection from nodemailer, and tests read them back parsed. It can go down and come back on the same
 * port to test retries.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './process';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

export interface TestSmtp {
  port: number;
  received: ReceivedMail[];
  env: Record<string, string>;
  /** Messages received whole and not yet answered (a slow relay's work in hand). */
  inProgress(): number;
  /** Messages per Message-ID (a value above 1 is a letter delivered twice). */
  countsByMessageId(): Map<string, number>;
  waitFor(predicate: (mails: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/** `delayMs`: how long the server takes over each message before it answers (a slow relay). */
export async function startSmtp(options: { parse?: boolean; delayMs?: number } = {}): Promise<TestSmtp> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  const parse = options.parse ?? true;
  let server: SMTPServer | null = null;
  let inProgress = 0;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (options.delayMs) {
            inProgress += 1;
            await new Promise((r) => setTimeout(r, options.delayMs));
            inProgress -= 1;
          }
          const raw = Buffer.concat(chunks);
          if (parse) {
            const mail = await simpleParser(raw);
            received.push({
              messageId: mail.messageId ?? '',
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: mail.headers,
            });
          } else {
            const id = /^message-id:\s*(.+)$/im.exec(raw.toString('utf8'))?.[1]?.trim() ?? '';
            received.push({ messageId: id, to: session.envelope.rcptTo.map((r) => r.address).join(','), subject: '', text: '', html: '', headers: new Map() });
          }
          callback();
        });
      },
    });

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server?.off('error', reject);
        // A client that vanishes mid-message (a worker killed in a test) is that connection's error: a real
        // relay goes on serving the others; without a listener smtp-server's event would end the test run.
        server?.on('error', () => {});
        resolve();
      });
    });
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

  await listen();
  return {
    port,
    received,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_IGNORE_TLS: 'true', SMTP_SECURE: 'false', MAIL_FROM: 'klachten@gemeente-voorbeeld.nl' },
    inProgress: () => inProgress,
    countsByMessageId() {
      const counts = new Map<string, number>();
      for (const mail of received) counts.set(mail.messageId, (counts.get(mail.messageId) ?? 0) + 1);
      return counts;
    },
    async waitFor(predicate, timeoutMs = 60000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for mail; received ${received.length}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    down: stop,
    up: listen,
    close: stop,
  };
}
