/**
 * Complaints by e-mail. Each round reads the configured mailboxes (mailbox.ts) and records every mail once:
 * a new mail becomes a draft complaint on the step-1 page, a reply to a letter goes to its dossier (and the
 * handler hears of it), a bounce marks the letter that came back, an automatic answer is kept with its
 * complaint. The mail's row (unique key) is written in the transaction of what it caused; a mail read again
 * — after a crash, or by a second instance — finds its row and changes nothing. A mailbox, scanner or
 * database outage leaves the mail where it is for the next round.
 */
import type { Core } from '@strapi/strapi';
import crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type Attachment as MailPart, type ParsedMail } from 'mailparser';
import { ATTACHMENT_FIELD } from '../../../shared/contracts/attachments';
import type { IncomingMail, IncomingMailKind, IncomingMailState, RefusedMailAttachment } from '../../../shared/contracts/mail';
import type { Message } from '../../../shared/messages';
import { ComplaintsError, InvalidInputError, NotFoundError, ProcedureConflictError, ScannerUnavailableHttpError } from '../errors';
import { storedRow } from '../persistence/database';
import { WriteBatch } from '../persistence/write-batch';
import type { AccessScope } from '../services/access';
import { SYSTEM, type Actor } from '../services/actor';
import type { AttachmentOptions, PreparedAttachment } from '../services/attachments';
import type { ComplaintRow } from '../services/complaints';
import type { IntakeRequest, IntakeResult } from '../steps/intake/service';
import { getService } from '../services/registry';
import { TABLE, UID } from '../uids';
import { mailFacts, referencesIn, type MailFacts } from './classify';
import { readMailbox, type Handled, type MailboxMessage, type RoundResult } from './mailbox';
import { mailIntakeSettings, type MailboxSettings } from './settings';

const CRON_NAME = 'complaints-mail-intake';

export interface IncomingMailRow {
  id: number;
  mailKey: string;
  mailbox: string;
  messageId: string | null;
  kind: IncomingMailKind;
  state: IncomingMailState;
  receivedAt: string;
  fromName: string | null;
  fromAddress: string | null;
  subject: string | null;
  text: string | null;
  attachments: PreparedAttachment[] | null;
  refusedAttachments: RefusedMailAttachment[] | null;
  departmentId: number | null;
  complaintId: number | null;
  letterId: number | null;
  handledById: number | null;
  handledAt: string | null;
}

/** What a mail turned out to be, with the complaint (and letter) it belongs to. */
interface Verdict {
  kind: IncomingMailKind;
  complaint: ComplaintRow | null;
  letterId: number | null;
  bounceReason: string | null;
}

const NO_SCANNER: Message = { nl: 'Niet bewaard: er is geen virusscanner ingesteld.', en: 'Not kept: no virus scanner is configured.' };
const TOO_MANY = (max: number): Message => ({ nl: `Niet bewaard: meer dan ${max} bijlagen.`, en: `Not kept: more than ${max} attachments.` });
const NOT_A_DRAFT: Message = { nl: 'Deze e-mail is al verwerkt.', en: 'This e-mail has been dealt with already.' };

/** The mail's own text, within what a text column and a dossier page hold. */
const MAX_TEXT = 100_000;

export function mailKeyOf(mailbox: string, messageId: string | null, uidValidity: string, uid: number): string {
  return crypto.createHash('sha256').update(`${mailbox}\n${messageId ?? `uid:${uidValidity}:${uid}`}`).digest('hex');
}

/** The mail's documents: attachments, and inline parts with a name that are not part of the layout (logos, signatures). */
function documentsOf(mail: ParsedMail): MailPart[] {
  return mail.attachments.filter((part) => {
    const type = part.contentType.toLowerCase();
    if (type.startsWith('message/') || type === 'text/rfc822-headers') return false;
    return part.contentDisposition === 'attachment' || (Boolean(part.filename) && !part.related);
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let round: Promise<Array<RoundResult & { mailbox: string }>> | null = null;

  const view = (row: IncomingMailRow, references: Map<number, string>): IncomingMail => ({
    id: row.id,
    kind: row.kind,
    state: row.state,
    mailbox: row.mailbox,
    receivedAt: row.receivedAt,
    fromName: row.fromName,
    fromAddress: row.fromAddress,
    subject: row.subject,
    text: row.text ?? '',
    attachments: (row.attachments ?? []).map((a) => a.fileName),
    refusedAttachments: row.refusedAttachments ?? [],
    departmentId: row.departmentId,
    complaintId: row.complaintId,
    complaintReference: row.complaintId ? (references.get(row.complaintId) ?? null) : null,
    handledAt: row.handledAt,
  });

  async function views(rows: IncomingMailRow[]): Promise<IncomingMail[]> {
    const ids = [...new Set(rows.map((r) => r.complaintId).filter((id): id is number => typeof id === 'number'))];
    const complaints: Array<{ id: number; reference: string }> = ids.length ? await strapi.db.query(UID.complaint).findMany({ where: { id: { $in: ids } }, select: ['id', 'reference'] }) : [];
    const references = new Map(complaints.map((c) => [c.id, c.reference]));
    return rows.map((row) => view(row, references));
  }

  /** Which complaint (and letter) a mail belongs to, and so what it is. */
  async function judge(facts: MailFacts): Promise<Verdict> {
    const letterWith = async (messageIds: string[]) =>
      messageIds.length ? ((await strapi.db.query(UID.letter).findOne({ where: { messageId: { $in: messageIds } }, select: ['id', 'complaintId'] })) as { id: number; complaintId: number } | null) : null;
    const open = async (id: number | null | undefined) => {
      if (!id) return null;
      const complaint = (await strapi.db.query(UID.complaint).findOne({ where: { id } })) as ComplaintRow | null;
      return complaint && !complaint.anonymisedAt ? complaint : null;
    };

    if (facts.failure?.permanent) {
      const letter = await letterWith(facts.failure.originalMessageIds);
      return { kind: 'bounce', complaint: await open(letter?.complaintId), letterId: letter?.id ?? null, bounceReason: facts.failure.reason };
    }
    const answered = await letterWith(facts.failure ? facts.failure.originalMessageIds : facts.answers);
    let complaint = await open(answered?.complaintId);
    if (!complaint) {
      const { referencePrefix } = await getService(strapi, 'settings').get();
      const reference = referencesIn(facts.subject, referencePrefix)[0];
      if (reference) complaint = ((await strapi.db.query(UID.complaint).findOne({ where: { reference, anonymisedAt: { $null: true } } })) as ComplaintRow | null) ?? null;
    }
    // a delay notice (4.x.x) and an out-of-office message are kept, never taken for a complaint
    if (facts.failure || facts.automatic) return { kind: 'auto_reply', complaint, letterId: null, bounceReason: null };
    return { kind: complaint ? 'reply' : 'complaint', complaint, letterId: null, bounceReason: null };
  }

  /** The mail's documents, each checked, cleaned and scanned like an upload; a refused one is named, not kept. */
  async function keepDocuments(parts: MailPart[]): Promise<{ prepared: PreparedAttachment[]; refused: RefusedMailAttachment[] }> {
    const prepared: PreparedAttachment[] = [];
    const refused: RefusedMailAttachment[] = [];
    if (!parts.length) return { prepared, refused };
    const attachments = getService(strapi, 'attachments');
    const settings = { ...(strapi.config.get('plugin::complaints.attachments') as AttachmentOptions), ...(await attachments.rules()) };
    const name = (part: MailPart, i: number) => part.filename || `bijlage-${i + 1}`;
    if (!settings.scanner) return { prepared, refused: parts.map((part, i) => ({ fileName: name(part, i), reason: NO_SCANNER })) };
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'complaints-mail-'));
    try {
      for (const [i, part] of parts.entries()) {
        if (i >= settings.maxFiles) {
          refused.push({ fileName: name(part, i), reason: TOO_MANY(settings.maxFiles) });
          continue;
        }
        const filepath = path.join(folder, String(i));
        await fs.writeFile(filepath, part.content);
        try {
          prepared.push(await attachments.prepareOne({ filepath, originalFilename: name(part, i), size: part.size }, settings));
        } catch (error) {
          if (error instanceof InvalidInputError && error.fieldErrors?.[ATTACHMENT_FIELD]) refused.push({ fileName: name(part, i), reason: error.fieldErrors[ATTACHMENT_FIELD] });
          else {
            await attachments.forget(prepared.map((p) => p.storageKey));
            throw error;
          }
        }
      }
      return { prepared, refused };
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  }

  return {
    /** One round over every mailbox; a second call while one runs in this instance shares it. */
    async poll(): Promise<Array<RoundResult & { mailbox: string }>> {
      if (!round) round = this.readAll().finally(() => (round = null));
      return round;
    },

    async readAll(): Promise<Array<RoundResult & { mailbox: string }>> {
      const settings = mailIntakeSettings(strapi);
      const results: Array<RoundResult & { mailbox: string }> = [];
      for (const box of settings.mailboxes) {
        try {
          const receive = (message: MailboxMessage) =>
            this.receive(box, message).catch((error: unknown): Handled => {
              // this mail waits for the next round (the database is down, or it could not be read); the others go on
              strapi.log.warn(`[complaints] mailbox ${box.name}: mail ${message.uid} kept for the next round: ${(error as Error)?.message ?? error}`);
              return 'later';
            });
          results.push({ mailbox: box.name, ...(await readMailbox(box, settings.batchSize, receive)) });
        } catch (error) {
          // an outage of the mailbox: its mails wait there for the next round
          strapi.log.warn(`[complaints] mailbox ${box.name} could not be read: ${(error as Error)?.message ?? error}`);
          results.push({ mailbox: box.name, read: 0, recorded: 0, later: 0 });
        }
      }
      return results;
    },

    /** One mail: recorded (now or before), or 'later' when the scanner or the database cannot take it now. */
    async receive(box: MailboxSettings, message: MailboxMessage): Promise<Handled> {
      const parsed = await simpleParser(message.source, { skipImageLinks: true });
      const facts = mailFacts(parsed);
      const mailKey = mailKeyOf(box.name, facts.messageId, message.uidValidity, message.uid);
      if (await strapi.db.query(UID.incomingMail).findOne({ where: { mailKey }, select: ['id'] })) return 'recorded';

      const now = getService(strapi, 'clock').now();
      // received when the mailbox's server took it in (the sender's Date header can be anything); never later than now
      const arrived = message.internalDate ?? parsed.date ?? now;
      const receivedAt = arrived.getTime() > now.getTime() || Number.isNaN(arrived.getTime()) ? now : arrived;
      const verdict = await judge(facts);
      const department = box.department ? await strapi.db.query(UID.department).findOne({ where: { name: box.department }, select: ['id'] }) : null;

      let documents: { prepared: PreparedAttachment[]; refused: RefusedMailAttachment[] };
      try {
        documents = verdict.kind === 'complaint' || verdict.kind === 'reply' ? await keepDocuments(documentsOf(parsed)) : { prepared: [], refused: [] };
      } catch (error) {
        if (error instanceof ScannerUnavailableHttpError) return 'later';
        throw error;
      }

      const from = parsed.from?.value?.[0];
      const row = storedRow(
        {
          documentId: crypto.randomBytes(12).toString('base64url'),
          mailKey,
          mailbox: box.name,
          messageId: facts.messageId,
          uidValidity: message.uidValidity,
          uid: message.uid,
          kind: verdict.kind,
          state: verdict.kind === 'complaint' ? 'new' : verdict.complaint ? 'filed' : 'unmatched',
          receivedAt,
          fromName: from?.name?.slice(0, 255) || null,
          fromAddress: from?.address?.slice(0, 255) || null,
          subject: facts.subject.slice(0, 2000) || null,
          text: (parsed.text ?? '').slice(0, MAX_TEXT),
          attachments: JSON.stringify(verdict.kind === 'complaint' ? documents.prepared : []),
          refusedAttachments: JSON.stringify(documents.refused),
          departmentId: department?.id ?? null,
          complaintId: verdict.complaint?.id ?? null,
          letterId: verdict.letterId,
        },
        now,
      );

      const recorded = await strapi.db
        .transaction(async ({ trx, onCommit }) => {
          const inserted = await trx(TABLE.incomingMail).insert(row).onConflict('mail_key').ignore().returning('id');
          if (!inserted.length) return false; // recorded by another instance in the meantime
          const mailId = Number(typeof inserted[0] === 'object' ? inserted[0].id : inserted[0]);
          const complaint = verdict.complaint;
          if (!complaint) return true;
          if (verdict.kind === 'bounce' && verdict.letterId) {
            await trx(TABLE.letter).where({ id: verdict.letterId }).update({ bounced_at: now, bounce_reason: verdict.bounceReason });
          }
          if (verdict.kind === 'reply') await getService(strapi, 'attachments').insert(trx, documents.prepared, complaint.id, 'email', SYSTEM, now);
          const bounce = verdict.kind === 'bounce' && verdict.letterId;
          const event = bounce
            ? { type: 'complaint.letter_bounced', data: { letterId: verdict.letterId, incomingMailId: mailId } }
            : { type: 'complaint.mail_received', data: { incomingMailId: mailId, kind: verdict.kind, attachments: verdict.kind === 'reply' ? documents.prepared.length : 0 } };
          await getService(strapi, 'audit').record({ complaintId: complaint.id, type: event.type, actor: SYSTEM, data: event.data, at: now });
          // the handler's notice (letters) and the webhook go out with this change, as for every step
          const writes = new WriteBatch();
          await getService(strapi, 'domainEvents').emit({ ...event, complaintId: complaint.id, complaint, fromStatus: complaint.status, toStatus: complaint.status, actor: SYSTEM, at: now, writes });
          await writes.store(strapi, trx);
          onCommit(() => writes.done());
          return true;
        })
        .catch(async (error: unknown) => {
          await getService(strapi, 'attachments').forget(documents.prepared.map((p) => p.storageKey));
          throw error;
        });
      if (!recorded) await getService(strapi, 'attachments').forget(documents.prepared.map((p) => p.storageKey));
      return 'recorded';
    },

    /** Drafts waiting on the step-1 page, oldest first, of the departments the user may register into. */
    async drafts(scope: AccessScope): Promise<IncomingMail[]> {
      const rows = (await strapi.db.query(UID.incomingMail).findMany({ where: { kind: 'complaint', state: 'new' }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }], limit: 500 })) as IncomingMailRow[];
      // a registration whose last write did not happen (a crash) still shows: the complaint carries the mail's id
      const registered = new Set(
        ((await strapi.db.query(UID.complaint).findMany({ where: { incomingMailId: { $in: [-1, ...rows.map((r) => r.id)] } }, select: ['incomingMailId'] })) as Array<{ incomingMailId: number }>).map((c) => c.incomingMailId),
      );
      const intake = await getService(strapi, 'catalog').intakeDepartment();
      return views(rows.filter((row) => !registered.has(row.id) && this.visible(scope, row, intake?.id ?? null)));
    },

    visible(scope: AccessScope, row: Pick<IncomingMailRow, 'departmentId'>, intakeDepartmentId: number | null): boolean {
      if (scope.allDepartments) return true;
      const department = row.departmentId ?? intakeDepartmentId;
      return department !== null && scope.departmentIds.includes(department);
    },

    /** The mails kept with a complaint (replies, bounces, automatic answers, and the one it was registered from). */
    async forComplaint(complaintId: number): Promise<IncomingMail[]> {
      return views((await strapi.db.query(UID.incomingMail).findMany({ where: { complaintId }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] })) as IncomingMailRow[]);
    },

    /** Mails from this address kept without a complaint (the right of access). */
    async unlinkedFrom(address: string): Promise<IncomingMail[]> {
      return views((await strapi.db.query(UID.incomingMail).findMany({ where: { complaintId: { $null: true }, fromAddress: { $eqi: address } }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] })) as IncomingMailRow[]);
    },

    /** A draft the user may register (404 unknown or not theirs, 409 dealt with already). */
    async draft(id: number, scope: AccessScope): Promise<IncomingMailRow> {
      const row = (await strapi.db.query(UID.incomingMail).findOne({ where: { id, kind: 'complaint' } })) as IncomingMailRow | null;
      const intake = await getService(strapi, 'catalog').intakeDepartment();
      if (!row || !this.visible(scope, row, intake?.id ?? null)) throw new NotFoundError({ nl: 'Deze e-mail bestaat niet.', en: 'This e-mail does not exist.' });
      if (row.state !== 'new' || (await this.registeredAs(row.id))) throw new ProcedureConflictError('mail_handled', NOT_A_DRAFT);
      return row;
    },

    /**
     * Staff register a draft: the complaint comes in by e-mail on the day the mailbox received the mail (the
     * term starts then), with the mail's documents. The complaint carries the mail's id (unique), so two
     * registrations at once file one complaint; the other answers that the mail was dealt with.
     */
    async register(request: Omit<IntakeRequest, 'channel'>, mailId: number, actor: Actor, scope: AccessScope): Promise<IntakeResult> {
      const mail = await this.draft(mailId, scope);
      const filed = await getService(strapi, 'intake')
        .file({ ...request, channel: 'e-mail', receivedAt: new Date(mail.receivedAt), incomingMail: { id: mail.id, attachments: mail.attachments ?? [] } }, actor)
        .catch(async (error: unknown) => {
          if (await this.registeredAs(mail.id)) throw new ProcedureConflictError('mail_handled', NOT_A_DRAFT);
          throw error;
        });
      await strapi.db.query(UID.incomingMail).update({
        where: { id: mail.id },
        data: { state: 'registered', complaintId: filed.complaint.id, handledById: actor.type === 'admin' ? actor.id : null, handledAt: getService(strapi, 'clock').now() },
      });
      return filed;
    },

    /** Whether a complaint was filed from this mail already (a second registration at the same moment). */
    async registeredAs(id: number): Promise<{ id: number; reference: string } | null> {
      return (await strapi.db.query(UID.complaint).findOne({ where: { incomingMailId: id }, select: ['id', 'reference'] })) as { id: number; reference: string } | null;
    },

    /** Staff decide a draft is no complaint: kept (with who and when), off the list. */
    async notAComplaint(id: number, scope: AccessScope, actor: Actor): Promise<void> {
      await this.draft(id, scope);
      const at = getService(strapi, 'clock').now();
      const updated = await strapi.db.query(UID.incomingMail).updateMany({ where: { id, state: 'new' }, data: { state: 'not_a_complaint', handledById: actor.type === 'admin' ? actor.id : null, handledAt: at } });
      if (!updated.count || (await this.registeredAs(id))) throw new ProcedureConflictError('mail_handled', NOT_A_DRAFT);
      strapi.log.info(`[complaints] incoming mail ${id} marked as not a complaint by user ${actor.type === 'admin' ? actor.id : actor.type}`);
    },

    /** Retention: mails marked "not a complaint" and ones that belonged to no complaint, received before `cutoff`, with their documents. */
    async removeUnlinkedBefore(cutoff: Date): Promise<number> {
      const rows = (await strapi.db.query(UID.incomingMail).findMany({
        where: { complaintId: { $null: true }, state: { $in: ['not_a_complaint', 'unmatched'] }, receivedAt: { $lt: cutoff } },
        select: ['id', 'attachments'],
        limit: 5000,
      })) as Array<Pick<IncomingMailRow, 'id' | 'attachments'>>;
      if (!rows.length) return 0;
      await strapi.db.query(UID.incomingMail).deleteMany({ where: { id: { $in: rows.map((r) => r.id) } } });
      await getService(strapi, 'attachments').forget(rows.flatMap((r) => (r.attachments ?? []).map((a) => a.storageKey)));
      return rows.length;
    },

    /** Bootstrap: where the plugin's jobs run and a mailbox is configured, a round every `pollSeconds`. */
    start(): void {
      const settings = mailIntakeSettings(strapi);
      if (!getService(strapi, 'outbox').running() || !settings.mailboxes.length) return;
      const seconds = settings.pollSeconds;
      const rule = seconds < 60 ? `*/${seconds} * * * * *` : `0 */${Math.max(1, Math.round(seconds / 60))} * * * *`;
      const task = () => this.poll().catch((error) => strapi.log.error(`[complaints] mail intake: ${error instanceof ComplaintsError ? error.message : (error?.stack ?? error)}`));
      strapi.cron.add({ [CRON_NAME]: { task, options: { rule } } });
      setImmediate(task);
    },

    stop(): void {
      strapi.cron.remove(CRON_NAME);
    },
  };
};
