/**
 * ClamAV's daemon over its INSTREAM command (clamd's own protocol, documented in clamd(8)): the bytes go to
 * the scanner over a socket and never touch a file it would have to read. The `clamscan` package wraps the
 * same command but also looks for clamscan binaries on this host; only the socket is needed here.
 */
import net from 'node:net';

export interface ScannerAddress {
  /** A TCP scanner (clamd's TCPSocket/TCPAddr), or a local socket file (LocalSocket). */
  host?: string;
  port?: number;
  socket?: string;
  /** How long a scan may take before the scanner counts as unreachable. */
  timeoutSeconds: number;
}

export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/** The scanner could not be reached or did not answer: the document waits, it is not accepted. */
export class ScannerUnavailableError extends Error {
  constructor(cause: string) {
    super(`virus scanner unavailable: ${cause}`);
    this.name = 'ScannerUnavailableError';
  }
}

/** clamd's default StreamMaxLength is 25 MB; chunks well below it keep memory flat. */
const CHUNK = 64 * 1024;

function connect(address: ScannerAddress): net.Socket {
  return address.socket ? net.createConnection({ path: address.socket }) : net.createConnection({ host: address.host ?? '127.0.0.1', port: address.port ?? 3310 });
}

/** Whether the scanner answers PING with PONG (the tests wait for a clamd they start with it). */
export function ping(address: ScannerAddress): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(address);
    let answer = '';
    socket.setTimeout(address.timeoutSeconds * 1000, () => socket.destroy());
    socket.on('connect', () => socket.write('zPING\0'));
    socket.on('data', (data) => (answer += data.toString('utf8')));
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(answer.replace(/\0/g, '').trim() === 'PONG'));
  });
}

/** Scans the bytes; resolves with the verdict, rejects with ScannerUnavailableError when there is none. */
export function scan(address: ScannerAddress, bytes: Buffer): Promise<ScanVerdict> {
  return new Promise((resolve, reject) => {
    const socket = connect(address);
    let answer = '';
    let settled = false;
    const fail = (cause: string) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      reject(new ScannerUnavailableError(cause));
    };
    socket.setTimeout(address.timeoutSeconds * 1000, () => fail('no answer in time'));
    socket.on('error', (error) => fail((error as NodeJS.ErrnoException).code ?? error.message));
    socket.on('connect', () => {
      socket.write('zINSTREAM\0');
      for (let offset = 0; offset < bytes.length; offset += CHUNK) {
        const chunk = bytes.subarray(offset, offset + CHUNK);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunk.length, 0);
        socket.write(size);
        socket.write(chunk);
      }
      socket.write(Buffer.alloc(4)); // a zero-length chunk ends the stream
    });
    socket.on('data', (data) => (answer += data.toString('utf8')));
    socket.on('close', () => {
      if (settled) return;
      const text = answer.replace(/\0/g, '').trim();
      // "stream: OK", "stream: Eicar-Test-Signature FOUND", or "... ERROR" (size limit, a broken database)
      if (/^stream: OK$/.test(text)) {
        settled = true;
        resolve({ clean: true });
      } else if (/ FOUND$/.test(text)) {
        settled = true;
        resolve({ clean: false, signature: text.replace(/^stream: /, '').replace(/ FOUND$/, '') });
      } else {
        fail(text ? `scanner answered "${text.slice(0, 200)}"` : 'connection closed without an answer');
      }
    });
  });
}
