#!/usr/bin/env node
/**
 * npm run bench:outbox -- [--postgres] [--letters N] [--warmup N] [--concurrency C] [--smtp-greeting-pause]
 *                         [--tcp-nodelay] [--profile] [--db-timing] [--skip-build]
 *
 * The outbox worker (outbox/) against raw nodemailer, in one run:
 *  - a counting SMTP server in its own process (Message-IDs only, no parsing);
 *  - raw nodemailer: N messages with the content of a real letter, as many at a time as the outbox sends
 *    (COMPLAINTS_OUTBOX_CONCURRENCY, 8 by default), one SMTP connection per message (the app's provider
 *    without pool) and the same nodemailer copy the provider loads;
 *  - the app (child process) with jobs on and the outbox polling every second: one complaint filed through
 *    the public route gives a real letter row, N copies of it are queued in complaints_letters (fresh
 *    message_id and document_id, status queued); the drain runs from the worker's first claim to the
 *    last letter's sent_at (rendered, sent, marked), and the SMTP server must have seen every Message-ID
 *    exactly once. The database is polled only a few times a second: the probe is work for it too.
 * First a round of --warmup N (500) through each path that is not measured, so both are measured with
 * JIT-compiled code, as in a process that has been up a while. Then A B B A: raw nodemailer, the outbox
 * twice, raw nodemailer again; the outbox rounds pooled against the mean of the raw ones. The last line
 * is the ratio outbox / raw nodemailer.
 *
 * The SMTP server greets at once; --smtp-greeting-pause keeps smtp-server's built-in 100 ms pause per
 * connection (see lib/smtp-child.js), which caps both paths at ~55 letters/s.
 * Diagnostics (they change what is measured; compare headline figures from runs without them):
 *  --concurrency C   outbox and raw nodemailer both C at a time;
 *  --no-nodelay      both paths without TCP_NODELAY (the app with SMTP_NODELAY=false): nodemailer's own
 *                    default, which adds ~40 ms per message of Nagle + delayed ACK to both;
 *  --tcp-nodelay     TCP_NODELAY on every outgoing socket of both processes (lib/nodelay.js);
 *  --profile         a V8 CPU profile of the app (.tmp/bench-profiles/, see profile-summary.js);
 *  --db-timing       connection wait/hold, statement times and event-loop delay of the app during the
 *                    drain (lib/db-timing.js).
 */
const crypto = require('crypto');
const net = require('net');
/** TCP_NODELAY on the SMTP sockets, as config/plugins.ts sets it for the app (SMTP_NODELAY, default on). */
const NODELAY = !process.argv.includes('--no-nodelay');
const os = require('os');
const path = require('path');
const { parseArgs } = require('./lib/args');
const { startApp } = require('./lib/app');
const { ensureBuilt, ROOT } = require('./lib/build');
const { pluginSource } = require('./lib/plugin-source');
const { createDatabase, connect } = require('./lib/database');
const { step } = require('./lib/log');
const { createAdmin, seedCatalog, submissionBody } = require('./lib/seed');
const { startSmtp } = require('./lib/smtp');
const { expectStatus } = require('./lib/http');

const USAGE = 'usage: node scripts/bench/outbox.js [--postgres] [--letters N] [--warmup N] [--concurrency C] [--smtp-greeting-pause] [--no-nodelay] [--tcp-nodelay] [--profile] [--db-timing] [--skip-build]';
const MAIL_FROM = 'klachten@gemeente-voorbeeld.nl';
/**
 * The outbox's default parallelism (COMPLAINTS_OUTBOX_CONCURRENCY); raw nodemailer gets the same.
 * --concurrency C sets both, to see what another setting would give.
 */
const DEFAULT_CONCURRENCY = 8;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The nodemailer the app's email provider loads (its own pinned copy when it has one). */
function providerNodemailer() {
  const providerDir = path.dirname(require.resolve('@strapi/provider-email-nodemailer/package.json', { paths: [ROOT] }));
  const resolved = require.resolve('nodemailer', { paths: [providerDir] });
  const version = require(path.join(resolved.replace(/lib[\\/]nodemailer\.js$/, ''), 'package.json')).version;
  return { nodemailer: require(resolved), version };
}

/** Waits until `probe()` returns a truthy value; polls every `everyMs`. */
async function waitFor(probe, { everyMs, timeoutMs, what, progress }) {
  const deadline = Date.now() + timeoutMs;
  let lastProgress = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    if (progress && Date.now() - lastProgress > 2000) {
      lastProgress = Date.now();
      await progress();
    }
    await sleep(everyMs);
  }
}

/**
 * A real letter: one complaint filed through the public route makes the app queue its letters
 * (submission_received to the complainant, staff_new_complaint to the department); once the worker has
 * sent them, the complainant's letter row is the template for the copies and for raw nodemailer.
 */
async function realLetter(url, client, catalog) {
  await expectStatus(201, url, 'POST', '/api/complaints/submissions', { body: submissionBody(1, catalog) });
  await waitFor(
    async () => {
      const rows = await client.query("SELECT COUNT(*) AS n, SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS sent FROM complaints_letters");
      return Number(rows[0].n) > 0 && Number(rows[0].n) === Number(rows[0].sent);
    },
    { everyMs: 100, timeoutMs: 60_000, what: 'the first complaint’s letters to be sent' },
  );
  const [letter] = await client.query("SELECT * FROM complaints_letters WHERE kind = 'submission_received' ORDER BY id LIMIT 1");
  if (!letter) throw new Error('the filed complaint queued no submission_received letter');
  return letter;
}

/**
 * The letter's subject, HTML and text as the worker sent them: the app stores the body as blocks, and
 * renders the HTML and text parts from them with the plugin's own code, used here the same way.
 */
function contentOf(letter) {
  const { renderLetter } = pluginSource('server/src/letters/render.ts');
  const { defaultTemplate } = pluginSource('server/src/letters/defaults/index.ts');
  const context = typeof letter.context === 'string' ? JSON.parse(letter.context) : letter.context;
  const rendered = renderLetter(defaultTemplate(letter.kind, letter.audience, letter.locale), context);
  if (rendered.subject !== letter.subject) throw new Error(`the rendered subject differs from the sent one: ${rendered.subject}`);
  return { subject: rendered.subject, html: rendered.html, text: rendered.text, contextLength: JSON.stringify(context).length };
}

/** N messages with the letter's content, `concurrency` at a time, each over its own SMTP connection. */
async function rawNodemailer(nodemailer, smtp, letter, content, count, label, concurrency) {
  // The same transport settings as the app (config/plugins.ts): TCP_NODELAY on the socket unless the app
  // runs with SMTP_NODELAY=false (--no-nodelay), so the two paths differ only in what the outbox adds.
  const getSocket = NODELAY
    ? (options, callback) => {
        const socket = net.connect(options.port, options.host);
        socket.setNoDelay(true);
        socket.once('connect', () => callback(null, { connection: socket }));
        socket.once('error', (error) => callback(error));
      }
    : undefined;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, getSocket });
  const seed = crypto.randomBytes(3).toString('hex');
  const ids = Array.from({ length: count }, (_, i) => `<raw.${label}.${seed}.${i}@gemeente-voorbeeld.nl>`);
  let next = 0;
  const started = process.hrtime.bigint();
  const lane = async () => {
    while (next < count) {
      const messageId = ids[next++];
      await transport.sendMail({
        from: MAIL_FROM,
        replyTo: MAIL_FROM,
        to: { name: letter.recipient_name, address: letter.recipient_email },
        subject: content.subject,
        text: content.text,
        html: content.html,
        messageId,
        headers: { 'X-Klacht-Referentie': 'KL-BENCH', 'X-Klacht-Brief': letter.kind },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  transport.close();
  const delivery = await deliveryOf(smtp, ids);
  return { label, count, seconds, rate: count / seconds, ...delivery };
}

/** How often the SMTP server saw each expected Message-ID: missing, delivered more than once. */
async function deliveryOf(smtp, ids) {
  const { counts, total } = await smtp.stats();
  let missing = 0;
  let duplicates = 0;
  for (const id of ids) {
    const n = counts.get(id) ?? 0;
    if (n === 0) missing += 1;
    if (n > 1) duplicates += n - 1;
  }
  return { missing, duplicates, smtpTotal: total };
}

/** A copy of the template row as a fresh queued letter (what services/letters.ts row() makes). */
function copyOf(template, i, seed, kind) {
  const row = { ...template };
  delete row.id;
  const reference = String(template.message_id).replace(/^<([^.]+)\..*$/, '$1');
  Object.assign(row, {
    document_id: crypto.randomBytes(12).toString('hex').slice(0, 24),
    message_id: `<${reference}.${template.kind}.bench${seed}${i}@gemeente-voorbeeld.nl>`,
    status: 'queued',
    attempts: 0,
    subject: null,
    blocks: null,
    claimed_by: null,
    claimed_until: null,
    last_error: null,
    sent_at: null,
    printed_at: null,
    dedupe_key: null,
  });
  if (kind === 'postgres') {
    // pg returns json columns parsed; they go back as JSON text.
    for (const [key, value] of Object.entries(row)) if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) row[key] = JSON.stringify(value);
  }
  return row;
}

/** Inserts N copies in one transaction, so the worker sees all of them at once. Returns their ids' floor. */
async function queueCopies(client, template, count) {
  const [{ maxId }] = await client.query('SELECT MAX(id) AS "maxId" FROM complaints_letters');
  const seed = crypto.randomBytes(3).toString('hex');
  const rows = Array.from({ length: count }, (_, i) => copyOf(template, i, seed, client.kind));
  const columns = Object.keys(rows[0]);
  const perStatement = Math.max(1, Math.floor(900 / columns.length));
  await client.transaction(async (query) => {
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const values = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
      await query(`INSERT INTO complaints_letters (${columns.join(', ')}) VALUES ${values}`, chunk.flatMap((r) => columns.map((c) => r[c])));
    }
  });
  return { floorId: Number(maxId), messageIds: rows.map((r) => r.message_id) };
}

async function statusCounts(client, floorId) {
  const rows = await client.query('SELECT status, COUNT(*) AS n FROM complaints_letters WHERE id > ? GROUP BY status', [floorId]);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Two outbox rounds as one: letters over seconds, delivery counts and final statuses added up. */
function pooled(rounds) {
  const sum = (key) => rounds.reduce((total, r) => total + r[key], 0);
  const final = {};
  for (const r of rounds) for (const [status, n] of Object.entries(r.final)) final[status] = (final[status] ?? 0) + n;
  return { count: sum('count'), seconds: sum('seconds'), rate: sum('count') / sum('seconds'), missing: sum('missing'), duplicates: sum('duplicates'), final, rounds };
}

/** Queues N copies, then times the worker from its first claim until every copy is `sent`. */
async function outboxRun(client, smtp, template, count, mark = () => {}) {
  mark();
  const { floorId, messageIds } = await queueCopies(client, template, count);
  const queuedAt = Date.now();
  step(`queued ${count} letters; waiting for the worker's first claim (it polls every second)…`);
  const firstClaimAt = await waitFor(
    async () => {
      const [row] = await client.query("SELECT COUNT(*) AS n FROM complaints_letters WHERE id > ? AND status <> 'queued'", [floorId]);
      return Number(row.n) > 0 ? Date.now() : 0;
    },
    { everyMs: 5, timeoutMs: 30_000, what: 'the first claim' },
  );
  step(`first claim after ${((firstClaimAt - queuedAt) / 1000).toFixed(2)} s; draining…`);
  // Polled only a few times a second (a count over the letters is work for the database the worker
  // shares); the drain ends at the last letter's sent_at, which the worker records to the millisecond.
  await waitFor(
    async () => {
      const [row] = await client.query("SELECT COUNT(*) AS n FROM complaints_letters WHERE id > ? AND status = 'sent'", [floorId]);
      return Number(row.n) === count;
    },
    {
      everyMs: 250,
      timeoutMs: Math.max(120_000, count * 100),
      what: `${count} letters to be sent`,
      progress: async () => step(`  ${JSON.stringify(await statusCounts(client, floorId))}`),
    },
  );
  const [last] = await client.query('SELECT MAX(sent_at) AS at FROM complaints_letters WHERE id > ?', [floorId]);
  const doneAt = new Date(last.at).getTime();
  const seconds = (doneAt - firstClaimAt) / 1000;
  mark();
  const delivery = await deliveryOf(smtp, messageIds);
  const final = await statusCounts(client, floorId);
  return { count, seconds, rate: count / seconds, final, ...delivery };
}

async function main() {
  const args = parseArgs(process.argv.slice(2), {
    defaults: { postgres: false, letters: 2000, warmup: 500, concurrency: DEFAULT_CONCURRENCY, profile: false, 'skip-build': false, 'smtp-greeting-pause': false, 'tcp-nodelay': false, 'no-nodelay': false, 'db-timing': false },
    flags: ['postgres', 'profile', 'skip-build', 'smtp-greeting-pause', 'tcp-nodelay', 'no-nodelay', 'db-timing'],
    numbers: ['letters', 'warmup', 'concurrency'],
    usage: USAGE,
  });
  const kind = args.postgres ? 'postgres' : 'sqlite';
  const count = args.letters;
  const concurrency = args.concurrency;
  step(`bench:outbox on ${kind}: ${count} letters, concurrency ${concurrency}; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  ensureBuilt({ skip: args['skip-build'] });
  const nodelay = args['tcp-nodelay'];
  if (nodelay) require('./lib/nodelay');
  const { nodemailer, version } = providerNodemailer();
  const smtp = await startSmtp({ greetingPause: args['smtp-greeting-pause'] });
  const greeting = smtp.greetingPause ? "smtp-server's 100 ms pause before each greeting" : 'greeting at once';
  step(`counting SMTP server on 127.0.0.1:${smtp.port} (pid ${smtp.pid}, ${greeting}); nodemailer ${version} (the email provider's copy)`);
  const db = await createDatabase(kind, 'outbox');
  step(`fresh ${kind} database: ${db.name}`);
  const profileDir = path.join(ROOT, '.tmp', 'bench-profiles');
  const nodeArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=outbox-${kind}-${Date.now()}.cpuprofile`] : [];
  if (nodelay) nodeArgs.push('-r', path.join(__dirname, 'lib', 'nodelay.js'));
  if (args['db-timing']) nodeArgs.push('-r', path.join(__dirname, 'lib', 'db-timing.js'));

  let app = null;
  let client = null;
  try {
    step('starting Strapi (child process) with jobs on, SMTP pointing at the counting server…');
    app = await startApp({
      db,
      nodeArgs,
      env: {
        COMPLAINTS_JOBS_ENABLED: 'true',
        COMPLAINTS_OUTBOX_POLL_SECONDS: '1',
        COMPLAINTS_OUTBOX_CONCURRENCY: String(concurrency),
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_SECURE: 'false',
        SMTP_IGNORE_TLS: 'true',
        SMTP_NODELAY: String(NODELAY),
        MAIL_FROM,
        LOG_LEVEL: 'warn',
      },
    });
    client = await connect(db);
    step('registering the first admin, seeding a department and a category, filing one complaint…');
    const token = await createAdmin(app.url);
    const catalog = await seedCatalog(app.url, token);
    const template = await realLetter(app.url, client, catalog);
    const content = contentOf(template);
    step(`template letter: #${template.id} ${template.kind}, ${content.html.length} chars HTML, ${content.contextLength} chars context`);

    // Both paths first run a round that is not measured, so that both are measured with compiled code
    // (V8 starts every function in its interpreter), as they run in a process that has been up a while.
    if (args.warmup > 0) {
      step(`warm-up, not measured: ${args.warmup} messages through raw nodemailer, ${args.warmup} letters through the outbox…`);
      await rawNodemailer(nodemailer, smtp, template, content, args.warmup, 'warm-up', concurrency);
      await outboxRun(client, smtp, template, args.warmup);
    }

    step(`raw nodemailer (before): ${count} messages, ${concurrency} at a time…`);
    const rawBefore = await rawNodemailer(nodemailer, smtp, template, content, count, 'before', concurrency);
    step(`  ${rawBefore.rate.toFixed(1)} letters/s`);

    // --db-timing: the child reports and resets its connection timings on SIGUSR2 (lib/db-timing.js).
    const mark = args['db-timing'] ? () => app.child.kill('SIGUSR2') : undefined;
    // A B B A: two outbox rounds between the raw ones, pooled, so a slow moment weighs less on either side
    const rounds = [];
    for (let round = 1; round <= 2; round += 1) {
      rounds.push(await outboxRun(client, smtp, template, count, mark));
      step(`  outbox round ${round}: ${rounds[round - 1].rate.toFixed(1)} letters/s`);
    }
    const outbox = pooled(rounds);

    step(`raw nodemailer (after): ${count} messages, ${concurrency} at a time…`);
    const rawAfter = await rawNodemailer(nodemailer, smtp, template, content, count, 'after', concurrency);
    step(`  ${rawAfter.rate.toFixed(1)} letters/s`);

    await client.close();
    client = null;
    step('stopping Strapi…');
    await app.stop();
    if (args.profile) step(`CPU profile written to ${profileDir} (node scripts/bench/profile-summary.js <file>)`);

    const raw = (rawBefore.rate + rawAfter.rate) / 2;
    const ratio = outbox.rate / raw;
    console.log('');
    console.log(`Outbox benchmark — ${kind}, ${count} letters, concurrency ${concurrency}, one SMTP connection per message, SMTP ${greeting}, ${NODELAY ? 'TCP_NODELAY on both (as the app is configured)' : 'TCP_NODELAY off on both'}${nodelay ? ', TCP_NODELAY on every socket (diagnostic)' : ''}`);
    for (const r of [rawBefore, rawAfter]) {
      console.log(`raw nodemailer (${r.label}):  ${r.rate.toFixed(1).padStart(7)} letters/s  ${r.seconds.toFixed(2)} s  missing ${r.missing}, duplicates ${r.duplicates}`);
    }
    console.log(`raw nodemailer (mean):    ${raw.toFixed(1).padStart(7)} letters/s`);
    for (const [i, r] of outbox.rounds.entries()) console.log(`outbox worker (round ${i + 1}):  ${r.rate.toFixed(1).padStart(7)} letters/s  drain ${r.seconds.toFixed(2)} s (first claim → all ${count} sent)`);
    console.log(`outbox worker (pooled):   ${outbox.rate.toFixed(1).padStart(7)} letters/s`);
    console.log(`outbox rows: ${JSON.stringify(outbox.final)}; at the SMTP server: missing ${outbox.missing}, duplicates ${outbox.duplicates}`);
    const ok = outbox.missing === 0 && outbox.duplicates === 0 && outbox.final.sent === outbox.count;
    const verdict = (ok) => (ok ? 'MET' : 'MISSED');
    const absolute = kind === 'sqlite' ? verdict(outbox.rate >= 200) : `${verdict(outbox.rate >= 200)} (the 200/s target is set for SQLite)`;
    console.log(`targets: ≥ 200 letters/s ${absolute}; ≥ 0.6× raw nodemailer ${verdict(ratio >= 0.6)}`);
    console.log(`delivery check: ${ok ? 'OK, every Message-ID exactly once' : 'MISMATCH'}`);
    console.log(`ratio outbox/raw nodemailer: ${ratio.toFixed(2)} (${outbox.rate.toFixed(1)} vs ${raw.toFixed(1)} letters/s), drain ${outbox.rounds.map((r) => r.seconds.toFixed(2)).join(' + ')} s, duplicates ${outbox.duplicates}`);
    if (!ok) process.exitCode = 1;
  } finally {
    if (client) await client.close().catch(() => undefined);
    if (app) await app.stop();
    await smtp.close();
    await db.drop().catch((error) => console.error(`could not remove the database ${db.name}: ${error.message}`));
  }
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
