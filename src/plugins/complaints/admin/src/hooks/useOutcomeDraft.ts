import * as React from 'react';
import type { OutcomeDraft } from '../../../shared/contracts';
import { queries } from '../api/client';
import { parseApiError } from '../lib/errors';
import { draftValuesOf, type OutcomeValues } from '../lib/outcome';
import { useAdminClient } from './useAdminClient';
import { useT } from './useT';

/** Quiet time after the last keystroke before the draft is saved. */
const SAVE_AFTER_MS = 1200;

export type DraftState =
  | { kind: 'none' }
  | { kind: 'saving' }
  | { kind: 'saved'; savedAt: string; savedBy: string | null }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string | null };

/**
 * Keeps the outcome being written on the server (PUT …/outcome/draft) while staff type: saved after a pause,
 * saved once more when the page is left within the admin, and the browser asks before a tab with unsaved
 * text closes. A colleague's newer save stops the saving (conflict) until the writer chooses whose text goes on.
 */
export function useOutcomeDraft(complaintId: number, initial: OutcomeDraft | null, values: OutcomeValues, { enabled }: { enabled: boolean }) {
  const client = useAdminClient();
  const { locale } = useT();
  const [state, setState] = React.useState<DraftState>(initial ? { kind: 'saved', savedAt: initial.savedAt, savedBy: initial.savedBy } : { kind: 'none' });
  const version = React.useRef(initial?.version ?? 0);
  const saved = React.useRef(JSON.stringify(draftValuesOf(values)));
  const latest = React.useRef(values);
  latest.current = values;
  const stopped = React.useRef(!enabled);
  stopped.current = stopped.current || !enabled;

  const unsaved = () => !stopped.current && JSON.stringify(draftValuesOf(latest.current)) !== saved.current;

  const save = React.useCallback(async () => {
    if (!unsaved()) return;
    const draftValues = draftValuesOf(latest.current);
    const text = JSON.stringify(draftValues);
    setState({ kind: 'saving' });
    try {
      const answer = await client.saveOutcomeDraft(complaintId, { values: draftValues, basedOn: version.current });
      version.current = answer.version;
      saved.current = text;
      setState({ kind: 'saved', savedAt: answer.savedAt, savedBy: answer.savedBy });
    } catch (error) {
      const problem = parseApiError(error, locale);
      if (problem.status === 409) {
        stopped.current = true;
        setState({ kind: 'conflict', message: problem.message ?? '' });
      } else {
        setState({ kind: 'failed', message: problem.message });
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, complaintId, locale]);

  const text = JSON.stringify(draftValuesOf(values));
  React.useEffect(() => {
    if (!unsaved()) return;
    const timer = window.setTimeout(save, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, save]);

  // leaving the page within the admin: what was typed in the last second is kept too
  React.useEffect(
    () => () => {
      void save();
    },
    [save],
  );

  React.useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    state,
    /** While the outcome is being sent nothing is saved (the server removes the draft); on again when it was refused. */
    pause: (paused: boolean) => {
      stopped.current = paused;
    },
    /** After a conflict: go on from the colleague's version (answers it), or keep writing one's own over it. */
    resolve: async (choice: 'theirs' | 'mine'): Promise<OutcomeDraft | null> => {
      const current = await client.read(queries.outcomeDraft(complaintId));
      version.current = current?.version ?? 0;
      stopped.current = false;
      if (choice === 'theirs') {
        saved.current = current ? JSON.stringify(current.values) : '';
        setState(current ? { kind: 'saved', savedAt: current.savedAt, savedBy: current.savedBy } : { kind: 'none' });
        return current;
      }
      saved.current = '';
      await save();
      return null;
    },
    /** Throws the draft away on the server; the writer starts again from `next` (nothing to save until it changes). */
    discard: async (next: OutcomeValues) => {
      await client.discardOutcomeDraft(complaintId);
      version.current = 0;
      saved.current = JSON.stringify(draftValuesOf(next));
      setState({ kind: 'none' });
    },
  };
}
