/**
 * A real IMAP server for the tests: Debian's Dovecot (package `dovecot-imapd`) started from its binary in a
 * temp folder with its own configuration, one test user with a password and a Maildir. Tests deliver mails
 * by writing them into the Maildir as a mail server's local delivery does (tmp/ then new/), so a mail's file
 * time is its IMAP arrival date. It can go down and come back on the same port (a mailbox outage).
 */
import { spawn, type ChildProcess } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { freePort, stopChild } from './process';

export const DOVECOT_BINARY = process.env.DOVECOT_BINARY ?? '/usr/sbin/dovecot';

export interface TestMailbox {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The inbox's Maildir (with cur/, new/ and tmp/). */
  maildir: string;
  /** Puts a mail into the inbox (or a folder) and returns its file name in new/. */
  deliver(raw: Buffer | string, folder?: string): string;
  createFolder(name: string): void;
  /** Mails in the inbox or a folder, read or not. */
  count(folder?: string): number;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

/** Waits for the IMAP greeting; false while nothing answers. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString('latin1').startsWith('* OK')));
  });
}

export async function startDovecot(): Promise<TestMailbox> {
  if (!fs.existsSync(DOVECOT_BINARY)) {
    throw new Error(`${DOVECOT_BINARY} is missing: install Debian's package dovecot-imapd (apt-get install dovecot-imapd), or set DOVECOT_BINARY`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-dovecot-'));
  // Dovecot's own processes (auth, imap as the mail user) must reach the password file and the Maildir
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  const user = 'klachten';
  const password = crypto.randomBytes(12).toString('hex');
  const home = path.join(dir, 'home');
  const maildir = path.join(home, 'Maildir');
  const log = path.join(dir, 'dovecot.log');

  // As root, Dovecot drops to its own users and the mail belongs to an unprivileged one; otherwise all of it runs
  // as the current user (Dovecot's unprivileged mode: no chroot, no user switch).
  const root = process.getuid?.() === 0;
  const mailUid = root ? 65534 : process.getuid!();
  const mailGid = root ? 65534 : process.getgid!();
  const me = os.userInfo().username;
  fs.mkdirSync(home, { recursive: true });
  for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(maildir, sub), { recursive: true });
  const own = (target: string) => {
    if (root) fs.chownSync(target, mailUid, mailGid);
  };
  own(home);
  own(maildir);
  for (const sub of ['cur', 'new', 'tmp']) own(path.join(maildir, sub));
  fs.writeFileSync(path.join(dir, 'users'), `${user}:{PLAIN}${password}::::::\n`);

  const config = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    config,
    [
      `base_dir = ${path.join(dir, 'run')}`,
      `state_dir = ${path.join(dir, 'state')}`,
      `log_path = ${log}`,
      `info_log_path = ${log}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `mail_location = maildir:${maildir}`,
      'first_valid_uid = 0',
      `default_login_user = ${root ? 'dovenull' : me}`,
      `default_internal_user = ${root ? 'dovecot' : me}`,
      'passdb {',
      '  driver = passwd-file',
      `  args = scheme=PLAIN username_format=%u ${path.join(dir, 'users')}`,
      '}',
      'userdb {',
      '  driver = static',
      `  args = uid=${mailUid} gid=${mailGid} home=${home}`,
      '}',
      'service imap-login {',
      '  inet_listener imap {',
      '    address = 127.0.0.1',
      `    port = ${port}`,
      '  }',
      '  inet_listener imaps {',
      '    port = 0',
      '  }',
      ...(root ? [] : ['  chroot =']),
      '}',
      ...(root ? [] : ['service anvil {', '  chroot =', '}']),
      '',
    ].join('\n'),
  );

  let child: ChildProcess | null = null;
  let output = '';
  const up = async () => {
    child = spawn(DOVECOT_BINARY, ['-F', '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    const deadline = Date.now() + 30_000;
    while (!(await greets(port))) {
      const logged = () => `${output}${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`;
      if (child.exitCode !== null) throw new Error(`dovecot exited with ${child.exitCode}:\n${logged()}`);
      if (Date.now() > deadline) throw new Error(`dovecot did not greet within 30 s:\n${logged()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const down = async () => {
    const running = child;
    child = null;
    // the master takes its login and imap processes with it
    await stopChild(running, 'SIGTERM');
    // the listener is gone once nothing greets any more
    for (let i = 0; i < 50 && (await greets(port)); i++) await new Promise((r) => setTimeout(r, 100));
  };

  /** A Maildir++ folder: ".Name" beside cur/new/tmp; the inbox is the Maildir itself. */
  const folderDir = (folder?: string) => (!folder || folder.toUpperCase() === 'INBOX' ? maildir : path.join(maildir, `.${folder}`));
  const createFolder = (name: string) => {
    const target = folderDir(name);
    for (const sub of ['', 'cur', 'new', 'tmp']) {
      fs.mkdirSync(path.join(target, sub), { recursive: true });
      own(path.join(target, sub));
    }
  };
  let delivered = 0;
  const deliver = (raw: Buffer | string, folder?: string) => {
    const target = folderDir(folder);
    if (!fs.existsSync(target)) createFolder(folder!);
    delivered += 1;
    const name = `${Date.now()}.M${delivered}P${process.pid}.complaints-test`;
    const temporary = path.join(target, 'tmp', name);
    fs.writeFileSync(temporary, raw);
    own(temporary);
    fs.renameSync(temporary, path.join(target, 'new', name));
    return name;
  };
  const count = (folder?: string) => {
    const target = folderDir(folder);
    if (!fs.existsSync(target)) return 0;
    return ['new', 'cur'].reduce((sum, sub) => sum + fs.readdirSync(path.join(target, sub)).length, 0);
  };

  await up();
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    maildir,
    deliver,
    createFolder,
    count,
    down,
    up,
    async close() {
      await down();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
