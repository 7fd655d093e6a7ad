/**
 * Diagnostic preload (--db-timing): how long each database connection is waited for and held, by who
 * holds it (a transaction, the rate limiter, a single query), the time per SQL statement shape, and the
 * event-loop delay. On SQLite knex has one connection, so
 * every transaction holds the whole database from BEGIN to COMMIT, including the JavaScript that runs
 * between its statements; the sum of hold times over the run's wall time is the connection's
 * utilisation. Printed on SIGUSR2, then reset (the benchmark sends one before and after each measured
 * round), and when the process exits (Strapi's SIGTERM handler calls process.exit). Capturing a stack per
 * acquire costs some CPU: use it to see where time goes, not for the headline figures.
 */
const path = require('path');
const { monitorEventLoopDelay } = require('perf_hooks');

// How late timers fire: every synchronous stretch (a SQLite COMMIT, rendering, JSON) delays every other
// request or letter in flight by that much.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

const Client = require(require.resolve('knex/lib/client', { paths: [path.join(__dirname, '..', '..', '..')] }));
const stats = new Map();
const statements = new Map();
const held = new WeakMap();
let first = 0;
let last = 0;

function holderOf(stack) {
  if (stack.includes('rate-limiter-flexible')) return 'rate limiter';
  if (stack.includes('execution/transaction.js')) {
    if (stack.includes('plugins/complaints')) return 'transaction (complaints plugin)';
    return 'transaction (Strapi)';
  }
  return stack.includes('plugins/complaints') ? 'query (complaints plugin)' : 'query (Strapi)';
}

const acquire = Client.prototype.acquireConnection;
Client.prototype.acquireConnection = async function timedAcquire() {
  const asked = performance.now();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60; // the caller in the plugin sits below knex's and Strapi's frames
  const holder = holderOf(new Error().stack);
  Error.stackTraceLimit = limit;
  const connection = await acquire.call(this);
  const got = performance.now();
  if (!first) first = asked;
  held.set(connection, { holder, asked, got });
  return connection;
};

/** "insert complaints_letters", "select up_permissions", "BEGIN", …: the verb and the first table. */
function shapeOf(sql) {
  const text = String(sql ?? '').trim();
  const verb = (/^\w+/.exec(text)?.[0] ?? '?').toUpperCase();
  // PostgreSQL names are schema-qualified ("public"."complaints_letters"): skip the schema.
  const table = /\b(?:from|into|update)\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/i.exec(text)?.[1] ?? '';
  return `${verb} ${table}`.trim();
}

// Time per statement, from handing it to the driver to its result (SQLite runs it synchronously inside;
// on PostgreSQL this includes the round trip).
const query = Client.prototype.query;
Client.prototype.query = async function timedQuery(connection, queryParam) {
  const started = performance.now();
  try {
    return await query.call(this, connection, queryParam);
  } finally {
    const key = shapeOf(typeof queryParam === 'string' ? queryParam : queryParam?.sql);
    const s = statements.get(key) ?? { n: 0, ms: 0 };
    s.n += 1;
    s.ms += performance.now() - started;
    statements.set(key, s);
  }
};

const release = Client.prototype.releaseConnection;
Client.prototype.releaseConnection = function timedRelease(connection) {
  const entry = held.get(connection);
  if (entry) {
    held.delete(connection);
    const now = performance.now();
    last = now;
    const s = stats.get(entry.holder) ?? { n: 0, wait: 0, hold: 0, maxHold: 0 };
    s.n += 1;
    s.wait += entry.got - entry.asked;
    s.hold += now - entry.got;
    s.maxHold = Math.max(s.maxHold, now - entry.got);
    stats.set(entry.holder, s);
  }
  return release.call(this, connection);
};

function report(label) {
  const wall = last - first;
  if (!stats.size) return;
  const lines = [...stats.entries()]
    .sort((a, b) => b[1].hold - a[1].hold)
    .map(([holder, s]) => `  ${holder.padEnd(32)} ${String(s.n).padStart(7)} × wait ${(s.wait / s.n).toFixed(2).padStart(7)} ms, hold ${(s.hold / s.n).toFixed(2).padStart(6)} ms (max ${s.maxHold.toFixed(1)}), held ${((100 * s.hold) / wall).toFixed(1)}% of the time`);
  const queries = [...statements.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 14)
    .map(([key, s]) => `  ${key.padEnd(40)} ${String(s.n).padStart(7)} × ${(s.ms / s.n).toFixed(3).padStart(7)} ms = ${(s.ms / 1000).toFixed(2)} s`);
  const ms = (ns) => (ns / 1e6).toFixed(1);
  const loop = `event-loop delay p50 ${ms(loopDelay.percentile(50))} ms, p99 ${ms(loopDelay.percentile(99))} ms, max ${ms(loopDelay.max)} ms`;
  require('fs').writeSync(1, `[db-timing] ${label}: ${loop}; connections over ${(wall / 1000).toFixed(1)} s:\n${lines.join('\n')}\n[db-timing] statements (knex):\n${queries.join('\n')}\n`);
}

/** SIGUSR2 from the benchmark: report what was measured since the last one, and start over. */
process.on('SIGUSR2', () => {
  report('since the last mark');
  stats.clear();
  statements.clear();
  loopDelay.reset();
  first = 0;
});

// Strapi's destroy() removes every process listener (an 'exit' handler included) before it exits.
const exit = process.exit;
process.exit = function exitWithReport(code) {
  report('until exit');
  return exit.call(process, code);
};
