/**
 * The persons a behaviour complaint is about (Awb 9:7, 9:9, 9:10; content-types/complaint-person.ts): read
 * in the order named, written at intake with the complaint and replaced as a whole by a correction.
 */
import type { Core } from '@strapi/strapi';
import type { PersonComplainedAbout } from '../../../shared/contracts/complaints';
import type { Locale } from '../../../shared/messages';
import { InvalidInputError, type FieldErrors } from '../errors';
import { storedRow } from '../persistence/database';
import { usersRepository } from '../persistence/users';
import { TABLE, UID } from '../uids';
import type { ComplaintRow } from './complaints';

export interface PersonRow extends PersonComplainedAbout {
  id: number;
  complaintId: number;
  position: number;
}

/** The complaint columns where 0.1.0 kept one person complained about (emptied by the upgrade to persons). */
export interface LegacyAccusedColumns {
  accusedName?: string | null;
  accusedFunction?: string | null;
  accusedUserId?: number | null;
}

/** The admin accounts among the persons: the ones Awb 9:7 keeps off the complaint and the letters reach. */
export function accountsOf(persons: ReadonlyArray<Pick<PersonComplainedAbout, 'userId'>>): number[] {
  return [...new Set(persons.map((p) => p.userId).filter((id): id is number => typeof id === 'number'))];
}

/** Names as a sentence says them ("A, B en C"); null for none (a letter's `complaint.accusedName`). */
export function namesInSentence(names: readonly string[], locale: Locale): string | null {
  return names.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(names) : null;
}

/** A person as the contract and the audit trail carry them. */
export function personOf(row: PersonComplainedAbout): PersonComplainedAbout {
  return { name: row.name, function: row.function ?? null, userId: row.userId ?? null };
}

/** The rows of a complaint's persons as knex writes them (in a write batch or a transaction). */
export function personRows(complaintId: number, persons: readonly PersonComplainedAbout[], at: Date): Record<string, unknown>[] {
  return persons.map((p, position) => storedRow({ complaintId, position, name: p.name, function: p.function ?? null, userId: p.userId ?? null }, at));
}

/** Every linked account is a staff member's: else a 400 on that person's account field. */
export async function assertStaffAccounts(strapi: Core.Strapi, persons: readonly PersonComplainedAbout[]): Promise<void> {
  const found = new Set(await usersRepository(strapi).existing(accountsOf(persons)));
  const errors: FieldErrors = {};
  persons.forEach((p, index) => {
    if (p.userId !== null && !found.has(p.userId)) errors[`persons.${index}.userId`] = { nl: 'Kies een bestaande medewerker.', en: 'Choose an existing staff member.' };
  });
  if (Object.keys(errors).length) throw new InvalidInputError(errors);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The complaint's persons in the order named; a complaint that carries them already (intake) is not read again. */
  async of(complaint: Pick<ComplaintRow, 'id'> & { persons?: PersonComplainedAbout[] }): Promise<PersonComplainedAbout[]> {
    if (complaint.persons) return complaint.persons;
    const rows: PersonRow[] = await strapi.db.query(UID.person).findMany({ where: { complaintId: complaint.id }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
    return rows.map(personOf);
  },

  /**
   * The complaint with its persons, read once for everything that follows (the letters of one change each
   * ask for them): none for a complaint not about behaviour.
   */
  async withPersons<T extends Pick<ComplaintRow, 'id' | 'aboutEmployeeBehaviour'> & { persons?: PersonComplainedAbout[] }>(complaint: T): Promise<T & { persons: PersonComplainedAbout[] }> {
    return { ...complaint, persons: complaint.aboutEmployeeBehaviour ? await this.of(complaint) : [] };
  },

  /** The accounts among the complaint's persons. */
  async accountsOn(complaint: Pick<ComplaintRow, 'id'> & { persons?: PersonComplainedAbout[] }): Promise<number[]> {
    return accountsOf(await this.of(complaint));
  },

  /** The ids of the complaints about this staff member (Awb 9:7: left out of all they see). */
  async complaintsAbout(userId: number): Promise<number[]> {
    const rows: Array<{ complaintId: number }> = await strapi.db.query(UID.person).findMany({ where: { userId }, select: ['complaintId'] });
    return [...new Set(rows.map((r) => r.complaintId))];
  },

  /** Replaces the complaint's persons, in the caller's transaction. */
  async replace(trx: Core.Strapi['db']['connection'], complaintId: number, persons: readonly PersonComplainedAbout[], at: Date): Promise<void> {
    await trx(TABLE.person).where('complaint_id', complaintId).delete();
    const rows = personRows(complaintId, persons, at);
    if (rows.length) await trx(TABLE.person).insert(rows);
  },
});
