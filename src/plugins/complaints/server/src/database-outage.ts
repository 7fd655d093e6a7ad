/**
 * Which database errors mean "the database is not available right now" rather than "this request is
 * wrong" or "our code is wrong": those answer 503 with Retry-After (the caller may send the same request
 * again later) instead of 500. Kept apart from the services so the controllers, the app-wide middleware,
 * the commit group and the health check classify errors the same way.
 */
import { DatabaseUnavailableError } from './errors';

/** Seconds a client should wait after the database could not be reached (a restart or failover). */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;
/** Seconds after SQLite stayed locked by another process (a backup, a long migration): usually short. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/** Socket-level failures of the connection to PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/**
 * PostgreSQL SQLSTATEs: class 08 is "connection exception"; 57P01–57P03 are admin shutdown, crash
 * shutdown and "cannot connect now" (starting up, shutting down, in recovery).
 */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03']);
/**
 * node-postgres reports a connection lost mid-query without a code, by these messages (knex puts the SQL
 * in front of a query's message, hence not anchored).
 */
const LOST_CONNECTION = /Connection terminated|Client has encountered a connection error/;

export type DatabaseTrouble = 'outage' | 'busy';

/** The errors this one is made of: itself, its causes, and the parts of an AggregateError (IPv4 + IPv6). */
function* parts(error: unknown, depth = 0): Generator<any> {
  if (!error || typeof error !== 'object' || depth > 5) return;
  yield error;
  const e = error as { cause?: unknown; errors?: unknown };
  if (e.cause) yield* parts(e.cause, depth + 1);
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* parts(inner, depth + 1);
}

/** 'busy' for a SQLite lock held elsewhere, 'outage' for an unreachable database, otherwise null. */
export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  for (const e of parts(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code.startsWith('SQLITE_BUSY')) return 'busy';
    if (NETWORK_CODES.has(code) || code.startsWith('08') || POSTGRES_CODES.has(code)) return 'outage';
    const message = typeof e.message === 'string' ? e.message : '';
    // knex: every connection of the pool is taken or none can be made before acquireConnectionTimeout
    if (e.name === 'KnexTimeoutError' || message.startsWith('Knex: Timeout acquiring a connection')) return 'outage';
    if (LOST_CONNECTION.test(message)) return 'outage';
  }
  return null;
}

/** The 503 to answer for this error, or null when it is not about the database's availability. */
export function unavailableFor(error: unknown): DatabaseUnavailableError | null {
  if (error instanceof DatabaseUnavailableError) return error;
  const trouble = databaseTrouble(error);
  if (!trouble) return null;
  return new DatabaseUnavailableError(trouble === 'busy' ? BUSY_RETRY_AFTER_SECONDS : OUTAGE_RETRY_AFTER_SECONDS);
}

/**
 * Runs `work` again while SQLite is locked by another process, pausing without blocking (25 ms, doubling
 * up to 400 ms) for at most `budgetMs`; then the SQLITE_BUSY error goes to the caller. For background
 * writes (the outbox's claims, leases and marks) that must neither freeze the event loop in
 * better-sqlite3's synchronous busy wait nor give up at the first short lock.
 */
export async function retryWhileBusy<T>(work: () => Promise<T>, budgetMs = 5000): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pause = 25; ; pause = Math.min(pause * 2, 400)) {
    try {
      return await work();
    } catch (error) {
      if (databaseTrouble(error) !== 'busy' || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
