/**
 * Where the outbox composes its letters: on the plugin's worker pool (work/index.ts) when it can
 * (rendering and MIME building are most of a letter's CPU, and there they neither stall the HTTP requests
 * this instance serves nor wait for them), else in the calling thread. A worker that fails, runs over its
 * time or memory fails only the letter it held — the outbox retries it — and the pool replaces the worker.
 */
import { acquireWork, WORK_LIMITS, type HeavyWork } from '../work';
import { isWorkLimitError } from '../work/pool';
import { composeLetter, TemplateRenderError, type ComposedLetter, type ComposeRequest } from './compose';
import type { ComposeOutcome } from '../work/tasks';

export interface LetterComposer {
  compose(request: ComposeRequest): Promise<ComposedLetter>;
  close(): Promise<void>;
}

export function createLetterComposer(options: { thread: boolean; onThreadError?: (error: Error) => void }): LetterComposer {
  let work: HeavyWork | null = null;
  // Letters asked for in the same turn of the event loop (a claimed batch) go to the pool together, in one
  // task per worker: a worker then composes letter after letter instead of waiting for the main thread
  // to read each answer and send the next letter.
  let waiting: Array<{ request: ComposeRequest; resolve: (letter: ComposedLetter) => void; reject: (error: unknown) => void }> = [];

  const failure = (error: unknown): unknown => {
    // a limit is news about the worker, not about the template: report it like a failing thread
    if (isWorkLimitError(error)) options.onThreadError?.(error as Error);
    // the template's own failure crosses the thread as a name: the outbox fails such a letter at once
    if ((error as Error)?.name === 'TemplateRenderError') return new TemplateRenderError((error as Error).message);
    return error;
  };

  function flush(): void {
    const batch = waiting;
    waiting = [];
    // taken on first use, so a composer that was closed starts again
    work ??= acquireWork();
    // one part per thread of the pool
    const chunk = Math.ceil(batch.length / WORK_LIMITS.size);
    for (let start = 0; start < batch.length; start += chunk) {
      const part = batch.slice(start, start + chunk);
      work.run('composeMany', part.map((item) => item.request)).then(
        (outcomes: ComposeOutcome[]) =>
          part.forEach((item, index) => {
            const outcome = outcomes[index];
            if (outcome.ok) item.resolve(outcome.letter);
            else item.reject(failure(Object.assign(new Error(outcome.error.message), { name: outcome.error.name })));
          }),
        (error) => part.forEach((item) => item.reject(failure(error))),
      );
    }
  }

  return {
    compose(request) {
      if (!options.thread) return composeLetter(request);
      return new Promise<ComposedLetter>((resolve, reject) => {
        if (!waiting.length) setImmediate(flush);
        waiting.push({ request, resolve, reject });
      });
    },

    async close() {
      const held = work;
      work = null;
      await held?.release();
    },
  };
}
