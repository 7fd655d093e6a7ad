#!/usr/bin/env node
/**
 * npm run bench:health -- [--postgres] [--seconds N] [--baseline-seconds N] [--pdf-clients N] [--skip-build]
 *
 * How fast the health route answers while heavy work runs, against the same route on the same idle
 * server in the same run. The heavy work is what froze the server before it moved to the worker pool
 * (services/work.ts): the PDF of a letter whose text holds a word of 20,000 characters, requested by
 * --pdf-clients (2) clients back to back, and rounds of 24 previews of a template that loops until
 * Liquid's limit stops it, one round after the other.
 *
 * The app runs in a child process (NODE_ENV=production) on a fresh SQLite file or, with --postgres, a
 * fresh PostgreSQL database. Setup through real routes: first admin, a department and a category, a
 * postal complaint acknowledged with the long answer; the outbox (polling every second) composes the
 * letter. Health is asked one request at a time with a 5 ms pause (a load balancer's probe, not a
 * flood): first --baseline-seconds (8) on the idle server, then --seconds (20) while the heavy work runs.
 * Prints p50/p95/p99/max of both, how much heavy work was done meanwhile and with which answers, and the
 * target (health p99 ≤ 200 ms under load). Figures only, no verdict beyond that line.
 */
const { parseArgs } = require('./lib/args');
const { startApp } = require('./lib/app');
const { ensureBuilt } = require('./lib/build');
const { createDatabase, connect } = require('./lib/database');
const { expectStatus } = require('./lib/http');
const { step } = require('./lib/log');
const { createAdmin, seedCatalog } = require('./lib/seed');

const USAGE = 'usage: node scripts/bench/health-under-load.js [--postgres] [--seconds N] [--baseline-seconds N] [--pdf-clients N] [--skip-build]';
const TARGET_P99_MS = 200;
const WORD = 'X'.repeat(20_000);
const LOOPING_BODY = '{% for i in (1..900) %}{% for j in (1..900) %}{% for k in (1..2) %}x{% endfor %}{% endfor %}{% endfor %}';
const PREVIEWS_PER_ROUND = 24;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Health, one request at a time, for `seconds`: the latencies in ms and the answers by status. */
async function sampleHealth(url, seconds) {
  const latencies = [];
  const statuses = {};
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const started = performance.now();
    let status;
    try {
      const res = await fetch(`${url}/api/complaints/health`);
      await res.arrayBuffer();
      status = String(res.status);
    } catch (error) {
      status = `error (${error.cause?.code ?? error.message})`;
    }
    latencies.push(performance.now() - started);
    statuses[status] = (statuses[status] ?? 0) + 1;
    await sleep(5);
  }
  return { latencies, statuses };
}

function figures(label, { latencies, statuses }) {
  const sorted = Float64Array.from(latencies).sort();
  const ms = (v) => `${v.toFixed(1)} ms`;
  return {
    label,
    samples: latencies.length,
    p50: ms(percentile(sorted, 50)),
    p95: ms(percentile(sorted, 95)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted[sorted.length - 1] ?? NaN),
    answers: Object.entries(statuses).map(([code, n]) => `${code}×${n}`).join(' '),
    p99Value: percentile(sorted, 99),
  };
}

/** Runs `request` back to back until `stopped()`; counts answers by status, and their time in ms. */
async function loop(stopped, request, tally) {
  while (!stopped()) {
    const started = performance.now();
    const statuses = await request();
    tally.ms.push(performance.now() - started);
    for (const status of statuses) tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2), {
    flags: ['postgres', 'skip-build'],
    numbers: ['seconds', 'baseline-seconds', 'pdf-clients'],
    defaults: { seconds: 20, 'baseline-seconds': 8, 'pdf-clients': 2 },
    usage: USAGE,
  });
  ensureBuilt({ skip: options['skip-build'] });
  const kind = options.postgres ? 'postgres' : 'sqlite';
  const db = await createDatabase(kind, 'health');
  step(`database: ${kind} (${db.name})`);
  let app;
  let client;
  try {
    app = await startApp({ db, env: { COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_POLL_SECONDS: '1' } });
    const { url } = app;
    const token = await createAdmin(url);
    const { departmentId, categoryId } = await seedCatalog(url, token);

    step('a postal complaint, acknowledged with an answer of one 20,000-character word…');
    const complaint = await expectStatus(201, url, 'POST', '/complaints/complaints', {
      token,
      body: { channel: 'post', complainantName: 'Truus Post', complainantAddress: 'Dorpsstraat 1', complainantPostalCode: '1234 AB', complainantCity: 'Amsterdam', categoryId, departmentId, description: 'De reparatie is drie keer afgezegd zonder bericht.' },
    });
    await expectStatus(200, url, 'POST', `/complaints/complaints/${complaint.data.id}/acknowledge`, { token, body: { answer: WORD } });
    client = await connect(db);
    let letter;
    for (let waited = 0; !letter; waited += 250) {
      if (waited > 60_000) throw new Error('the outbox did not compose the acknowledgement within 60 s');
      await sleep(250);
      [letter] = await client.query("SELECT id FROM complaints_letters WHERE complaint_id = ? AND kind = 'acknowledgement' AND status = 'to_print'", [complaint.data.id]);
    }
    const pdfPath = `/complaints/letters/${letter.id}/pdf`;
    const auth = { Authorization: `Bearer ${token}` };
    const getPdf = async () => {
      const res = await fetch(`${url}${pdfPath}`, { headers: auth });
      await res.arrayBuffer();
      return [String(res.status)];
    };
    const previewRound = async () => {
      const answers = await Promise.all(
        Array.from({ length: PREVIEWS_PER_ROUND }, async (_, i) => {
          const res = await fetch(`${url}/complaints/letter-templates/preview`, {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ kind: 'acknowledgement', subject: `Voorbeeld ${i}`, body: LOOPING_BODY }),
          });
          await res.arrayBuffer();
          return String(res.status);
        }),
      );
      return answers;
    };
    // one of each first: workers started, code warm, and a wrong setup fails here with its answer
    const firstPdf = performance.now();
    step(`first PDF: ${(await getPdf()).join()} in ${(performance.now() - firstPdf).toFixed(0)} ms; first preview round: ${summariseStatuses(await previewRound())}`);

    step(`health on the idle server, ${options['baseline-seconds']} s…`);
    const idle = await sampleHealth(url, options['baseline-seconds']);

    step(`health while ${options['pdf-clients']} clients fetch the PDF back to back and rounds of ${PREVIEWS_PER_ROUND} looping previews run, ${options.seconds} s…`);
    let stop = false;
    const pdfs = { statuses: {}, ms: [] };
    const previews = { statuses: {}, ms: [] };
    const loops = [
      ...Array.from({ length: options['pdf-clients'] }, () => loop(() => stop, getPdf, pdfs)),
      loop(() => stop, previewRound, previews),
    ];
    const loaded = await sampleHealth(url, options.seconds);
    stop = true;
    step('waiting for the heavy requests in flight…');
    await Promise.all(loops);

    const rows = [figures('health, idle server', idle), figures('health, under heavy work', loaded)];
    console.log('');
    console.table(rows.map(({ p99Value, ...row }) => row));
    const avg = (list) => (list.length ? `${(list.reduce((s, v) => s + v, 0) / list.length).toFixed(0)} ms` : '—');
    console.log(`heavy work meanwhile: PDFs (20,000-character word) ${formatTally(pdfs.statuses)}, mean ${avg(pdfs.ms)} each; preview rounds of ${PREVIEWS_PER_ROUND}: ${previews.ms.length}, answers ${formatTally(previews.statuses)}, mean ${avg(previews.ms)} per round`);
    const [base, load] = rows;
    console.log(`health p99: ${base.p99} idle, ${load.p99} under heavy work (×${(load.p99Value / base.p99Value).toFixed(1)}); target p99 ≤ ${TARGET_P99_MS} ms under heavy work`);
  } finally {
    await client?.close().catch(() => undefined);
    await app?.stop();
    await db.drop();
  }
}

function formatTally(statuses) {
  return Object.entries(statuses).map(([code, n]) => `${code}×${n}`).join(' ') || 'none';
}

function summariseStatuses(list) {
  const tally = {};
  for (const status of list) tally[status] = (tally[status] ?? 0) + 1;
  return formatTally(tally);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
