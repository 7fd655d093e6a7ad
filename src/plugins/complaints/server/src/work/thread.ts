/**
 * Entry of the plugin's worker threads (worker_threads): runs the heavy tasks of tasks.ts for the pool
 * (index.ts). Built as a bundle of its own (dist/work-thread, the package export `./work-thread`).
 */
import os from 'os';
import { serveTasks } from './serve';
import { TASKS } from './tasks';

/**
 * On Linux a nice value belongs to a thread, not to the process: this worker gives way to the main
 * thread, which answers requests, whenever both want a core (on two cores, two busy workers otherwise
 * share the CPU evenly with it). Elsewhere it would slow the whole process, so only here.
 */
export const WORKER_NICE = 10;
if (process.platform === 'linux') {
  try {
    os.setPriority(WORKER_NICE);
  } catch {
    // not allowed here: the worker runs at the main thread's priority
  }
}

serveTasks(TASKS);
