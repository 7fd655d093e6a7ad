/**
 * Pure parts of the admin's keyboard shortcuts (which keys count, where `g` goes, moving through rows) and
 * of the outcome draft (what is kept, and back again): the browser test drives them, these pin the rules.
 */
import { draftValuesOf, valuesOfDraft, type OutcomeValues } from '../../src/plugins/complaints/admin/src/lib/outcome';
import { GO_TO, goTarget, isShortcutEvent, nextRow, SHORTCUT_HELP } from '../../src/plugins/complaints/admin/src/lib/shortcuts';
import nl from '../../src/plugins/complaints/admin/src/translations/nl.json';
import en from '../../src/plugins/complaints/admin/src/translations/en.json';
import { outcomeDraftSchema } from '../../src/plugins/complaints/server/src/validation/actions';

const key = (k: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });
/** Something `closest` answers for, as an element in a page would. */
const inside = (selectorMatches: boolean) => ({ closest: () => (selectorMatches ? {} : null) }) as unknown as EventTarget;

describe('admin: keyboard shortcuts', () => {
  it('counts a key only outside fields, without a modifier and with no dialog open', () => {
    expect(isShortcutEvent(key('j'), inside(false), false)).toBe(true);
    expect(isShortcutEvent(key('j'), inside(true), false)).toBe(false);
    expect(isShortcutEvent(key('j'), inside(false), true)).toBe(false);
    expect(isShortcutEvent(key('k', { ctrlKey: true }), inside(false), false)).toBe(false);
    expect(isShortcutEvent(key('/', { metaKey: true }), null, false)).toBe(false);
  });

  it('goes after `g` to the pages of the plugin, and nowhere for another key', () => {
    expect(goTarget('m')).toBe('mine');
    expect(goTarget('o')).toBe('');
    expect(goTarget('4')).toBe('outcome');
    expect(goTarget('x')).toBeNull();
    expect(new Set(Object.values(GO_TO)).size).toBe(Object.keys(GO_TO).length);
  });

  it('moves through the rows without leaving the list', () => {
    expect(nextRow(-1, 3, 'j')).toBe(0);
    expect(nextRow(-1, 3, 'k')).toBe(2);
    expect(nextRow(2, 3, 'j')).toBe(2);
    expect(nextRow(0, 3, 'k')).toBe(0);
    expect(nextRow(1, 3, 'j')).toBe(2);
    expect(nextRow(-1, 0, 'j')).toBe(-1);
  });

  it('explains every shortcut in Dutch and English', () => {
    for (const [, text] of SHORTCUT_HELP) {
      expect((nl as Record<string, string>)[`complaints.${text}`]).toEqual(expect.any(String));
      expect((en as Record<string, string>)[`complaints.${text}`]).toEqual(expect.any(String));
    }
  });
});

describe('admin: the outcome draft', () => {
  const values: OutcomeValues = {
    judgement: '',
    parts: [{ key: 8, description: 'Te laat', judgement: '' }],
    findings: 'Half af',
    conclusions: '',
    noAgreements: false,
    agreements: [{ key: 7, description: '', ownerType: 'department', ownerId: '', dueDate: '' }],
  };

  it('keeps what the composer holds without the rows’ local keys, in a shape the server accepts, and gives it back', () => {
    const kept = draftValuesOf(values);
    expect(kept.agreements[0]).not.toHaveProperty('key');
    expect(outcomeDraftSchema.safeParse({ values: kept, basedOn: 0 }).success).toBe(true);
    const back = valuesOfDraft(kept);
    expect(draftValuesOf(back)).toEqual(kept);
    expect(back.agreements[0].key).toEqual(expect.any(Number));
  });
});
