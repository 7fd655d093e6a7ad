/**
 * The plugin's one pool of worker threads, shared by everything heavy: the outbox's composer, PDFs,
 * template checks and previews, the privacy export. One pool per process, however many users: each
 * user (a Strapi instance's `work` service, an outbox composer) acquires it and releases it when done; the
 * last release terminates the workers, the next acquire starts a new pool.
 *
 * The thread entry is a bundle of its own (the package export `./work-thread`, dist/work-thread): a worker
 * starts from a file, and the server's bundle holds one entry. Before the plugin is built there is none:
 * the tasks then run in the calling thread, without limits.
 */
import fs from 'fs';
import path from 'path';
import { PLUGIN_ROOT } from '../plugin-info';
import { createWorkPool, type RunOptions, type WorkPool, type WorkPoolStats } from './pool';
import { TASKS, type TaskInput, type TaskName, type TaskOutput } from './tasks';

export const THREAD_ENTRY = path.join(PLUGIN_ROOT, 'dist', 'work-thread', 'index.js');

/**
 * Two workers: a heavy request and the outbox's composing go on side by side. The limits leave room for
 * the largest real work — a privacy export of a complainant with many long complaints, a PDF of a million
 * characters (~300 pages), took 14 s and stayed within the heap limit on a busy two-core machine — and
 * stop a runaway task long before it could fill the machine's memory.
 */
export const WORK_LIMITS = {
  size: 2,
  timeoutMs: 30_000,
  queueTimeoutMs: 60_000,
  resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
} as const;

export interface HeavyWork {
  /** Runs a task on a worker (or in this thread, see above); limits end in a WorkLimitError. */
  run<K extends TaskName>(task: K, input: TaskInput<K>, options?: RunOptions): Promise<TaskOutput<K>>;
  /** Done with the pool; the last user's release terminates its workers. */
  release(): Promise<void>;
}

let shared: { pool: WorkPool; users: number } | null = null;

/** Whether tasks can run on worker threads here (the compiled entry exists). */
export function threadsAvailable(): boolean {
  return fs.existsSync(THREAD_ENTRY);
}

function inProcess<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  // deferred, so a task that throws rejects like one on a worker would
  return Promise.resolve().then(() => (TASKS[task] as (input: TaskInput<K>) => TaskOutput<K> | Promise<TaskOutput<K>>)(input));
}

/** The shared pool; with `thread: false` (or no compiled entry) a stand-in that runs tasks in this thread. */
export function acquireWork(options: { thread?: boolean } = {}): HeavyWork {
  if (options.thread === false || !threadsAvailable()) {
    return { run: (task, input) => inProcess(task, input), release: async () => undefined };
  }
  shared ??= { pool: createWorkPool({ entry: THREAD_ENTRY, ...WORK_LIMITS }), users: 0 };
  const mine = shared;
  mine.users += 1;
  let released = false;
  return {
    run: (task, input, runOptions) => mine.pool.run(task, input, runOptions),
    async release() {
      if (released) return;
      released = true;
      mine.users -= 1;
      if (mine.users > 0) return;
      if (shared === mine) shared = null;
      await mine.pool.close();
    },
  };
}

/** The shared pool's figures (workers, busy, queued, started), or null when none is running. */
export function workStats(): WorkPoolStats | null {
  return shared ? shared.pool.stats() : null;
}
