/**
 * Related complaints: the same matter complained about again, or by a neighbour. A link goes both ways
 * (each complaint lists the other) and is audited on both; "handled before" (Awb 9:8) names the earlier
 * complaint by linking it. Staff link only complaints they may both see.
 */
import type { Core } from '@strapi/strapi';
import { InvalidInputError, NotFoundError } from '../errors';
import { UID } from '../uids';
import { canSee, type AccessScope } from './access';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

const NOT_FOUND = { relatedReference: { nl: 'Wij vinden geen klacht met dit kenmerk die u mag inzien.', en: 'We find no complaint with this reference that you may see.' } };

const visibleTo = (scope: AccessScope | null, complaint: ComplaintRow) => scope === null || canSee(scope, complaint);

const idsOf = (complaint: Pick<ComplaintRow, 'relatedComplaintIds'>): number[] => (Array.isArray(complaint.relatedComplaintIds) ? complaint.relatedComplaintIds.filter((id) => Number.isInteger(id)) : []);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Each complaint's list of the other, changed by `next` and audited on both, in one transaction. */
  const onBothSides = (a: ComplaintRow, b: ComplaintRow, next: (ids: number[], other: number) => number[], type: 'complaint.linked' | 'complaint.unlinked', actor: Actor, at: Date) =>
    strapi.db.transaction(async () => {
      for (const [one, other] of [
        [a, b],
        [b, a],
      ] as const) {
        await strapi.db.query(UID.complaint).update({ where: { id: one.id }, data: { relatedComplaintIds: next(idsOf(one), other.id) } });
        await getService(strapi, 'audit').record({ complaintId: one.id, type, actor, data: { relatedId: other.id, reference: other.reference }, at });
      }
    });

  return {
    /** The other complaint by its reference, if the staff member may see it; never the complaint itself. */
    async resolve(complaint: ComplaintRow, reference: string, scope: AccessScope | null): Promise<ComplaintRow> {
      const related: ComplaintRow | null = await strapi.db.query(UID.complaint).findOne({ where: { reference: reference.trim().toUpperCase() } });
      if (!related) throw new InvalidInputError(NOT_FOUND);
      if (related.id === complaint.id) throw new InvalidInputError({ relatedReference: { nl: 'Een klacht is niet aan zichzelf verwant.', en: 'A complaint is not related to itself.' } });
      // one that may not be seen is not told apart from one that does not exist
      if (!visibleTo(scope, related)) throw new InvalidInputError(NOT_FOUND);
      return related;
    },

    /** Both ways, audited on both; inside the caller's transaction when there is one. */
    async link(complaint: ComplaintRow, related: ComplaintRow, actor: Actor, at: Date): Promise<void> {
      if (idsOf(complaint).includes(related.id)) return;
      await onBothSides(complaint, related, (ids, other) => [...new Set([...ids, other])], 'complaint.linked', actor, at);
    },

    async unlink(complaintId: number, relatedId: number, actor: Actor): Promise<void> {
      const complaints = getService(strapi, 'complaints');
      const complaint = await complaints.requireById(complaintId);
      if (!idsOf(complaint).includes(relatedId)) throw new NotFoundError();
      const related = await complaints.requireById(relatedId);
      await onBothSides(complaint, related, (ids, other) => ids.filter((id) => id !== other), 'complaint.unlinked', actor, getService(strapi, 'clock').now());
    },

    /** What the dossier shows of the related complaints: those the staff member may see. */
    async list(complaint: ComplaintRow, scope: AccessScope | null): Promise<Array<{ id: number; reference: string; status: string; receivedAt: string }>> {
      const ids = idsOf(complaint);
      if (!ids.length) return [];
      const rows: ComplaintRow[] = await strapi.db.query(UID.complaint).findMany({ where: { id: { $in: ids } }, orderBy: { receivedAt: 'asc' } });
      return rows
        .filter((row) => visibleTo(scope, row))
        .map((row) => ({ id: row.id, reference: row.reference, status: row.status, receivedAt: new Date(row.receivedAt).toISOString() }));
    },
  };
};
