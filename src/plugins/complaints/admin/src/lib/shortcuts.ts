/**
 * The keyboard shortcuts of the plugin's pages, as helpdesks staff know them: `?` shows them, `/` goes to the
 * list's search, `j`/`k` move through a list's rows, `g` then a letter opens a page, and a button marked
 * `data-shortcut` is pressed by its key (the dossier's note). Pure: which key does what; hooks/useShortcuts.ts
 * listens.
 */
export const GO_TO: Record<string, string> = {
  o: '',
  m: 'mine',
  '1': 'register',
  '2': 'acknowledgement',
  '3': 'hearing',
  '4': 'outcome',
  '5': 'agreements',
  '6': 'disputes',
  a: 'complaints',
  p: 'print',
};

/** The help's rows: keys as shown, and the translation key of what they do. */
export const SHORTCUT_HELP: Array<[string, string]> = [
  ['?', 'shortcuts.help'],
  ['/', 'shortcuts.search'],
  ['j / k', 'shortcuts.rows'],
  ['Enter', 'shortcuts.open'],
  ['g o', 'shortcuts.go.overview'],
  ['g m', 'shortcuts.go.mine'],
  ['g 1 … g 6', 'shortcuts.go.step'],
  ['g a', 'shortcuts.go.all'],
  ['g p', 'shortcuts.go.print'],
  ['n', 'shortcuts.note'],
];

/** Where a key goes to after `g`, or null. */
export function goTarget(key: string): string | null {
  return key in GO_TO ? GO_TO[key] : null;
}

/** Keys typed into a field, with a modifier, or while a dialog is open are not shortcuts. */
export function isShortcutEvent(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null, dialogOpen: boolean): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || dialogOpen) return false;
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return true;
  return !element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="listbox"]');
}

/** The row to go to from `current` (-1: none yet) with j (next) or k (previous), within `count` rows. */
export function nextRow(current: number, count: number, key: 'j' | 'k'): number {
  if (count === 0) return -1;
  if (current < 0) return key === 'j' ? 0 : count - 1;
  return key === 'j' ? Math.min(count - 1, current + 1) : Math.max(0, current - 1);
}
