/**
 * The outcome while it is being written (step 4): the composer saves it as staff type, so leaving the page,
 * closing the browser or handing the complaint to a colleague loses nothing. A save names the version it
 * started from; when a colleague saved in between, it is refused (409) rather than overwriting their text,
 * and the writer is told whose version is newer. Sending the outcome removes the draft in the same
 * transaction (steps/outcome/service.ts); anonymisation removes it with the rest (persistence/erasure.ts).
 * Saving a draft is no act of the procedure: the timeline does not list it, the draft records who saved it last.
 */
import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import type { OutcomeDraft, OutcomeDraftInput, OutcomeDraftValues } from '../../../../shared/contracts';
import { ZONE } from '../../../../shared/procedure';
import { ProcedureConflictError } from '../../errors';
import { storedRow } from '../../persistence/database';
import type { Actor } from '../../services/actor';
import type { ComplaintRow } from '../../services/complaints';
import { getService } from '../../services/registry';
import { TABLE, UID } from '../../uids';

interface DraftRow {
  id: number;
  complaintId: number;
  draftValues: OutcomeDraftValues | string;
  version: number;
  savedById: number | null;
  savedAt: Date | string;
}

const SENT = { nl: 'De uitkomst van deze klacht is al verstuurd; er valt niets meer te bewaren.', en: 'The outcome of this complaint has already been sent; there is nothing left to save.' };
const ANONYMISED = { nl: 'De persoonsgegevens van deze klacht zijn gewist.', en: 'The personal data of this complaint have been erased.' };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rowOf = async (complaintId: number): Promise<DraftRow | null> => strapi.db.query(UID.outcomeDraft).findOne({ where: { complaintId } });

  const answer = async (row: DraftRow): Promise<OutcomeDraft> => {
    const names = await getService(strapi, 'dossier').userNames([row.savedById]);
    return {
      values: typeof row.draftValues === 'string' ? JSON.parse(row.draftValues) : row.draftValues,
      version: row.version,
      savedAt: new Date(row.savedAt).toISOString(),
      savedBy: row.savedById ? (names.get(row.savedById) ?? null) : null,
    };
  };

  const changedMeanwhile = async (complaintId: number) => {
    const row = await rowOf(complaintId);
    const current = row ? await answer(row) : null;
    const who = current?.savedBy ?? null;
    const at = current ? DateTime.fromISO(current.savedAt, { zone: ZONE }).toFormat('HH:mm') : '';
    return new ProcedureConflictError('draft_changed', {
      nl: `${who ?? 'Een collega'} heeft het concept om ${at} bewaard, na uw versie. Laad het concept opnieuw voordat u verder schrijft.`,
      en: `${who ?? 'A colleague'} saved the draft at ${at}, after your version. Load the draft again before writing on.`,
    });
  };

  return {
    async get(complaintId: number): Promise<OutcomeDraft | null> {
      const row = await rowOf(complaintId);
      return row ? answer(row) : null;
    },

    async save(complaint: ComplaintRow, input: OutcomeDraftInput, actor: Actor): Promise<OutcomeDraft> {
      if (complaint.anonymisedAt) throw new ProcedureConflictError('complaint_anonymised', ANONYMISED);
      if (complaint.outcomeSentAt) throw new ProcedureConflictError('outcome_sent', SENT);
      const now = getService(strapi, 'clock').now();
      const savedById = actor.type === 'admin' ? actor.id : null;
      const knex = strapi.db.connection;
      if (input.basedOn === 0) {
        const row = storedRow(
          { documentId: crypto.randomBytes(12).toString('base64url'), complaintId: complaint.id, draftValues: JSON.stringify(input.values), version: 1, savedById, savedAt: now },
          now,
        );
        // a colleague's first save in the same moment wins; this one is told so
        const inserted = await knex(TABLE.outcomeDraft).insert(row).onConflict('complaint_id').ignore().returning('id');
        if (!inserted.length) throw await changedMeanwhile(complaint.id);
      } else {
        const { count } = await strapi.db
          .query(UID.outcomeDraft)
          .updateMany({ where: { complaintId: complaint.id, version: input.basedOn }, data: { draftValues: input.values, version: input.basedOn + 1, savedById, savedAt: now } });
        if (!count) throw await changedMeanwhile(complaint.id);
      }
      return answer((await rowOf(complaint.id)) as DraftRow);
    },

    /** Throws the draft away (the writer starts again); nothing to remove is no error. */
    async discard(complaintId: number): Promise<void> {
      await strapi.db.query(UID.outcomeDraft).deleteMany({ where: { complaintId } });
    },
  };
};
