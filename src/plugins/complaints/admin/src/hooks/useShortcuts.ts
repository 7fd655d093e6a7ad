import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { goTarget, isShortcutEvent, nextRow } from '../lib/shortcuts';
import { pluginPath } from '../pluginId';

/** How long after `g` the next key still counts as its target. */
const SEQUENCE_MS = 1500;

/** Listens for the plugin's keyboard shortcuts (lib/shortcuts.ts) while its pages are shown; `onHelp` opens their list. */
export function useShortcuts(onHelp: () => void) {
  const navigate = useNavigate();
  React.useEffect(() => {
    let pendingG = 0;
    const onKey = (event: KeyboardEvent) => {
      const dialogOpen = Boolean(document.querySelector('[role="dialog"], [role="alertdialog"]'));
      if (!isShortcutEvent(event, event.target, dialogOpen)) return;
      if (pendingG && Date.now() - pendingG < SEQUENCE_MS) {
        pendingG = 0;
        const target = goTarget(event.key);
        if (target !== null) {
          event.preventDefault();
          navigate(pluginPath(target));
        }
        return;
      }
      pendingG = 0;
      if (event.key === 'g') {
        pendingG = Date.now();
      } else if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[role="search"] input[name="search"]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      } else if (event.key === 'j' || event.key === 'k') {
        // each row by its first link (the reference, to the dossier)
        const links = [...document.querySelectorAll('tr[data-reference]')].map((row) => row.querySelector<HTMLAnchorElement>('td a')).filter((a): a is HTMLAnchorElement => a !== null);
        const current = links.findIndex((a) => a.closest('tr')?.contains(document.activeElement));
        const next = nextRow(current, links.length, event.key);
        if (next >= 0) {
          event.preventDefault();
          links[next].focus();
        }
      } else {
        const button = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(event.key)}"]`);
        if (button) {
          event.preventDefault();
          button.click();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, onHelp]);
}
