import { accountsOf, namesInSentence } from '../../src/plugins/complaints/server/src/services/persons';
import { correctionSchema, personsOf } from '../../src/plugins/complaints/server/src/validation/complaint-details';

describe('the persons a complaint is about', () => {
  it('are none unless the complaint is about behaviour, whatever was sent', () => {
    expect(personsOf({ aboutEmployeeBehaviour: false, persons: [{ name: 'A', function: null, userId: 3 }], accusedName: 'B' })).toEqual([]);
  });

  it('are the list staff send, in its order, or the one person the public form (or an older client) names', () => {
    const list = [
      { name: 'R. Pieters', function: 'Opzichter', userId: null },
      { name: 'M. Jansen', function: null, userId: 4 },
    ];
    expect(personsOf({ aboutEmployeeBehaviour: true, persons: list, accusedName: 'ignored' })).toEqual(list);
    expect(personsOf({ aboutEmployeeBehaviour: true, accusedName: 'R. Pieters', accusedFunction: 'Opzichter', accusedUserId: 7 })).toEqual([{ name: 'R. Pieters', function: 'Opzichter', userId: 7 }]);
    expect(personsOf({ aboutEmployeeBehaviour: true, accusedName: null })).toEqual([]);
  });

  it('keep each linked account once: the accounts Awb 9:7 keeps off the complaint', () => {
    expect(accountsOf([{ userId: 4 }, { userId: null }, { userId: 4 }, { userId: 9 }])).toEqual([4, 9]);
  });

  it('are named in a letter as a sentence in its language', () => {
    expect(namesInSentence([], 'nl')).toBeNull();
    expect(namesInSentence(['R. Pieters'], 'nl')).toBe('R. Pieters');
    expect(namesInSentence(['A', 'B', 'C'], 'nl')).toBe('A, B en C');
    expect(namesInSentence(['A', 'B'], 'en')).toBe('A and B');
  });

  it('a correction of a behaviour complaint names at least one, each with a name', () => {
    const base = { complainantName: 'Jan', complainantEmail: 'jan@example.org', categoryId: 1, description: 'Een klacht van genoeg tekens.', aboutEmployeeBehaviour: true, reason: 'Aangevuld.' };
    const none = correctionSchema.safeParse({ ...base, persons: [] });
    expect(none.success).toBe(false);
    expect(none.error?.issues.map((i) => i.path.join('.'))).toEqual(['persons']);
    const nameless = correctionSchema.safeParse({ ...base, persons: [{ name: 'A' }, { name: ' ', userId: 3 }] });
    expect(nameless.error?.issues.map((i) => i.path.join('.'))).toEqual(['persons.1.name']);
    const fine = correctionSchema.parse({ ...base, persons: [{ name: ' A ', function: '', userId: null }] });
    expect(personsOf(fine)).toEqual([{ name: 'A', function: null, userId: null }]);
  });
});
