/**
 * Another process that holds SQLite's write lock on a database file (as a second instance, a backup tool
 * or `sqlite3` on the command line would), until the test releases it.
 */
import { spawn } from 'child_process';

export interface HeldLock {
  release(): Promise<void>;
}

const HOLDER = `
const Database = require(process.env.BETTER_SQLITE3);
const db = new Database(process.env.LOCK_FILE);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.once('data', () => {
  db.exec('ROLLBACK');
  db.close();
  process.stdout.write('released\\n');
  process.exit(0);
});
`;

export async function holdWriteLock(file: string): Promise<HeldLock> {
  const child = spawn(process.execPath, ['-e', HOLDER], {
    env: { ...process.env, BETTER_SQLITE3: require.resolve('better-sqlite3'), LOCK_FILE: file },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => output.includes(word) && resolve();
      child.stdout!.on('data', (chunk) => {
        output += chunk;
        check();
      });
      child.stderr!.on('data', (chunk) => (output += chunk));
      child.once('exit', (code) => (output.includes(word) ? resolve() : reject(new Error(`lock holder exited with ${code}: ${output}`))));
      check();
    });
  await said('locked');
  return {
    async release() {
      if (child.exitCode !== null) return;
      const released = said('released');
      child.stdin!.write('release\n');
      await released;
    },
  };
}
