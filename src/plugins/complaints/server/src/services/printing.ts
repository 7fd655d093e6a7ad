/**
 * Letters on paper: a postal letter's PDF as it was sent, the print queue (every postal letter waiting to be
 * printed, of the complaints the user may see), several of them in one PDF to print in one go, and marking
 * them printed. The PDFs are laid out on the worker pool (services/work.ts), never on the main thread.
 */
import type { Core } from '@strapi/strapi';
import type { BulkRowResult, LetterToPrint } from '../../../shared/contracts';
import { ComplaintsError, InvalidInputError, ProcedureConflictError } from '../errors';
import type { PdfLetterInput } from '../letters/types';
import { fillStatusToken, statusLinkSecret, trackingToken } from '../status-link';
import { UID } from '../uids';
import { canSee, type AccessScope } from './access';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import type { LetterRow } from './letters';
import { getService } from './registry';

/** The print queue shows the oldest letters first, this many at most. */
const QUEUE_LENGTH = 200;

const NOT_RENDERED = { nl: 'Deze brief is nog niet opgemaakt; probeer het zo opnieuw.', en: 'This letter has not been rendered yet; try again shortly.' };
const NOT_FOUND = { nl: 'Deze brief bestaat niet of u mag hem niet inzien.', en: 'This letter does not exist or you may not see it.' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The complaints of these letters the scope may see, by id. */
  const visibleComplaints = async (letters: LetterRow[], scope: AccessScope): Promise<Map<number, ComplaintRow>> => {
    const ids = [...new Set(letters.map((l) => l.complaintId))];
    const rows: ComplaintRow[] = ids.length ? await strapi.db.query(UID.complaint).findMany({ where: { id: { $in: ids } } }) : [];
    return new Map(rows.filter((c) => canSee(scope, c)).map((c) => [c.id, c]));
  };

  return {
    /** What the PDF worker needs of a stored letter: the letter as sent, signed by the complaint's handler (its complaint, when the caller has it). */
    async pdfInput(letter: LetterRow, known?: ComplaintRow): Promise<PdfLetterInput> {
      if (!letter.blocks) throw new ProcedureConflictError('letter_not_rendered', NOT_RENDERED);
      const settings = await getService(strapi, 'settings').get();
      const context = letter.context;
      const complaint = known ?? (await getService(strapi, 'complaints').requireById(letter.complaintId));
      const handler = complaint.handlerId ? (await getService(strapi, 'dossier').userNames([complaint.handlerId])).get(complaint.handlerId) : null;
      return {
        locale: letter.locale,
        organisation: { name: settings.organisationName, addressLines: settings.organisationAddress.split('\n') },
        recipient: { name: letter.recipientName ?? '', addressLines: String(letter.recipientAddress ?? '').split('\n').filter(Boolean) },
        date: new Date(letter.createdAt),
        reference: context.complaint.reference,
        subject: letter.subject ?? '',
        // the paper goes to the complainant: their link with its real token
        blocks: letter.audience === 'complainant' ? JSON.parse(fillStatusToken(JSON.stringify(letter.blocks), trackingToken(statusLinkSecret(strapi), context.complaint.reference))) : letter.blocks,
        signature: { name: handler ?? settings.organisationName, role: letter.locale === 'en' ? 'Complaints handling' : 'Klachtbehandeling' },
      };
    },

    /** The PDF of a postal letter (rendered from what was stored, so it is the letter as sent). */
    async pdf(letterId: number): Promise<{ filename: string; pdf: Buffer }> {
      const letter = await getService(strapi, 'letters').requireLetter(letterId);
      // laid out on a worker, with time and memory limits: a long text must not stall the server
      const bytes = await getService(strapi, 'work').run('pdf', await this.pdfInput(letter));
      return { filename: `${letter.context.complaint.reference}-${letter.kind}.pdf`, pdf: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    },

    /** The print queue: postal letters waiting to be printed, oldest first, of the complaints the user may see. */
    async queue(scope: AccessScope): Promise<LetterToPrint[]> {
      const letters: LetterRow[] = await strapi.db
        .query(UID.letter)
        .findMany({ where: { status: 'to_print', blocks: { $notNull: true } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit: QUEUE_LENGTH * 2 });
      const complaints = await visibleComplaints(letters, scope);
      return letters
        .filter((l) => complaints.has(l.complaintId))
        .slice(0, QUEUE_LENGTH)
        .map((l) => ({
          id: l.id,
          complaintId: l.complaintId,
          reference: complaints.get(l.complaintId)!.reference,
          kind: l.kind,
          audience: l.audience,
          recipientName: l.recipientName,
          createdAt: new Date(l.createdAt).toISOString(),
        }));
    },

    /**
     * These letters in one PDF, in the order asked, each on sheets of its own. Only postal letters the user
     * may see (printed ones may be printed again); anything else is refused by name, nothing is left out silently.
     */
    async batchPdf(letterIds: number[], scope: AccessScope): Promise<Buffer> {
      // how many at most: the route's schema (MAX_PRINT_BATCH)
      const ids = [...new Set(letterIds)];
      const rows: LetterRow[] = await strapi.db.query(UID.letter).findMany({ where: { id: { $in: ids } } });
      const complaints = await visibleComplaints(rows, scope);
      const byId = new Map(rows.filter((l) => complaints.has(l.complaintId)).map((l) => [l.id, l]));
      const missing = ids.filter((id) => !byId.has(id) || !['to_print', 'printed'].includes(byId.get(id)!.status));
      if (missing.length) {
        throw new InvalidInputError({ letterIds: { nl: `Geen brief om te printen: ${missing.join(', ')}.`, en: `No letter to print: ${missing.join(', ')}.` } });
      }
      const inputs: PdfLetterInput[] = [];
      for (const id of ids) {
        const letter = byId.get(id)!;
        inputs.push(await this.pdfInput(letter, complaints.get(letter.complaintId)));
      }
      const bytes = await getService(strapi, 'work').run('pdfBatch', inputs);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    /**
     * Printed: the status changes only from `to_print`, in the statement that changes it, with its audit
     * event in the same transaction. Two clicks at once both pass a check made before the UPDATE; here the
     * second one's UPDATE finds the letter printed, changes nothing and answers 409.
     */
    async markPrinted(letterId: number, actor: Actor) {
      const letter = await getService(strapi, 'letters').requireLetter(letterId);
      const now = getService(strapi, 'clock').now();
      await strapi.db.transaction(async () => {
        const { count } = await strapi.db.query(UID.letter).updateMany({ where: { id: letterId, status: 'to_print' }, data: { status: 'printed', printedAt: now } });
        if (count !== 1) throw new ProcedureConflictError('letter_not_to_print', { nl: 'Deze brief staat niet klaar om af te drukken.', en: 'This letter is not waiting to be printed.' });
        await getService(strapi, 'audit').record({ complaintId: letter.complaintId, type: 'letter.printed', actor, data: { letterId, kind: letter.kind }, at: now });
      });
    },

    /** Several letters printed at once (the print queue): each on its own, with a result per letter. */
    async markManyPrinted(letterIds: number[], actor: Actor, scope: AccessScope): Promise<BulkRowResult[]> {
      const ids = [...new Set(letterIds)];
      const rows: LetterRow[] = await strapi.db.query(UID.letter).findMany({ where: { id: { $in: ids } } });
      const complaints = await visibleComplaints(rows, scope);
      const byId = new Map(rows.filter((l) => complaints.has(l.complaintId)).map((l) => [l.id, l]));
      const results: BulkRowResult[] = [];
      for (const id of ids) {
        const letter = byId.get(id);
        if (!letter) {
          results.push({ id, reference: null, ok: false, code: 'not_found', message: NOT_FOUND });
          continue;
        }
        const reference = complaints.get(letter.complaintId)!.reference;
        try {
          await this.markPrinted(id, actor);
          results.push({ id, reference, ok: true, code: null, message: null });
        } catch (error) {
          if (!(error instanceof ComplaintsError)) throw error;
          results.push({ id, reference, ok: false, code: error.code, message: error.messages });
        }
      }
      return results;
    },
  };
};
