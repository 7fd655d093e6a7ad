/**
 * Documents with a complaint: checked by their bytes, photos cleaned of their metadata, scanned by ClamAV,
 * kept in private storage and opened only after the access check. An infected file is refused and never
 * stored; a file the scanner could not reach waits in quarantine (`pending`) and is scanned by the sweep
 * once the scanner answers again (or is refused with 503, where the site chose that).
 */
import type { Core } from '@strapi/strapi';
import crypto from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ATTACHMENT_FIELD as FIELD, isPreviewable, type Attachment, type AttachmentList, type AttachmentRules, type AttachmentSource, type AttachmentType } from '../../../shared/contracts/attachments';
import type { Context } from 'koa';
import { scan, ScannerUnavailableError, type ScannerAddress } from '../attachments/clamd';
import { withoutMetadata } from '../attachments/clean-image';
import { inspect } from '../attachments/inspect';
import { diskStorage, type DocumentStorage } from '../attachments/storage';
import { InvalidInputError, NotFoundError, ProcedureConflictError, ScannerUnavailableHttpError } from '../errors';
import { storedRow } from '../persistence/database';
import type { WriteBatch } from '../persistence/write-batch';
import { TABLE, UID } from '../uids';
import { SYSTEM, type Actor } from './actor';
import { getService } from './registry';

/** A file as the body parser left it (formidable): a temporary path, the name the sender gave. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  size?: number;
}

/** A document checked, scanned (or quarantined) and stored, not yet recorded with a complaint. */
export interface PreparedAttachment {
  storageKey: string;
  fileName: string;
  mimeType: AttachmentType;
  size: number;
  /** SHA-256 of the stored bytes. */
  checksum: string;
  scanStatus: 'pending' | 'clean';
  scannedAt: Date | null;
}

export interface AttachmentRow extends Omit<PreparedAttachment, 'scannedAt'> {
  id: number;
  complaintId: number;
  source: AttachmentSource;
  addedById: number | null;
  scannedAt: string | null;
  createdAt: string;
}

export interface AttachmentOptions extends AttachmentRules {
  scanner: ScannerAddress | null;
  whenScannerUnavailable: 'quarantine' | 'refuse';
  directory: string;
}

const CRON_NAME = 'complaints-quarantine-scan';
const RETRY_AFTER_SECONDS = 120;

const INFECTED = (name: string) => ({
  nl: `"${name}" bevat een virus of ander schadelijk programma en is niet opgeslagen.`,
  en: `"${name}" contains a virus or other malicious program and has not been stored.`,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let storage: DocumentStorage | null = null;
  const options = () => strapi.config.get('plugin::complaints.attachments') as AttachmentOptions;
  const directory = () => options().directory || path.join(strapi.dirs.app.root, 'complaint-documents');
  const store = () => (storage ??= diskStorage(directory()));

  const view = (row: AttachmentRow, names: Map<number, string>): Attachment => ({
    id: row.id,
    fileName: row.fileName,
    type: row.mimeType,
    size: row.size,
    source: row.source,
    scanStatus: row.scanStatus,
    previewable: isPreviewable(row.mimeType),
    createdAt: row.createdAt,
    addedBy: row.addedById ? (names.get(row.addedById) ?? null) : null,
  });

  return {
    /** Whether this site accepts documents: only with a scanner configured. */
    accepting(): boolean {
      return Boolean(options().scanner);
    },

    /** What the site allows at most (the plugin option); editors may narrow it, never widen it. */
    siteRules(): AttachmentRules {
      const { maxFiles, maxMegabytes, types } = options();
      return { maxFiles, maxMegabytes, types };
    },

    /** The limits in force: the editors' choice within the site's (form settings, cached). */
    async rules(): Promise<AttachmentRules> {
      const site = this.siteRules();
      const own = await getService(strapi, 'publicForm').settings();
      const types = own.attachmentTypes?.filter((type) => site.types.includes(type)) ?? [];
      return {
        maxFiles: Math.min(own.attachmentMaxFiles ?? site.maxFiles, site.maxFiles),
        maxMegabytes: Math.min(own.attachmentMaxMegabytes ?? site.maxMegabytes, site.maxMegabytes),
        types: types.length ? types : site.types,
      };
    },

    /**
     * Runs `run` with the files of a multipart request's `attachments` field (none for a request without),
     * and removes the body parser's temporary copies afterwards, whatever happened.
     */
    async withUploads(ctx: Context, run: (files: IncomingFile[]) => Promise<void>): Promise<void> {
      const files = (ctx.request as { files?: unknown }).files;
      try {
        await run(this.incoming(files));
      } finally {
        await this.discardTemporary(files);
      }
    },

    /** The files of a multipart request's `attachments` field; a request without files gives none. */
    incoming(files: unknown): IncomingFile[] {
      const value = files && typeof files === 'object' ? (files as Record<string, unknown>)[FIELD] : undefined;
      const list = Array.isArray(value) ? value : value ? [value] : [];
      return list.filter((file): file is IncomingFile => Boolean(file && typeof (file as IncomingFile).filepath === 'string'));
    },

    /** Removes the body parser's temporary files of a request, whatever became of them. */
    async discardTemporary(files: unknown): Promise<void> {
      if (!files || typeof files !== 'object') return;
      const all = Object.values(files as Record<string, unknown>).flatMap((value) => (Array.isArray(value) ? value : [value]));
      await Promise.all(all.map((file) => (file && typeof (file as IncomingFile).filepath === 'string' ? fs.rm((file as IncomingFile).filepath, { force: true }) : null)));
    },

    /**
     * Checks, cleans, scans and stores each file. Refuses the whole set when one file is refused (the sender
     * corrects it and sends again), removing what was stored of it already.
     */
    async prepare(files: IncomingFile[]): Promise<PreparedAttachment[]> {
      if (!files.length) return [];
      const settings = { ...options(), ...(await this.rules()) };
      if (!settings.scanner) {
        throw new InvalidInputError({ [FIELD]: { nl: 'Bijlagen kunnen hier niet worden meegestuurd.', en: 'Attachments cannot be sent here.' } });
      }
      if (files.length > settings.maxFiles) {
        throw new InvalidInputError({ [FIELD]: { nl: `U kunt ten hoogste ${settings.maxFiles} bijlagen meesturen.`, en: `You can send at most ${settings.maxFiles} attachments.` } });
      }
      const prepared: PreparedAttachment[] = [];
      try {
        for (const file of files) prepared.push(await this.prepareOne(file, settings));
        return prepared;
      } catch (error) {
        await this.forget(prepared.map((p) => p.storageKey));
        throw error;
      }
    },

    async prepareOne(file: IncomingFile, settings: AttachmentOptions): Promise<PreparedAttachment> {
      const original = await fs.readFile(file.filepath);
      const inspection = await inspect(original, file.originalFilename, settings);
      if (!inspection.ok) throw new InvalidInputError({ [FIELD]: inspection.reason });
      const bytes = await withoutMetadata(original, inspection.type).catch(() => {
        throw new InvalidInputError({
          [FIELD]: { nl: `"${inspection.fileName}" is geen leesbare afbeelding.`, en: `"${inspection.fileName}" is not a readable image.` },
        });
      });
      let scanStatus: PreparedAttachment['scanStatus'] = 'pending';
      let scannedAt: Date | null = null;
      try {
        const verdict = await scan(settings.scanner as ScannerAddress, bytes);
        if (!verdict.clean) {
          strapi.log.warn(`[complaints] an upload was refused by the virus scanner (${verdict.signature})`);
          throw new InvalidInputError({ [FIELD]: INFECTED(inspection.fileName) });
        }
        scanStatus = 'clean';
        scannedAt = getService(strapi, 'clock').now();
      } catch (error) {
        if (!(error instanceof ScannerUnavailableError)) throw error;
        strapi.log.warn(`[complaints] ${error.message}: the document waits in quarantine`);
        if (settings.whenScannerUnavailable === 'refuse') throw new ScannerUnavailableHttpError(RETRY_AFTER_SECONDS);
      }
      const storageKey = await store().put(bytes);
      return {
        storageKey,
        fileName: inspection.fileName,
        mimeType: inspection.type,
        size: bytes.length,
        checksum: crypto.createHash('sha256').update(bytes).digest('hex'),
        scanStatus,
        scannedAt,
      };
    },

    /** Removes stored bytes whose rows were never written (a refused set, a failed transaction). */
    async forget(keys: string[]): Promise<void> {
      await Promise.all(keys.map((key) => store().remove(key).catch(() => undefined)));
    },

    /** The rows of prepared documents, for the caller's batch or transaction. */
    rows(prepared: PreparedAttachment[], complaintId: number, source: AttachmentSource, actor: Actor, at: Date): Record<string, unknown>[] {
      return prepared.map((p) =>
        storedRow(
          {
            documentId: crypto.randomBytes(12).toString('base64url'),
            complaintId,
            fileName: p.fileName,
            mimeType: p.mimeType,
            size: p.size,
            checksum: p.checksum,
            storageKey: p.storageKey,
            source,
            scanStatus: p.scanStatus,
            scannedAt: p.scannedAt,
            addedById: actor.type === 'admin' ? actor.id : null,
          },
          at,
        ),
      );
    },

    /** Adds the rows to a complaint's batch (intake). */
    addToBatch(batch: WriteBatch, prepared: PreparedAttachment[], complaintId: number, source: AttachmentSource, actor: Actor, at: Date): void {
      batch.insert(TABLE.attachment, this.rows(prepared, complaintId, source, actor, at));
    },

    /**
     * Checks, scans and stores the files, then runs `store` with them (the change that records them);
     * when that fails, the stored files go again: no file stays without its row.
     */
    async storedWith<T>(files: IncomingFile[], store: (prepared: PreparedAttachment[]) => Promise<T>): Promise<T> {
      const prepared = await this.prepare(files);
      try {
        return await store(prepared);
      } catch (error) {
        await this.forget(prepared.map((p) => p.storageKey));
        throw error;
      }
    },

    /** Stores prepared documents' rows in the caller's transaction (a procedure action's own change). */
    async insert(trx: Core.Strapi['db']['connection'], prepared: PreparedAttachment[], complaintId: number, source: AttachmentSource, actor: Actor, at: Date): Promise<void> {
      if (prepared.length) await trx(TABLE.attachment).insert(this.rows(prepared, complaintId, source, actor, at));
    },

    /** Documents added to an existing complaint (staff in the dossier, the complainant on the status page). */
    async attach(complaintId: number, files: IncomingFile[], source: AttachmentSource, actor: Actor): Promise<void> {
      if (!files.length) throw new InvalidInputError({ [FIELD]: { nl: 'Kies een of meer bestanden.', en: 'Choose one or more files.' } });
      const complaint = await getService(strapi, 'complaints').requireById(complaintId);
      if (complaint.anonymisedAt) throw new ProcedureConflictError('already_anonymised', { nl: 'Deze klacht is geanonimiseerd.', en: 'This complaint has been anonymised.' });
      const at = getService(strapi, 'clock').now();
      await this.storedWith(files, (prepared) =>
        strapi.db.transaction(async ({ trx }) => {
          await this.insert(trx, prepared, complaintId, source, actor, at);
          await getService(strapi, 'audit').record({ complaintId, type: 'complaint.attachments_added', actor, data: { source, count: prepared.length }, at });
        }),
      );
    },

    async rowsOf(complaintId: number): Promise<AttachmentRow[]> {
      return (await strapi.db.query(UID.attachment).findMany({ where: { complaintId }, orderBy: { id: 'asc' } })) as AttachmentRow[];
    },

    /** The dossier's list. */
    async list(complaintId: number): Promise<AttachmentList> {
      const rows = await this.rowsOf(complaintId);
      const names = await getService(strapi, 'dossier').userNames(rows.map((r) => r.addedById));
      return { attachments: rows.map((row) => view(row, names)), accepting: this.accepting(), rules: await this.rules() };
    },

    /** One document's bytes, once it has been scanned. */
    async open(complaintId: number, attachmentId: number): Promise<{ row: AttachmentRow; bytes: Buffer }> {
      const row = (await strapi.db.query(UID.attachment).findOne({ where: { id: attachmentId, complaintId } })) as AttachmentRow | null;
      if (!row) throw new NotFoundError({ nl: 'Deze bijlage bestaat niet.', en: 'This attachment does not exist.' });
      if (row.scanStatus !== 'clean') {
        throw new ProcedureConflictError('attachment_not_scanned', {
          nl: 'Deze bijlage is nog niet op virussen gecontroleerd; dat gebeurt zodra de virusscanner weer bereikbaar is.',
          en: 'This attachment has not been checked for viruses yet; that happens as soon as the virus scanner can be reached again.',
        });
      }
      return { row, bytes: await store().get(row.storageKey) };
    },

    /**
     * The sweep: scans what waits in quarantine. Clean documents become available; an infected one is
     * removed (bytes and row) and the removal is on the complaint's record.
     */
    async scanPending(): Promise<{ scanned: number; removed: number; waiting: number }> {
      const settings = options();
      const pending = (await strapi.db.query(UID.attachment).findMany({ where: { scanStatus: 'pending' }, orderBy: { id: 'asc' }, limit: 200 })) as AttachmentRow[];
      let scanned = 0;
      let removed = 0;
      if (!settings.scanner) return { scanned, removed, waiting: pending.length };
      for (const row of pending) {
        let verdict;
        try {
          verdict = await scan(settings.scanner, await store().get(row.storageKey));
        } catch (error) {
          if (error instanceof ScannerUnavailableError) break; // still down: the next sweep tries again
          throw error;
        }
        const at = getService(strapi, 'clock').now();
        if (verdict.clean) {
          await strapi.db.query(UID.attachment).update({ where: { id: row.id }, data: { scanStatus: 'clean', scannedAt: at } });
          scanned += 1;
        } else {
          await strapi.db.transaction(async ({ trx }) => {
            await trx(TABLE.attachment).where({ id: row.id }).delete();
            await getService(strapi, 'audit').record({ complaintId: row.complaintId, type: 'complaint.attachment_infected', actor: SYSTEM, data: { count: 1 }, at });
          });
          await this.forget([row.storageKey]);
          strapi.log.warn(`[complaints] a quarantined document was infected (${verdict.signature}) and has been removed`);
          removed += 1;
        }
      }
      return { scanned, removed, waiting: pending.length - scanned - removed };
    },

    /** Bootstrap: documents in quarantine are scanned every two minutes, where the plugin's jobs run. */
    start(): void {
      if (!getService(strapi, 'outbox').running() || !options().scanner) return;
      const task = () =>
        this.scanPending().catch((error) => strapi.log.error(`[complaints] quarantine scan: ${error?.stack ?? error}`));
      strapi.cron.add({ [CRON_NAME]: { task, options: { rule: '30 */2 * * * *' } } });
    },

    stop(): void {
      strapi.cron.remove(CRON_NAME);
    },

    /** Anonymisation: the rows go in the caller's transaction; the bytes once it has committed. */
    async removeAllOf(trx: (table: string) => any, complaintId: number): Promise<string[]> {
      const rows: Array<{ storage_key: string }> = await trx(TABLE.attachment).where({ complaint_id: complaintId }).select('storage_key');
      await trx(TABLE.attachment).where({ complaint_id: complaintId }).delete();
      return rows.map((r) => r.storage_key);
    },
  };
};
