/**
 * Corrections after intake: staff put right what was registered wrongly or has changed (the complainant's
 * details, who represents them, the description, the category, whether it is about an employee's behaviour and
 * whom: the persons complained about are replaced as a whole). Each
 * correction is one audit event with every changed field before and after, and the reason; the terms stay
 * (the complaint was received when it was). Who handles it follows the corrected facts: Awb 9:7 keeps the
 * person complained about off it, and a behaviour complaint goes to the department manager.
 */
import type { Core } from '@strapi/strapi';
import { COMPLAINANT_FIELDS, COMPLAINT_FIELDS, REPRESENTATIVE_FIELDS } from '../../../shared/contracts/complaints';
import { initialHandler, OPEN_STATUSES } from '../domain/procedure';
import { InvalidInputError, ProcedureConflictError } from '../errors';
import { accountsOf, assertStaffAccounts } from './persons';
import { UID } from '../uids';
import { personsOf, representativeOf, type CorrectionInput } from '../validation/complaint-details';
import type { AccessScope } from './access';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

/** What a correction may change, in the dossier's order. */
export const CORRECTABLE = [...COMPLAINANT_FIELDS, ...REPRESENTATIVE_FIELDS, ...COMPLAINT_FIELDS] as const;
type Correctable = (typeof CORRECTABLE)[number];

/** Equal as stored: an empty value is null, a flag may come back from the database as 0 or 1, the persons are a list. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return typeof a === 'boolean' || typeof b === 'boolean' ? Boolean(a) === Boolean(b) : (a ?? null) === (b ?? null);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async correct(complaintId: number, input: CorrectionInput, actor: Actor, scope: AccessScope | null): Promise<ComplaintRow> {
    const category = (await getService(strapi, 'catalog').categories()).find((c) => c.id === input.categoryId);
    if (!category) throw new InvalidInputError({ categoryId: { nl: 'Kies een bestaande categorie.', en: 'Choose an existing category.' } });
    const behaviour = Boolean(input.aboutEmployeeBehaviour);
    const persons = personsOf(input);
    await assertStaffAccounts(strapi, persons);
    const accusedUserIds = accountsOf(persons);
    const next: Record<Correctable, unknown> = {
      ...Object.fromEntries(CORRECTABLE.map((field) => [field, (input as Record<string, unknown>)[field] ?? null])),
      ...representativeOf(input),
      aboutEmployeeBehaviour: behaviour,
      persons,
    } as Record<Correctable, unknown>;

    const complaints = getService(strapi, 'complaints');
    const now = getService(strapi, 'clock').now();
    return strapi.db.transaction(async ({ trx }) => {
      await complaints.lock(trx, complaintId);
      const complaint = await complaints.requireById(complaintId);
      getService(strapi, 'access').assertCanSee(scope, complaint);
      if (complaint.anonymisedAt) throw new ProcedureConflictError('already_anonymised', { nl: 'Deze klacht is geanonimiseerd.', en: 'This complaint has been anonymised.' });
      const personsBefore = await getService(strapi, 'persons').of(complaint);
      const accountsBefore = accountsOf(personsBefore);
      const before = { ...complaint, persons: personsBefore } as unknown as Record<string, unknown>;
      const changes = Object.fromEntries(CORRECTABLE.filter((field) => !same(before[field], next[field])).map((field) => [field, { from: before[field] ?? null, to: next[field] }]));
      if (!Object.keys(changes).length) return complaint;

      // who handles it follows the corrected facts, while it runs
      let handlerId = complaint.handlerId;
      if (OPEN_STATUSES.includes(complaint.status)) {
        const department = complaint.departmentId ? (await getService(strapi, 'catalog').departments()).find((d) => d.id === complaint.departmentId) : undefined;
        const manager = department?.managerId ?? null;
        if (behaviour && (handlerId === null || accusedUserIds.includes(handlerId) || !complaint.aboutEmployeeBehaviour)) {
          handlerId = initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds }, manager, await getService(strapi, 'access').superiorFor(department, accusedUserIds));
        }
        else if (handlerId !== null && accusedUserIds.includes(handlerId)) handlerId = null;
      }
      const { persons: _persons, ...columns } = next;
      const updated: ComplaintRow = await strapi.db.query(UID.complaint).update({ where: { id: complaintId }, data: { ...columns, handlerId } });
      if (changes.persons) await getService(strapi, 'persons').replace(trx, complaintId, persons, now);
      await getService(strapi, 'audit').record({
        complaintId,
        type: 'complaint.corrected',
        actor,
        note: input.reason,
        data: { changes, ...(handlerId !== complaint.handlerId ? { handlerFrom: complaint.handlerId, handlerTo: handlerId } : {}) },
        at: now,
      });
      // Awb 9:9: someone named later as a person complained about gets the copy too, once taken up (each
      // person's copy is sent once: those who had it are skipped by its dedupe key)
      if (changes.persons && updated.acknowledgedAt && accusedUserIds.some((id) => !accountsBefore.includes(id))) {
        const letters = getService(strapi, 'letters');
        await letters.queueMany({ ...updated, persons }, await letters.accusedCopy({ ...updated, persons }));
      }
      return updated;
    });
  },
});
