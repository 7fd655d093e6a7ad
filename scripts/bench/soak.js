#!/usr/bin/env node
/**
 * npm run bench:soak [-- --submissions 1000] [-- --clients 64] [-- --smtp-down 30] [-- --skip-build]
 *
 * The production shape under faults: two Strapi instances on one PostgreSQL database (several instances
 * behind a load balancer) and a real SMTP server, all on this machine. 1,000 public submissions from 64
 * concurrent clients, alternating between the instances, while the SMTP server is down for 30 seconds in
 * the middle and one instance is killed (SIGKILL) and started again. Clients retry only requests that got
 * no answer (on the other instance, with the same submission key, as the form element does).
 *
 * Then it waits for the outbox to drain and prints: submissions answered 201, rows stored, distinct
 * references, complaints stored without an answer, letters expected / delivered / delivered twice
 * (counted by Message-ID at the SMTP server), 5xx answers per instance, and the time to drain.
 * The bar: every 201 stored exactly once, every letter delivered exactly once, no 5xx outside the killed
 * instance. A script, not a test: it prints figures and what a failure would look like.
 */
const { startApp } = require('./lib/app');
const { parseArgs } = require('./lib/args');
const { ensureBuilt } = require('./lib/build');
const { createDatabase, connect } = require('./lib/database');
const { step } = require('./lib/log');
const { createAdmin, seedCatalog, submissionBody } = require('./lib/seed');
const { startSmtp } = require('./lib/smtp');

const USAGE = 'usage: node scripts/bench/soak.js [--submissions N] [--clients C] [--smtp-down S] [--skip-build]';
const options = parseArgs(process.argv.slice(2), { flags: ['skip-build'], numbers: ['submissions', 'clients', 'smtp-down'], defaults: { submissions: 1000, clients: 64, 'smtp-down': 30 }, usage: USAGE });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The instances' settings: jobs on, letters retried often enough to outlive the outage. */
function appEnv(smtpPort) {
  return {
    COMPLAINTS_JOBS_ENABLED: 'true',
    COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '100000000/3600',
    COMPLAINTS_OUTBOX_POLL_SECONDS: '1',
    COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '2',
    COMPLAINTS_OUTBOX_MAX_ATTEMPTS: '12',
    COMPLAINTS_OUTBOX_LEASE_SECONDS: '15',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_IGNORE_TLS: 'true',
    MAIL_FROM: 'klachten@gemeente-voorbeeld.nl',
  };
}

async function main() {
  step(`bench:soak on PostgreSQL: ${options.submissions} submissions, ${options.clients} clients, SMTP down ${options['smtp-down']} s, one instance killed`);
  ensureBuilt({ skip: options['skip-build'] });
  const db = await createDatabase('postgres', 'soak');
  const smtp = await startSmtp();
  const env = appEnv(smtp.port);
  const instances = { a: null, b: null };
  let direct;
  try {
    instances.a = await startApp({ db, env });
    const token = await createAdmin(instances.a.url);
    const catalog = await seedCatalog(instances.a.url, token);
    instances.b = await startApp({ db, env });
    direct = await connect(db);

    const answers = { a: {}, b: {} };
    const references = [];
    let retried = 0;
    let unanswered = 0;
    let next = 0;
    let done = 0;
    const count = (instance, status) => (answers[instance][status] = (answers[instance][status] ?? 0) + 1);

    /** One client: submissions in turn; a request without an answer goes again to the other instance. */
    async function client() {
      while (next < options.submissions) {
        const n = next++;
        const body = submissionBody(n, catalog);
        let target = n % 2 ? 'a' : 'b';
        for (let attempt = 0; ; attempt += 1) {
          const instance = instances[target];
          try {
            if (!instance) throw new Error('instance down');
            const res = await fetch(`${instance.url}/api/complaints/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
            const json = await res.json().catch(() => null);
            count(target, res.status);
            if (res.status === 201) references.push(json.data.reference);
            break;
          } catch {
            // no answer: the browser user presses "send" again; the load balancer picks the other instance
            if (attempt >= 20) {
              unanswered += 1;
              break;
            }
            retried += 1;
            target = target === 'a' ? 'b' : 'a';
            await sleep(250);
          }
        }
        done += 1;
      }
    }

    /** The faults, keyed to progress: SMTP down at 25 % for S seconds; instance b killed at 50 %, back 5 s later. */
    async function faults() {
      while (done < options.submissions * 0.25) await sleep(50);
      step(`fault: SMTP server down for ${options['smtp-down']} s (at ${done} submissions)`);
      await smtp.down();
      const smtpBack = sleep(options['smtp-down'] * 1000).then(async () => {
        await smtp.up();
        step('fault over: SMTP server back');
      });
      while (done < options.submissions * 0.5) await sleep(50);
      step(`fault: instance b killed with SIGKILL (at ${done} submissions)`);
      const killed = instances.b;
      instances.b = null;
      killed.child.kill('SIGKILL');
      await sleep(5000);
      instances.b = await startApp({ db, env });
      step('instance b started again');
      await smtpBack;
    }

    const started = Date.now();
    step(`sending ${options.submissions} submissions…`);
    await Promise.all([...Array.from({ length: options.clients }, client), faults()]);
    const loadSeconds = (Date.now() - started) / 1000;
    step(`load done in ${loadSeconds.toFixed(1)} s; waiting for the outbox to drain…`);

    const drainStarted = Date.now();
    let pending = Infinity;
    while (pending > 0 && Date.now() - drainStarted < 600_000) {
      pending = Number((await direct.query("select count(*) as n from complaints_letters where channel = 'email' and status in ('queued', 'sending')"))[0].n);
      if (pending) await sleep(500);
    }
    const drainSeconds = (Date.now() - drainStarted) / 1000;

    const stored = Number((await direct.query('select count(*) as n from complaints_complaints'))[0].n);
    const distinct = Number((await direct.query('select count(distinct reference) as n from complaints_complaints'))[0].n);
    const answered = new Set(references);
    const storedRefs = (await direct.query('select reference from complaints_complaints')).map((r) => r.reference);
    // a complaint committed by the killed instance whose answer never arrived (the retry must find it)
    const withoutAnswer = storedRefs.filter((r) => !answered.has(r)).length;
    const letters = await direct.query("select message_id, status from complaints_letters where channel = 'email'");
    const { counts } = await smtp.stats();
    const expectedIds = letters.map((l) => l.message_id);
    const delivered = expectedIds.filter((id) => (counts.get(id) ?? 0) >= 1).length;
    const twice = expectedIds.filter((id) => (counts.get(id) ?? 0) >= 2).length;
    const failed = letters.filter((l) => l.status === 'failed').length;
    const fivexx = (instance) => Object.entries(answers[instance]).filter(([s]) => s.startsWith('5')).reduce((n, [, c]) => n + c, 0);
    const ok201 = (answers.a[201] ?? 0) + (answers.b[201] ?? 0);

    console.log('');
    console.log(`submissions sent                ${options.submissions} (${retried} retries after no answer, ${unanswered} never answered)`);
    console.log(`answered 201                    ${ok201} (instance a ${answers.a[201] ?? 0}, instance b ${answers.b[201] ?? 0})`);
    console.log(`distinct references answered   ${answered.size}`);
    console.log(`complaints stored               ${stored} (distinct references ${distinct})`);
    console.log(`stored without an answer        ${withoutAnswer}`);
    console.log(`answers by status               a ${JSON.stringify(answers.a)}  b ${JSON.stringify(answers.b)}`);
    console.log(`5xx answers                     instance a ${fivexx('a')}, instance b (killed) ${fivexx('b')}`);
    console.log(`letters expected                ${expectedIds.length}`);
    console.log(`letters delivered               ${delivered} (failed after all attempts: ${failed})`);
    console.log(`letters delivered twice         ${twice}`);
    console.log(`time to drain after the load    ${drainSeconds.toFixed(1)} s`);
    const verdict = withoutAnswer === 0 && answered.size === ok201 && stored === distinct && stored === answered.size && delivered === expectedIds.length && twice === 0 && fivexx('a') === 0;
    console.log(`soak ${verdict ? 'PASSED' : 'FAILED'}: every 201 stored once ${stored === answered.size && stored === distinct ? 'yes' : 'NO'}, every letter delivered ${delivered === expectedIds.length ? 'yes' : 'NO'}, none twice ${twice === 0 ? 'yes' : 'NO'}, no 5xx outside the killed instance ${fivexx('a') === 0 ? 'yes' : 'NO'}`);
  } finally {
    if (direct) await direct.close();
    for (const instance of Object.values(instances)) if (instance) await instance.stop();
    await smtp.close();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
