/**
 * A small pool of worker threads with limits: the CPU-heavy work of a request (a PDF, a template preview)
 * runs there, so the main thread keeps answering everyone else meanwhile. Strapi-free.
 *
 * Limits, each ending in a WorkLimitError the caller can turn into an answer:
 *  - time: a task that runs longer than its timeout has its worker terminated (JavaScript cannot be
 *    interrupted otherwise) and a fresh worker takes the next task;
 *  - memory: every worker has `resourceLimits`; a task that exceeds them kills only its worker;
 *  - waiting: a task that waited longer than `queueTimeoutMs` for a free worker is not started at all.
 *
 * Protocol with the entry (see thread.ts): the pool posts `{ id, task, input }`; the worker answers
 * `{ id, ok: true, output }` or `{ id, ok: false, error: { name, message } }`. Workers start when work
 * arrives (never more than `size`) and do not keep the process alive while idle.
 */
import { Worker, type ResourceLimits } from 'worker_threads';

export type WorkLimit = 'timeout' | 'memory' | 'busy' | 'crashed';

/** The task hit a limit of the pool (or its worker died); the task itself reported no error. */
export class WorkLimitError extends Error {
  constructor(
    readonly limit: WorkLimit,
    message: string,
  ) {
    super(message);
    this.name = 'WorkLimitError';
  }
}

/** Recognises a WorkLimitError also when it comes from another copy of this module (dist/ next to src/). */
export function isWorkLimitError(error: unknown): error is WorkLimitError {
  return error instanceof Error && error.name === 'WorkLimitError' && typeof (error as WorkLimitError).limit === 'string';
}

export interface WorkPoolOptions {
  /** The compiled worker entry (a .js file). */
  entry: string;
  /** Most workers at once. */
  size: number;
  /** Default running time per task, in ms. */
  timeoutMs: number;
  /** Longest wait for a free worker, in ms. */
  queueTimeoutMs: number;
  resourceLimits?: ResourceLimits;
  /** Told when a worker dies of something else than a timeout (out of memory, an uncaught error). */
  onWorkerError?: (error: Error) => void;
}

export interface RunOptions {
  /** This task's running time, in ms (instead of the pool's default). */
  timeoutMs?: number;
}

export interface WorkPoolStats {
  /** Workers alive now. */
  workers: number;
  busy: number;
  queued: number;
  /** Workers started since the pool was made (a replaced worker counts again). */
  started: number;
}

export interface WorkPool {
  run<T>(task: string, input: unknown, options?: RunOptions): Promise<T>;
  stats(): WorkPoolStats;
  /** Terminates the workers; tasks still waiting or running are rejected. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  timeoutMs: number;
  resolve: (output: any) => void;
  reject: (error: Error) => void;
  /** While queued: the wait limit. */
  waitTimer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

type Answer = { id: number; ok: true; output: unknown } | { id: number; ok: false; error: { name?: string; message?: string } };

export function createWorkPool(options: WorkPoolOptions): WorkPool {
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let started = 0;
  let closed = false;

  /** Takes the slot out of the pool (its worker is gone or going) and gives its place to waiting work. */
  function retire(slot: Slot, error: Error | null): void {
    if (!slots.delete(slot)) return;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (job && error) job.reject(error);
    dispatch();
  }

  function startWorker(): Slot {
    const worker = new Worker(options.entry, { resourceLimits: options.resourceLimits });
    started += 1;
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (answer: Answer) => {
      const job = slot.job;
      if (!job || answer.id !== job.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.job = null;
      worker.unref();
      if (answer.ok) job.resolve(answer.output);
      else job.reject(Object.assign(new Error(answer.error.message ?? 'the task failed'), { name: answer.error.name ?? 'Error' }));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      options.onWorkerError?.(error);
      retire(slot, memory ? new WorkLimitError('memory', `the task needed more memory than its worker may use (${error.message})`) : new WorkLimitError('crashed', `the worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => retire(slot, new WorkLimitError('crashed', `the worker stopped (exit code ${code})`)));
    slots.add(slot);
    return slot;
  }

  function assign(slot: Slot, job: Job): void {
    if (job.waitTimer) clearTimeout(job.waitTimer);
    slot.job = job;
    // a busy worker keeps the process alive until it answers, an idle one does not
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      // a running task cannot be interrupted: its worker goes, a new one takes the next task
      retire(slot, new WorkLimitError('timeout', `the task ran longer than ${job.timeoutMs} ms`));
      void slot.worker.terminate();
    }, job.timeoutMs);
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input });
  }

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      let free: Slot | undefined;
      for (const slot of slots) if (!slot.job) free = slot;
      if (!free && slots.size < options.size) free = startWorker();
      if (!free) return;
      assign(free, queue.shift() as Job);
    }
  }

  return {
    run<T>(task: string, input: unknown, runOptions: RunOptions = {}): Promise<T> {
      if (closed) return Promise.reject(new Error('the work pool was closed'));
      return new Promise<T>((resolve, reject) => {
        const job: Job = { id: nextId++, task, input, timeoutMs: runOptions.timeoutMs ?? options.timeoutMs, resolve, reject };
        job.waitTimer = setTimeout(() => {
          const index = queue.indexOf(job);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(new WorkLimitError('busy', `no worker was free within ${options.queueTimeoutMs} ms`));
        }, options.queueTimeoutMs);
        job.waitTimer.unref();
        queue.push(job);
        dispatch();
      });
    },

    stats(): WorkPoolStats {
      let busy = 0;
      for (const slot of slots) if (slot.job) busy += 1;
      return { workers: slots.size, busy, queued: queue.length, started };
    },

    async close(): Promise<void> {
      closed = true;
      const error = new Error('the work pool was closed');
      for (const job of queue.splice(0)) {
        if (job.waitTimer) clearTimeout(job.waitTimer);
        job.reject(error);
      }
      const workers = [...slots].map((slot) => slot.worker);
      for (const slot of [...slots]) retire(slot, error);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
