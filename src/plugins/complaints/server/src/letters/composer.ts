/**
 * Where the outbox composes its letters: on the plugin's worker pool (work/index.ts) when it can
 * (rendering and MIME building are most of a letter's CPU, and there they neither stall the HTTP requests
 * this instance serves nor wait for them), else in the calling thread. A worker that fails, runs over its
 * time or memory fails only the letter it held — the outbox retries it — and the pool replaces the worker.
 */
import { acquireWork, type HeavyWork } from '../work';
import { isWorkLimitError } from '../work/pool';
import { composeLetter, TemplateRenderError, type ComposedLetter, type ComposeRequest } from './compose';

export interface LetterComposer {
  compose(request: ComposeRequest): Promise<ComposedLetter>;
  close(): Promise<void>;
}

export function createLetterComposer(options: { thread: boolean; onThreadError?: (error: Error) => void }): LetterComposer {
  let work: HeavyWork | null = null;

  return {
    async compose(request) {
      if (!options.thread) return composeLetter(request);
      // taken on first use, so a composer that was closed starts again
      work ??= acquireWork();
      try {
        return await work.run('compose', request);
      } catch (error) {
        // a limit is news about the worker, not about the template: report it like a failing thread
        if (isWorkLimitError(error)) options.onThreadError?.(error);
        // the template's own failure crosses the thread as a name: the outbox fails such a letter at once
        if ((error as Error)?.name === 'TemplateRenderError') throw new TemplateRenderError((error as Error).message);
        throw error;
      }
    },

    async close() {
      const held = work;
      work = null;
      await held?.release();
    },
  };
}
