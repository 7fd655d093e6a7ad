/**
 * A real ClamAV daemon for the tests, started from Debian's binary (package `clamav-daemon`) in a temp
 * folder with its own configuration and a local signature database: one MD5 line for the EICAR test file,
 * so nothing is downloaded. It can go down and come back on the same port (a scanner outage).
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { ping } from '../../src/plugins/complaints/server/src/attachments/clamd';
import { freePort, stopChild } from './process';

export const CLAMD_BINARY = process.env.CLAMD_BINARY ?? '/usr/sbin/clamd';

/** The EICAR anti-virus test file (harmless by design), put together here so no file in the repository holds it. */
export function eicar(): Buffer {
  return Buffer.from(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''), 'latin1');
}

export interface TestClamd {
  port: number;
  /** The plugin's COMPLAINTS_CLAMD value. */
  address: string;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startClamd(): Promise<TestClamd> {
  if (!fs.existsSync(CLAMD_BINARY)) {
    throw new Error(`${CLAMD_BINARY} is missing: install Debian's package clamav-daemon (apt-get install clamav-daemon), or set CLAMD_BINARY`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-clamd-'));
  const database = path.join(dir, 'db');
  fs.mkdirSync(database);
  const sample = eicar();
  fs.writeFileSync(path.join(database, 'test.hdb'), `${crypto.createHash('md5').update(sample).digest('hex')}:${sample.length}:Eicar-Test-Signature\n`);
  const port = await freePort();
  const config = path.join(dir, 'clamd.conf');
  fs.writeFileSync(
    config,
    [`DatabaseDirectory ${database}`, `TCPSocket ${port}`, 'TCPAddr 127.0.0.1', 'Foreground yes', `LogFile ${path.join(dir, 'clamd.log')}`, `TemporaryDirectory ${dir}`, 'StreamMaxLength 30M', ''].join('\n'),
  );

  let child: ChildProcess | null = null;
  let output = '';
  const up = async () => {
    child = spawn(CLAMD_BINARY, ['--config-file', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 60_000;
    while (!(await ping({ host: '127.0.0.1', port, timeoutSeconds: 2 }))) {
      if (child.exitCode !== null) throw new Error(`clamd exited with ${child.exitCode}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`clamd did not answer within 60 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const down = async () => {
    const running = child;
    child = null;
    await stopChild(running, 'SIGKILL');
  };
  await up();
  return {
    port,
    address: `127.0.0.1:${port}`,
    down,
    up,
    async close() {
      await down();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
