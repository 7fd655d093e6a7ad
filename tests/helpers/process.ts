/**
 * A Strapi instance in a child process: the production shape of several instances on one database, and
 * the only way to kill one mid-run (SIGKILL) in a test or benchmark.
 */
import { ChildProcess, spawn } from 'child_process';
import net from 'net';
import path from 'path';
import { TEST_ENV } from '../setup/test-env';
import type { TestDatabase } from './database';

export interface AppProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Output so far (for a failing test's message). */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the instance in `child` answers its health route; fails with its output when it exits or stays silent. */
export async function waitForHealth(child: ChildProcess, url: string, output: () => string, timeoutMs = 120_000, what = 'Strapi process'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    const ok = await fetch(`${url}/api/complaints/health`).then(
      (res) => res.ok,
      () => false, // not listening yet
    );
    if (ok) return;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${what} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startAppProcess(db: TestDatabase, env: Record<string, string> = {}, port?: number): Promise<AppProcess> {
  const chosen = port ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, [path.join(__dirname, 'server-entry.js')], {
    env: { ...process.env, ...TEST_ENV, ...db.env, ...env, HOST: '127.0.0.1', PORT: String(chosen) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${chosen}`;

  await waitForHealth(child, url, () => output);

  return {
    url,
    port: chosen,
    child,
    output: () => output,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => stopChild(child, signal),
  };
}

/** Stops a server the tests started (Strapi, clamd, Dovecot) and waits until it is gone; SIGKILL if it lingers. */
export function stopChild(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
  });
}
