/**
 * Entry of the plugin's worker threads (worker_threads): runs the heavy tasks of tasks.ts for the pool
 * (index.ts). Compiled next to index.js in dist/, where the pool finds it.
 */
import { serveTasks } from './serve';
import { TASKS } from './tasks';

serveTasks(TASKS);
