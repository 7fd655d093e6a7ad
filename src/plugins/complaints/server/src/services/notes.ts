/**
 * Internal notes on a complaint: what staff want colleagues to know (a phone call, a hand-over, a doubt),
 * kept in the dossier's timeline and never in anything the complainant receives. Colleagues named in a
 * note get an e-mail that sends them to the dossier; the note itself stays there, so no complaint text
 * travels by e-mail. A note is part of the record: the right of access lists it, anonymisation clears it.
 */
import type { Core } from '@strapi/strapi';
import { InvalidInputError, ProcedureConflictError } from '../errors';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

const ANONYMISED = {
  nl: 'De persoonsgegevens van deze klacht zijn gewist; er kan geen notitie meer bij.',
  en: 'The personal data of this complaint have been erased; no note can be added any more.',
};

export interface NoteInput {
  text: string;
  /** Colleagues to tell (admin user ids). */
  mentions: number[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async add(complaint: ComplaintRow, actor: Actor, input: NoteInput): Promise<void> {
    if (complaint.anonymisedAt) throw new ProcedureConflictError('complaint_anonymised', ANONYMISED);
    const author = actor.type === 'admin' ? actor.id : null;
    const mentions = [...new Set(input.mentions)].filter((id) => id !== author);
    const access = getService(strapi, 'access');
    const accused = await getService(strapi, 'persons').accountsOn(complaint);
    for (const id of mentions) {
      // Awb 9:7: the persons complained about learn of the complaint as the law provides, not from notes
      if (accused.includes(id)) {
        throw new InvalidInputError({
          mentions: { nl: 'De medewerker over wie wordt geklaagd kan niet worden genoemd in een notitie.', en: 'The employee complained about cannot be named in a note.' },
        });
      }
      if (!(await access.maySee(id, complaint))) {
        throw new InvalidInputError({
          mentions: { nl: 'Noem alleen collega’s die deze klacht mogen inzien.', en: 'Only name colleagues who may see this complaint.' },
        });
      }
    }
    const letters = getService(strapi, 'letters');
    const recipients = (await letters.staff(mentions)).filter((r) => r.email);
    const now = getService(strapi, 'clock').now();
    await strapi.db.transaction(async () => {
      await getService(strapi, 'audit').record({ complaintId: complaint.id, type: 'complaint.note_added', actor, note: input.text, data: { mentions }, at: now });
      await letters.queueMany(
        complaint,
        recipients.map((recipient) => ({ kind: 'staff_mentioned' as const, audience: 'staff' as const, recipient, channel: 'email' as const })),
      );
    });
  },
});
