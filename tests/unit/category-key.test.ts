/** The category key the admin shows while an editor types, and the one the server saves. */
import { categoryKey } from '../../src/plugins/complaints/shared/contracts/settings';

describe('category keys', () => {
  it.each([
    ['Reparaties & onderhoud', 'reparaties-onderhoud'],
    ['  Gedrag medewerker ', 'gedrag-medewerker'],
    ['Privé—gegevens', 'prive-gegevens'],
    ['afval_inzameling 2026', 'afval-inzameling-2026'],
    ['---', ''],
  ])('%s → %s', (typed, key) => {
    expect(categoryKey(typed)).toBe(key);
  });

  it('keeps the hyphen while typing, so the next word can follow', () => {
    expect(categoryKey('Reparaties ', true)).toBe('reparaties-');
    expect(categoryKey('Reparaties & o', true)).toBe('reparaties-o');
  });
});
