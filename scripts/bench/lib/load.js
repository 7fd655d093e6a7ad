/**
 * Load generation with autocannon, N requests over C connections. Latencies are recorded per response by
 * this module (autocannon's summary has no p95, and two runs of one path must be pooled before taking
 * percentiles), status codes are counted per code.
 */
const autocannon = require('autocannon');

/**
 * Sends `amount` POST requests to `path`; `makeBody(i)` builds each body (fresh form token, unique
 * name); `onResponse(status, body)` sees every answer (for the references the submissions return).
 */
function measure({ url, path, amount, connections, makeBody, onResponse, label }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const statuses = {};
    let n = 0;
    const startedAt = process.hrtime.bigint();
    // autocannon notices the end of an `amount` run on its 1 s ticker: time to the last answer instead.
    let lastAt = startedAt;
    const request = {
      method: 'POST',
      path,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      setupRequest: (req) => ({ ...req, body: JSON.stringify(makeBody(n++)) }),
    };
    if (onResponse) request.onResponse = (status, body) => onResponse(status, body);

    const instance = autocannon({ url, amount, connections, requests: [request], timeout: 60 }, (error, result) => {
      if (error) return reject(error);
      const seconds = Number(lastAt - startedAt) / 1e9;
      const answered = latencies.length;
      resolve({
        label,
        requests: answered,
        seconds,
        rps: answered / seconds,
        latencies,
        statuses,
        errors: result.errors,
        timeouts: result.timeouts,
      });
    });
    instance.on('response', (client, statusCode, resBytes, responseTime) => {
      lastAt = process.hrtime.bigint();
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

/** Several runs of one path as one sample: total answers over total time, percentiles over all. */
function pool(label, runs) {
  const latencies = runs.flatMap((r) => r.latencies);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const statuses = {};
  for (const run of runs) for (const [code, count] of Object.entries(run.statuses)) statuses[code] = (statuses[code] ?? 0) + count;
  return {
    label,
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    latencies,
    statuses,
    errors: runs.reduce((s, r) => s + r.errors, 0),
    timeouts: runs.reduce((s, r) => s + r.timeouts, 0),
  };
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** The figures printed for one run: throughput, p50/p95/p99 latency (ms), non-2xx by code. */
function summarise(run) {
  const sorted = Float64Array.from(run.latencies).sort();
  const non2xx = Object.entries(run.statuses).filter(([code]) => !code.startsWith('2'));
  return {
    label: run.label,
    requests: run.requests,
    seconds: run.seconds,
    rps: run.rps,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    non2xx: non2xx.reduce((s, [, c]) => s + c, 0),
    non2xxCodes: non2xx.map(([code, c]) => `${code}×${c}`).join(' ') || '-',
    errors: run.errors + run.timeouts,
  };
}

/** A fixed-width table, one row per summary. */
function table(rows) {
  const header = ['run', 'requests', 'time s', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'non-2xx', 'errors'];
  const lines = rows.map((r) => [r.label, r.requests, r.seconds.toFixed(1), r.rps.toFixed(1), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), r.max.toFixed(1), r.non2xx ? `${r.non2xx} (${r.non2xxCodes})` : '0', r.errors].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

module.exports = { measure, pool, summarise, table };
