/**
 * Where the outbox composes its letters: on a thread of its own when it can (rendering and MIME building
 * are most of a letter's CPU, and there they neither stall the HTTP requests this instance serves nor
 * wait for them), else in the calling thread. A thread that fails or exits fails the letters it held —
 * the outbox retries them — and the next letter starts a new one.
 */
import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import { PLUGIN_ROOT } from '../plugin-info';
import { composeLetter, TemplateRenderError, type ComposedLetter, type ComposeRequest } from './compose';

/** The thread's own bundle (the package export `./compose-thread`), built beside the server's. */
export const THREAD_ENTRY = path.join(PLUGIN_ROOT, 'dist', 'compose-thread', 'index.js');

export interface LetterComposer {
  compose(request: ComposeRequest): Promise<ComposedLetter>;
  close(): Promise<void>;
}

type Pending = { resolve: (letter: ComposedLetter) => void; reject: (error: Error) => void };

export function createLetterComposer(options: { thread: boolean; onThreadError?: (error: Error) => void }): LetterComposer {
  // the built entry exists once the plugin is built; before that (unit tests on a fresh clone) compose here
  const useThread = options.thread && fs.existsSync(THREAD_ENTRY);
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  function thread(): Worker {
    if (worker) return worker;
    const started = new Worker(THREAD_ENTRY);
    started.on('message', ({ id, letter, error, templateError }: { id: number; letter?: ComposedLetter; error?: string; templateError?: boolean }) => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (letter) waiting.resolve(letter);
      else if (templateError) waiting.reject(new TemplateRenderError(error ?? ''));
      else waiting.reject(new Error(error ?? 'the letter could not be composed'));
    });
    started.on('error', (error) => {
      options.onThreadError?.(error);
      if (worker === started) worker = null;
      failAll(error);
    });
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      failAll(new Error(`the composer thread exited (${code})`));
    });
    // an idle thread does not keep the process alive
    started.unref();
    worker = started;
    return started;
  }

  return {
    compose(request) {
      if (!useThread) return composeLetter(request);
      return new Promise<ComposedLetter>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        thread().postMessage({ id, request });
      });
    },

    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
      failAll(new Error('the composer was closed'));
    },
  };
}
