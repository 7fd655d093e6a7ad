/**
 * Entry of the composer thread (worker_threads): composes letters for the outbox off the main thread.
 * Requests carry an id; the answer carries the same id and either the letter or the error's message
 * (and whether it is the template's).
 */
import { parentPort } from 'worker_threads';
import { composeLetter, TemplateRenderError, type ComposeRequest } from './compose';

parentPort?.on('message', async ({ id, request }: { id: number; request: ComposeRequest }) => {
  try {
    const letter = await composeLetter(request);
    parentPort?.postMessage({ id, letter }, letter.raw ? [letter.raw.buffer as ArrayBuffer] : []);
  } catch (error) {
    parentPort?.postMessage({ id, error: String((error as Error)?.message ?? error), templateError: error instanceof TemplateRenderError });
  }
});
