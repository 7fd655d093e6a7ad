/**
 * The persons a behaviour complaint is about (Awb 9:7, 9:9, 9:10), as the registration form and the
 * correction dialog hold them, as their request bodies send them, and as the dossier and the timeline show
 * them. Pure, so the rules are tested without a page.
 */
import { MAX_PERSONS, type PersonComplainedAbout, type PersonInDossier } from '../../../shared/contracts/complaints';

/** One row of the list as the form holds it: texts as typed, the account as the select holds it ('' for none). */
export interface PersonRow {
  /** Keeps a row's inputs its own while rows above it are removed. */
  key: number;
  name: string;
  function: string;
  userId: string;
}

const PERSON_FIELDS = ['name', 'function', 'userId'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

let lastKey = 0;

export const emptyPerson = (): PersonRow => ({ key: ++lastKey, name: '', function: '', userId: '' });

/** The rows of a complaint's persons (the correction starts from them). */
export function personRowsOf(persons: readonly PersonComplainedAbout[] | null | undefined): PersonRow[] {
  return (persons ?? []).map((person) => ({
    key: ++lastKey,
    name: person.name ?? '',
    function: person.function ?? '',
    userId: person.userId === null || person.userId === undefined ? '' : String(person.userId),
  }));
}

/** A behaviour complaint names at least one person: switching it on starts the list with an empty row. */
export function startPersons(rows: PersonRow[]): PersonRow[] {
  return rows.length ? rows : [emptyPerson()];
}

/**
 * `persons` of a request body: the whole list in order for a behaviour complaint, none otherwise (the rows
 * stay in the form, so switching behaviour off and on again loses nothing). Empty name rows go along: the
 * server names the row that misses its name.
 */
export function personsBody(rows: readonly PersonRow[], aboutEmployeeBehaviour: boolean): PersonComplainedAbout[] {
  if (!aboutEmployeeBehaviour) return [];
  return rows.map((row) => ({
    name: row.name.trim(),
    function: row.function.trim() || null,
    userId: row.userId ? Number(row.userId) : null,
  }));
}

/** Every key the server may give an error about the persons, in form order: the list, then row by row. */
export const PERSON_ERROR_FIELDS: readonly string[] = [
  'persons',
  ...Array.from({ length: MAX_PERSONS }, (_, index) => PERSON_FIELDS.map((field) => `persons.${index}.${field}`)).flat(),
];

export interface PersonErrors {
  /** About the list as a whole, and anything about the persons no row shows. */
  list: string[];
  /** Per row: the error of each field, and `row` for the row as a whole (`persons.<index>`). */
  rows: Array<Partial<Record<PersonField | 'row', string>>>;
}

/**
 * The server's errors about the persons, placed: on a row's field, on the row, or above the list. Nothing
 * under `persons` is dropped, since the form's alert leaves every `persons…` key to the list.
 */
export function personErrors(fieldErrors: Record<string, string>, rowCount: number): PersonErrors {
  const result: PersonErrors = { list: [], rows: Array.from({ length: rowCount }, () => ({})) };
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (key === 'persons') {
      result.list.unshift(message);
      continue;
    }
    const match = /^persons\.(\d+)(?:\.(\w+))?$/.exec(key);
    if (!match) {
      if (key.startsWith('persons.')) result.list.push(message);
      continue;
    }
    const index = Number(match[1]);
    const field = match[2] ?? 'row';
    if (index < rowCount && (field === 'row' || (PERSON_FIELDS as readonly string[]).includes(field))) result.rows[index][field as PersonField | 'row'] = message;
    else result.list.push(message);
  }
  return result;
}

/** How the texts name an account: "account: Ann de Wit". */
type AccountText = (name: string) => string;

/** A person in the dossier, as registered: "R. Pieters, Opzichter (account: Ann de Wit)". */
export function dossierPersonLine(person: PersonInDossier, accountText: AccountText): string {
  const account = person.userName ? ` (${accountText(person.userName)})` : '';
  return [person.name, person.function].filter(Boolean).join(', ') + account;
}

/**
 * The persons before or after a correction, on one line: "R. Pieters (Opzichter, account: Ann de Wit); M. Jansen".
 * The event keeps the account's id; its name comes from the staff list (the id itself when no longer there).
 */
export function timelinePersons(persons: readonly PersonComplainedAbout[], accountName: (userId: number) => string | undefined, accountText: AccountText): string {
  return persons
    .map((person) => {
      const details = [person.function, person.userId === null || person.userId === undefined ? null : accountText(accountName(person.userId) ?? `#${person.userId}`)].filter(Boolean);
      return details.length ? `${person.name} (${details.join(', ')})` : person.name;
    })
    .join('; ');
}
