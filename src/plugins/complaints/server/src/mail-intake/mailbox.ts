/**
 * Reading one complaints mailbox over IMAP (imapflow): the mails not yet processed, one at a time, each
 * moved to the processed folder (or flagged) only after the plugin has recorded it. A crash between the two
 * leaves the mail where it was; the next round reads it again and finds it recorded (mail-intake/service.ts),
 * so it is processed once and then moved.
 */
import { ImapFlow } from 'imapflow';
import type { MailboxSettings } from './settings';

/** The keyword a processed mail gets when the mailbox keeps mails where they are (`afterProcessing: 'flag'`). */
export const PROCESSED_KEYWORD = '$KlachtVerwerkt';

export interface MailboxMessage {
  uid: number;
  uidValidity: string;
  source: Buffer;
  internalDate: Date | null;
}

/** What became of a mail: recorded (move or flag it), or to be read again next round (a scanner or database outage). */
export type Handled = 'recorded' | 'later';

export interface RoundResult {
  read: number;
  recorded: number;
  later: number;
}

function client(box: MailboxSettings): ImapFlow {
  return new ImapFlow({
    host: box.host,
    port: box.port,
    secure: box.secure,
    auth: box.accessToken ? { user: box.user, accessToken: box.accessToken } : { user: box.user, pass: box.password ?? '' },
    logger: false,
    // a mailbox that does not answer delays this round; it must not hold the job for minutes
    connectionTimeout: 20_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    tls: box.secure ? { rejectUnauthorized: box.rejectUnauthorized !== false } : undefined,
    disableAutoIdle: true,
  });
}

/**
 * One round over a mailbox: up to `limit` unprocessed mails, oldest first, each handed to `handle` and then
 * moved or flagged. A mail another instance moved in the meantime is skipped (it was processed there).
 */
export async function readMailbox(box: MailboxSettings, limit: number, handle: (message: MailboxMessage) => Promise<Handled>): Promise<RoundResult> {
  const imap = client(box);
  // a dropped connection is reported by the command that needed it; an unhandled 'error' event would stop the process
  imap.on('error', () => undefined);
  await imap.connect();
  const result: RoundResult = { read: 0, recorded: 0, later: 0 };
  try {
    if (box.afterProcessing === 'move') await ensureFolder(imap, box.processedFolder);
    const lock = await imap.getMailboxLock(box.folder);
    try {
      const mailbox = imap.mailbox;
      const uidValidity = mailbox && typeof mailbox === 'object' ? String(mailbox.uidValidity) : '0';
      const query = box.afterProcessing === 'flag' ? { unKeyword: PROCESSED_KEYWORD } : { all: true };
      const uids = ((await imap.search(query, { uid: true })) || []).sort((a, b) => a - b).slice(0, limit);
      for (const uid of uids) {
        const message = await imap.fetchOne(String(uid), { source: true, internalDate: true }, { uid: true });
        if (!message || !message.source) continue; // moved by another instance since the search
        result.read += 1;
        const internal = message.internalDate;
        const handled = await handle({ uid, uidValidity, source: message.source, internalDate: internal ? new Date(internal) : null });
        if (handled === 'later') {
          result.later += 1;
          continue;
        }
        result.recorded += 1;
        if (box.afterProcessing === 'move') await imap.messageMove(String(uid), box.processedFolder, { uid: true });
        else await imap.messageFlagsAdd(String(uid), [PROCESSED_KEYWORD], { uid: true });
      }
    } finally {
      lock.release();
    }
  } finally {
    await imap.logout().catch(() => imap.close());
  }
  return result;
}

async function ensureFolder(imap: ImapFlow, folder: string): Promise<void> {
  const folders = await imap.list();
  if (folders.some((f) => f.path === folder)) return;
  // another instance may create it in the same moment
  await imap.mailboxCreate(folder).catch(async (error) => {
    if (!(await imap.list()).some((f) => f.path === folder)) throw error;
  });
}
