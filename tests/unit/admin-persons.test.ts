/**
 * The persons a behaviour complaint is about, as the registration form and the correction dialog send them,
 * place the server's errors about them, and as the dossier and the timeline show them.
 */
import {
  dossierPersonLine,
  emptyPerson,
  PERSON_ERROR_FIELDS,
  personErrors,
  personRowsOf,
  personsBody,
  startPersons,
  timelinePersons,
  type PersonRow,
} from '../../src/plugins/complaints/admin/src/lib/persons';
import { MAX_PERSONS } from '../../src/plugins/complaints/shared/contracts/complaints';

const row = (name: string, fn = '', userId = ''): PersonRow => ({ ...emptyPerson(), name, function: fn, userId });
const account = (name: string) => `account: ${name}`;

describe('admin: the persons a complaint is about', () => {
  it('sends the whole list in order for a behaviour complaint: texts trimmed, no function and no account as null', () => {
    const rows = [row('  R. Pieters ', ' Opzichter ', '7'), row('M. Jansen', '   ', '')];
    expect(personsBody(rows, true)).toEqual([
      { name: 'R. Pieters', function: 'Opzichter', userId: 7 },
      { name: 'M. Jansen', function: null, userId: null },
    ]);
  });

  it('sends no persons when the complaint is not about behaviour, whatever the rows still hold', () => {
    expect(personsBody([row('R. Pieters', 'Opzichter', '7')], false)).toEqual([]);
  });

  it('sends a row without a name along, so the server names the row that misses it', () => {
    expect(personsBody([row('   ')], true)).toEqual([{ name: '', function: null, userId: null }]);
  });

  it('starts the rows from the dossier and back again', () => {
    const rows = personRowsOf([
      { name: 'R. Pieters', function: 'Opzichter', userId: 7 },
      { name: 'M. Jansen', function: null, userId: null },
    ]);
    expect(rows.map(({ key: _key, ...rest }) => rest)).toEqual([
      { name: 'R. Pieters', function: 'Opzichter', userId: '7' },
      { name: 'M. Jansen', function: '', userId: '' },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
    expect(personsBody(rows, true)).toEqual([
      { name: 'R. Pieters', function: 'Opzichter', userId: 7 },
      { name: 'M. Jansen', function: null, userId: null },
    ]);
    expect(personRowsOf(null)).toEqual([]);
  });

  it('starts an empty list with one empty row and leaves a list with persons alone', () => {
    const started = startPersons([]);
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ name: '', function: '', userId: '' });
    const rows = [row('R. Pieters')];
    expect(startPersons(rows)).toBe(rows);
  });

  it('names every error key in form order: the list, then row by row', () => {
    expect(PERSON_ERROR_FIELDS[0]).toBe('persons');
    expect(PERSON_ERROR_FIELDS.slice(1, 7)).toEqual(['persons.0.name', 'persons.0.function', 'persons.0.userId', 'persons.1.name', 'persons.1.function', 'persons.1.userId']);
    expect(PERSON_ERROR_FIELDS).toHaveLength(1 + 3 * MAX_PERSONS);
  });

  it('places the errors on the list, the rows and their fields, and loses none', () => {
    const placed = personErrors(
      {
        'persons.1.name': 'Vul de naam in.',
        persons: 'Noem ten minste één persoon.',
        'persons.0.userId': 'Onbekend account.',
        'persons.0': 'Deze persoon staat er twee keer in.',
        'persons.4.name': 'Vul de naam in (rij 5).',
        'persons.1.other': 'Onbekend veld.',
        'persons.x': 'Vreemd.',
        description: 'Niet van de personen.',
      },
      2,
    );
    expect(placed.list[0]).toBe('Noem ten minste één persoon.');
    expect(placed.list.slice(1).sort()).toEqual(['Onbekend veld.', 'Vreemd.', 'Vul de naam in (rij 5).']);
    expect(placed.rows).toEqual([{ userId: 'Onbekend account.', row: 'Deze persoon staat er twee keer in.' }, { name: 'Vul de naam in.' }]);
  });

  it('shows a person in the dossier as registered, with the linked account', () => {
    expect(dossierPersonLine({ name: 'R. Pieters', function: 'Opzichter', userId: 7, userName: 'Ann de Wit' }, account)).toBe('R. Pieters, Opzichter (account: Ann de Wit)');
    expect(dossierPersonLine({ name: 'M. Jansen', function: null, userId: null, userName: null }, account)).toBe('M. Jansen');
  });

  it('shows the persons before or after a correction on one line, accounts by their names', () => {
    const names = (id: number) => ({ 7: 'Ann de Wit' })[id as 7];
    expect(
      timelinePersons(
        [
          { name: 'R. Pieters', function: 'Opzichter', userId: 7 },
          { name: 'M. Jansen', function: null, userId: null },
          { name: 'K. Bos', function: null, userId: 9 },
        ],
        names,
        account,
      ),
    ).toBe('R. Pieters (Opzichter, account: Ann de Wit); M. Jansen; K. Bos (account: #9)');
  });
});
