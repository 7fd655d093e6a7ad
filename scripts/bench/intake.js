#!/usr/bin/env node
/**
 * npm run bench:intake -- [--postgres] [--requests N] [--connections C] [--profile] [--db-timing]
 *                         [--skip-build]
 *
 * The public complaint submission (POST /api/complaints/submissions) against Strapi's own REST create on a
 * bare content type with the same fields (POST /api/bench-baseline/bench-complaints, scripts/bench/baseline-plugin), in one run on one instance: the
 * app in a child process on a fresh SQLite file (WAL, the default config) or a fresh PostgreSQL database.
 * The submission path is measured as it runs in production: rate limiter on (limit raised so it never
 * refuses), form token checked, reference, terms, audit event and outbox letters written; background jobs
 * off so the outbox worker does not compete for the CPU.
 *
 * Warm-up, then ABBA rounds of N requests (REST, submission, submission, REST); prints each round and
 * both paths pooled, checks in the database that every 201 submission was stored once with a unique
 * reference, and ends with the ratio line.
 *
 * Diagnostics (they cost the app CPU: compare headline figures from runs without them):
 *  --profile    a V8 CPU profile of the app in .tmp/bench-profiles/ (see profile-summary.js);
 *  --db-timing  per round: connection wait/hold by holder, time per SQL statement shape and event-loop
 *               delay of the app (lib/db-timing.js).
 */
const os = require('os');
const path = require('path');
const { parseArgs } = require('./lib/args');
const { startApp } = require('./lib/app');
const { ensureBuilt, ROOT } = require('./lib/build');
const { createDatabase, connect } = require('./lib/database');
const { expectStatus } = require('./lib/http');
const { measure, pool, summarise, table } = require('./lib/load');
const { cpuMeter } = require('./lib/cpu');
const { step } = require('./lib/log');
const { createAdmin, seedCatalog, grantPublic, complaintFields, submissionBody } = require('./lib/seed');

const USAGE = 'usage: node scripts/bench/intake.js [--postgres] [--requests N] [--connections C] [--profile] [--db-timing] [--skip-build]';
const REST_PATH = '/api/bench-baseline/bench-complaints';
const SUBMIT_PATH = '/api/complaints/submissions';
const BENCH_ACTION = 'plugin::bench-baseline.bench-complaint.create';

/** Every 201 submission, with the reference it returned (checked against the database at the end). */
const accepted = { count: 0, references: new Set() };

function recordSubmission(status, body) {
  if (status !== 201) return;
  accepted.count += 1;
  try {
    accepted.references.add(JSON.parse(body).data.reference);
  } catch {
    // counted; a 201 without a reference shows up as a mismatch in the check
  }
}

/** Both paths, with the request bodies each needs. */
function paths(catalog) {
  return {
    rest: { label: 'REST create', path: REST_PATH, makeBody: (i) => ({ data: complaintFields(i, catalog) }) },
    submit: { label: 'submission', path: SUBMIT_PATH, makeBody: (i) => submissionBody(i, catalog), onResponse: recordSubmission },
  };
}

/** One request each before any load: a wrong setup fails here with the app's answer, not as 2000 errors. */
async function checkOnce(url, catalog) {
  await expectStatus(201, url, 'POST', REST_PATH, { body: { data: complaintFields(0, catalog) } });
  const res = await fetch(`${url}${SUBMIT_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submissionBody(0, catalog)) });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${SUBMIT_PATH}: expected 201, got ${res.status}: ${text.slice(0, 1000)}`);
  recordSubmission(res.status, text);
}

/**
 * Warm-up (JIT, caches, connection pool) for both paths, then ABBA: REST, submission, submission, REST,
 * so neither path always runs on the larger tables or right after the other's load.
 */
async function runLoad(url, catalog, { requests, connections }, meter, mark = async () => {}) {
  const p = paths(catalog);
  const warm = Math.min(500, Math.max(100, Math.round(requests / 4)));
  const warmUp = {};
  for (const key of ['rest', 'submit']) {
    step(`warm-up: ${warm} × ${p[key].label} (${connections} connections)…`);
    warmUp[key] = await measure({ url, amount: warm, connections, ...p[key], label: `warm-up ${p[key].label}` });
  }
  const runs = { rest: [], submit: [], warmUp };
  const order = ['rest', 'submit', 'submit', 'rest'];
  for (const [i, key] of order.entries()) {
    step(`round ${i + 1}/4: ${requests} × ${p[key].label} (POST ${p[key].path}, ${connections} connections)…`);
    await mark();
    meter.start();
    const run = await measure({ url, amount: requests, connections, ...p[key], label: `${p[key].label} #${runs[key].length + 1}` });
    run.cpu = meter.stop();
    await mark();
    const s = summarise(run);
    step(`  ${s.rps.toFixed(1)} req/s, p99 ${s.p99.toFixed(1)} ms, non-2xx ${s.non2xx}${run.cpu.appMs === null ? '' : `, app CPU ${(run.cpu.appMs / run.requests).toFixed(2)} ms/request`}`);
    runs[key].push(run);
  }
  return runs;
}

/** Counts in the database itself: every 201 stored once, references unique and the ones we were given. */
async function verifyStored(db, restCreated) {
  const client = await connect(db);
  try {
    const [complaints] = await client.query('SELECT COUNT(*) AS n, COUNT(DISTINCT reference) AS refs FROM complaints_complaints');
    const [bench] = await client.query('SELECT COUNT(*) AS n FROM bench_complaints');
    const stored = new Set((await client.query('SELECT reference FROM complaints_complaints')).map((r) => r.reference));
    const missing = [...accepted.references].filter((r) => !stored.has(r)).length;
    return { complaints: Number(complaints.n), distinct: Number(complaints.refs), bench: Number(bench.n), restCreated, missing };
  } finally {
    await client.close();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    defaults: { postgres: false, requests: 2000, connections: 32, profile: false, 'db-timing': false, 'skip-build': false },
    flags: ['postgres', 'profile', 'db-timing', 'skip-build'],
    numbers: ['requests', 'connections'],
    usage: USAGE,
  });
  const kind = args.postgres ? 'postgres' : 'sqlite';
  step(`bench:intake on ${kind}: ${args.requests} requests per round, ${args.connections} connections; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  ensureBuilt({ skip: args['skip-build'] });
  const db = await createDatabase(kind, 'intake');
  step(`fresh ${kind} database: ${db.name}`);
  const profileDir = path.join(ROOT, '.tmp', 'bench-profiles');
  const nodeArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=intake-${kind}-${Date.now()}.cpuprofile`] : [];
  if (args['db-timing']) nodeArgs.push('-r', path.join(__dirname, 'lib', 'db-timing.js'));

  let app = null;
  try {
    step('starting Strapi (child process)…');
    app = await startApp({
      db,
      nodeArgs,
      env: {
        // The limiter stays on (it is part of the measured path) but never refuses within this run.
        COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '100000000/3600',
        // No outbox worker, sweep or retention job competing for the CPU; letters stay queued.
        COMPLAINTS_JOBS_ENABLED: 'false',
        LOG_LEVEL: 'warn',
      },
    });
    step('registering the first admin, seeding a department and a category, granting the baseline to the public role…');
    const token = await createAdmin(app.url);
    const catalog = await seedCatalog(app.url, token);
    await grantPublic(app.url, token, BENCH_ACTION);
    // The form token must be older than minFillSeconds (3 s): bodies carry tokens issued 5 s back.
    await checkOnce(app.url, catalog);

    // --db-timing: the child reports and resets its connection timings on SIGUSR2 (lib/db-timing.js).
    const mark = args['db-timing'] ? () => (app.child.kill('SIGUSR2'), new Promise((r) => setTimeout(r, 200))) : undefined;
    const meter = cpuMeter(app.child.pid, kind === 'postgres' ? 'postgres' : null);
    const runs = await runLoad(app.url, catalog, args, meter, mark);
    const rest = summarise(pool('REST create (pooled)', runs.rest));
    const submit = summarise(pool('submission (pooled)', runs.submit));
    // The check request and the warm-up created rows too.
    const restCreated = 1 + [runs.warmUp.rest, ...runs.rest].reduce((s, r) => s + (r.statuses[201] ?? 0), 0);

    step('stopping Strapi…');
    await app.stop();
    if (args.profile) step(`CPU profile written to ${profileDir} (node scripts/bench/profile-summary.js <file>)`);
    const check = await verifyStored(db, restCreated);

    console.log('');
    console.log(`Intake benchmark — ${kind}, ${args.requests} requests per round (ABBA), ${args.connections} connections`);
    console.log(table([...runs.rest, ...runs.submit].map(summarise).sort((a, b) => a.label.localeCompare(b.label))));
    console.log('');
    console.log(table([rest, submit]));
    console.log('');
    const ratio = submit.rps / rest.rps;
    const targetMet = ratio >= 1.5 && submit.p99 <= rest.p99;
    console.log(`target (≥ 1.5× REST throughput, p99 no worse): ${targetMet ? 'MET' : 'MISSED'}`);
    console.log(`baseline rows stored: ${check.bench} (REST 201 answers: ${check.restCreated})`);
    const ok = check.complaints === accepted.count && check.distinct === check.complaints && check.missing === 0 && accepted.references.size === accepted.count;
    console.log(
      `submissions stored: ${check.complaints} complaints for ${accepted.count} answers 201, ${check.distinct} distinct references, ` +
        `${check.missing} returned references missing — ${ok ? 'OK' : 'MISMATCH'}`,
    );
    const perRequest = (list, key) => (list.some((r) => r.cpu[key] === null) ? null : list.reduce((t, r) => t + r.cpu[key], 0) / list.reduce((t, r) => t + r.requests, 0));
    for (const [key, what] of [['appMs', 'app CPU (Strapi process)'], ['dbMs', 'database CPU (PostgreSQL server)']]) {
      const [a, b] = [perRequest(runs.rest, key), perRequest(runs.submit, key)];
      if (a !== null && b !== null) console.log(`${what} per request: REST create ${a.toFixed(2)} ms, submission ${b.toFixed(2)} ms (${(a / b).toFixed(2)}× less)`);
    }
    console.log(`ratio submissions/REST create: ${ratio.toFixed(2)} (throughput), p99 ${submit.p99.toFixed(1)} ms vs ${rest.p99.toFixed(1)} ms`);
    if (!ok) process.exitCode = 1;
  } finally {
    if (app) await app.stop();
    await db.drop().catch((error) => console.error(`could not remove the database ${db.name}: ${error.message}`));
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
