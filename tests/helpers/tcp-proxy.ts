/**
 * A TCP relay between a Strapi instance and PostgreSQL that a test can cut and restore: a real outage as
 * the application sees one (open connections reset, new ones refused), without touching the shared
 * PostgreSQL server the other test files use.
 */
import net from 'net';
import type { AddressInfo } from 'net';

export interface TcpProxy {
  port: number;
  /** Resets every open connection and stops listening: new connections are refused. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;

  const relay = (client: net.Socket) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  };

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const next = net.createServer(relay);
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        server = next;
        resolve((next.address() as AddressInfo).port);
      });
    });

  const cut = () =>
    new Promise<void>((resolve) => {
      const closing = server;
      server = null;
      // a reset, as when the database host goes away, rather than an orderly close
      for (const socket of sockets) socket.resetAndDestroy();
      if (!closing) return resolve();
      closing.close(() => resolve());
    });

  const port = await listen(0);
  return { port, cut, restore: async () => void (await listen(port)), close: cut };
}
