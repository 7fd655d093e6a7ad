/**
 * The worker side of the pool's protocol (pool.ts): answers each `{ id, task, input }` with the handler's
 * output or its error's name and message. Output buffers are moved, not copied, to the main thread.
 */
import { parentPort } from 'worker_threads';

export type Handlers = Record<string, (input: any) => unknown>;

/** The ArrayBuffers to move with an answer: a top-level byte array, or one in a top-level property. */
function transferables(output: unknown): ArrayBuffer[] {
  const views = output instanceof Uint8Array ? [output] : output && typeof output === 'object' ? Object.values(output).filter((v): v is Uint8Array => v instanceof Uint8Array) : [];
  // only a buffer the view owns whole: a slice of Node's shared pool must not be detached from the others
  return views.filter((view) => view.byteOffset === 0 && view.byteLength === view.buffer.byteLength).map((view) => view.buffer as ArrayBuffer);
}

export function serveTasks(handlers: Handlers): void {
  parentPort?.on('message', async ({ id, task, input }: { id: number; task: string; input: unknown }) => {
    try {
      const handler = Object.prototype.hasOwnProperty.call(handlers, task) ? handlers[task] : undefined;
      if (!handler) throw new Error(`unknown task "${task}"`);
      const output = await handler(input);
      parentPort?.postMessage({ id, ok: true, output }, transferables(output));
    } catch (error) {
      const { name, message } = (error ?? {}) as Error;
      parentPort?.postMessage({ id, ok: false, error: { name: String(name ?? 'Error'), message: String(message ?? error) } });
    }
  });
}
