#!/usr/bin/env node
/**
 * npm run bench:scale [-- --postgres] [-- --complaints 100000] [-- --samples 100] [-- --keep-db]
 *                     [-- --seed-only] [-- --from-db NAME] [-- --only TEXT] [-- --profile] [-- --db-timing]
 *
 * Seeds a large organisation's complaint register (default 100,000 complaints over three years, spread
 * over departments, categories, channels and every step, with hearings, agreements and audit events) and
 * measures, through the admin HTTP API of a real Strapi, the queries staff run all day: the inbox lists
 * (filters, sort, page 1 and page 200, search by reference, name, description text and e-mail), the overview, a dossier, the deadline sweep and the annual
 * report. Prints p50/p95/p99 per query against the targets. A script, not a test: figures, no assertions.
 *
 * The rows are inserted straight into the database (knex, in batches) — going through the intake API for
 * 100,000 complaints would measure the intake, not the register.
 */
const path = require('path');
const { DateTime } = require('luxon');
const { startApp } = require('./lib/app');
const { parseArgs } = require('./lib/args');
const { ensureBuilt, ROOT } = require('./lib/build');
const { pluginSource } = require('./lib/plugin-source');
const { createDatabase, copyDatabase } = require('./lib/database');
const { api, expectStatus } = require('./lib/http');
const { step } = require('./lib/log');
const { createAdmin, loginAdmin } = require('./lib/seed');

const USAGE = 'usage: node scripts/bench/scale.js [--postgres] [--complaints N] [--samples N] [--skip-build] [--keep-db] [--seed-only] [--from-db NAME] [--only TEXT] [--profile] [--db-timing]';
const options = parseArgs(process.argv.slice(2), { flags: ['postgres', 'skip-build', 'keep-db', 'seed-only', 'profile', 'db-timing'], numbers: ['complaints', 'samples'], strings: ['from-db', 'only'], defaults: { complaints: 100000, samples: 100 }, usage: USAGE });

/** Rows per INSERT: SQLite compiles a multi-row insert into a compound SELECT, at most 500 terms. */
const CHUNK = 200;
const TARGETS = { inbox: 50, overview: 100, dossier: 100, sweep: 2000, report: 1000 };
const FIRST = ['Jan', 'Fatima', 'Kees', 'Sanne', 'Mohammed', 'Lotte', 'Daan', 'Noor', 'Bram', 'Iris', 'Ruben', 'Emma', 'Ahmed', 'Sophie', 'Tom', 'Anna', 'Yusuf', 'Eva', 'Lucas', 'Julia'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Yilmaz', 'El Amrani', 'Kramer', 'Dekker', 'Willems', 'Verhoeven'];
/** What the complaints are about: one of these per complaint, with a street, so the text search finds some, not all. */
const TOPICS = [
  'de afspraak over de reparatie is niet nagekomen en niemand belde terug',
  'de lift staat al weken stil en mijn moeder kan de trap niet op',
  'er zit schimmel in de badkamer sinds de lekkage van vorig jaar',
  'de scootmobielstalling is niet verlicht en de deur sluit niet',
  'de servicekosten zijn zonder uitleg verhoogd',
  'de monteur kwam niet opdagen en ik had een dag vrij genomen',
  'de medewerker aan de telefoon was onvriendelijk en hing op',
  'het afval in de container wordt niet opgehaald',
  'de verwarming doet het niet sinds de storing van maandag',
  'mijn huurtoeslag is verkeerd berekend door een fout in de opgave',
  'de tuin van de buren is een vuilnisbelt geworden',
  'de brievenbus is opengebroken en niemand repareert het slot',
  'er is geluidsoverlast van de bovenburen, elke nacht',
  'het hek van de fietsenstalling is kapot',
  'mijn klacht van vorige maand is nooit beantwoord',
  'de rekening voor de glasschade klopt niet',
  'de intercom werkt niet, bezoek kan niet naar binnen',
  'de galerij wordt niet schoongemaakt',
  'het dak lekt boven de slaapkamer',
  'de vloer in de keuken is na de renovatie scheef gelegd',
  'de wachttijd voor een woning is niet uitgelegd',
  'de rookmelders zijn niet vervangen',
  'de ventilatie maakt een hard geluid',
  'de sleutels van de berging zijn kwijtgeraakt door de beheerder',
  'de parkeerplaats is bezet door bouwmateriaal',
];
const STREETS = Array.from({ length: 200 }, (_, i) => `${['Dorpsstraat', 'Kerkweg', 'Molenlaan', 'Stationsplein', 'Beukenhof'][i % 5]} ${i + 1}`);
const CHANNELS = [['online', 60], ['e-mail', 15], ['telefoon', 12], ['post', 8], ['balie', 5]];

/** A deterministic pseudo-random source, so runs compare. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function weighted(rand, pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let pick = rand() * total;
  for (const [value, weight] of pairs) if ((pick -= weight) < 0) return value;
  return pairs[pairs.length - 1][0];
}

/** Where a complaint of this age stands: older ones are mostly finished, recent ones spread over the steps. */
function statusFor(rand, ageDays) {
  // Agreements run for weeks after the outcome, so monitoring ends within half a year; disputes stay open.
  if (ageDays > 180) return weighted(rand, [['closed', 81], ['not_admissible', 5], ['solved_at_acknowledgement', 8], ['withdrawn', 4], ['dispute', 2]]);
  if (ageDays > 70) return weighted(rand, [['closed', 74], ['not_admissible', 5], ['solved_at_acknowledgement', 8], ['withdrawn', 4], ['dispute', 2], ['monitoring', 6], ['agreements_sent', 1]]);
  if (ageDays > 20) return weighted(rand, [['agreements_sent', 15], ['monitoring', 25], ['hearing_held', 12], ['hearing_planned', 8], ['closed', 25], ['solved_at_acknowledgement', 8], ['withdrawn', 3], ['acknowledged', 4]]);
  return weighted(rand, [['received', 35], ['acknowledged', 25], ['hearing_planned', 18], ['hearing_held', 8], ['solved_at_acknowledgement', 10], ['not_admissible', 2], ['withdrawn', 2]]);
}

const ORDER = ['received', 'acknowledged', 'hearing_planned', 'hearing_held', 'agreements_sent', 'monitoring', 'closed'];
const reached = (status, stage) => {
  if (status === 'dispute') return true;
  if (status === 'not_admissible' || status === 'solved_at_acknowledgement' || status === 'withdrawn') return stage === 'acknowledged';
  return ORDER.indexOf(status) >= ORDER.indexOf(stage);
};

async function knexFor(db) {
  const knex = require(require.resolve('knex', { paths: [ROOT] }));
  return db.kind === 'postgres'
    ? knex({ client: 'pg', connection: { host: db.env.DATABASE_HOST, port: Number(db.env.DATABASE_PORT), user: db.env.DATABASE_USERNAME, password: db.env.DATABASE_PASSWORD, database: db.env.DATABASE_NAME } })
    : knex({ client: 'better-sqlite3', connection: { filename: db.env.DATABASE_FILENAME }, useNullAsDefault: true, pool: { afterCreate: (conn, done) => { conn.pragma('busy_timeout = 10000'); done(null, conn); } } });
}

/** Inserts the register: complaints, then their events, hearings and agreements. */
async function seed(knex, { count, departments, categories, handlerIds }) {
  const { WorkingDayCalendar } = pluginSource('server/src/domain/calendar.ts');
  const { initialTerms, DEFAULT_TERM_SETTINGS } = pluginSource('server/src/domain/terms.ts');
  const calendar = new WorkingDayCalendar();
  const rand = random(20261125);
  const now = DateTime.now().setZone('Europe/Amsterdam');
  const start = now.minus({ years: 3 });
  const span = now.toMillis() - start.toMillis();
  const received = Array.from({ length: count }, () => start.toMillis() + Math.floor(rand() * span)).sort((a, b) => a - b);
  const perYear = new Map();
  const batch = 500;
  let rows = [];
  let events = [];
  let hearings = [];
  let agreements = [];
  let persons = [];
  let id = 0;

  const flush = async (force) => {
    if (rows.length >= batch || (force && rows.length)) {
      await knex.batchInsert('complaints_complaints', rows, CHUNK);
      rows = [];
    }
    if (events.length >= 2000 || (force && events.length)) {
      await knex.batchInsert('complaints_events', events, CHUNK);
      events = [];
    }
    if (hearings.length >= 1000 || (force && hearings.length)) {
      await knex.batchInsert('complaints_hearings', hearings, CHUNK);
      hearings = [];
    }
    if (agreements.length >= 1000 || (force && agreements.length)) {
      await knex.batchInsert('complaints_agreements', agreements, CHUNK);
      agreements = [];
    }
    if (persons.length >= 1000 || (force && persons.length)) {
      await knex.batchInsert('complaints_complaint_persons', persons, CHUNK);
      persons = [];
    }
  };

  for (const ms of received) {
    id += 1;
    const at = DateTime.fromMillis(ms, { zone: 'Europe/Amsterdam' });
    const ageDays = now.diff(at, 'days').days;
    const status = statusFor(rand, ageDays);
    const terms = initialTerms(at.toJSDate(), { own: calendar, statutory: calendar }, DEFAULT_TERM_SETTINGS);
    const year = at.year;
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const name = `${FIRST[Math.floor(rand() * FIRST.length)]} ${LAST[Math.floor(rand() * LAST.length)]}`;
    const department = departments[Math.floor(Math.pow(rand(), 1.6) * departments.length)];
    const behaviour = rand() < 0.08;
    const handlerId = rand() < 0.7 ? handlerIds[Math.floor(rand() * handlerIds.length)] : null;
    const dayAfter = (days) => at.plus({ days }).toJSDate();
    // a behaviour complaint names the employee, without an account
    if (behaviour) persons.push({ document_id: `p${id}`, complaint_id: id, position: 0, name: 'Medewerker', created_at: dayAfter(0), updated_at: dayAfter(0), published_at: dayAfter(0) });
    const acknowledged = reached(status, 'acknowledged');
    const outcome = reached(status, 'agreements_sent') && status !== 'solved_at_acknowledgement';
    const finished = ['closed', 'not_admissible', 'solved_at_acknowledgement', 'withdrawn'].includes(status);
    const handlingDays = outcome ? 20 + Math.floor(rand() * 30) : null;
    rows.push({
      id,
      document_id: `bench${id}`,
      reference: `KL-${year}-${String(number).padStart(6, '0')}`,
      reference_year: year,
      reference_number: number,
      channel: weighted(rand, CHANNELS),
      received_at: at.toJSDate(),
      received_on: at.toISODate(),
      preferred_language: rand() < 0.95 ? 'nl' : 'en',
      complainant_name: name,
      complainant_email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${id}@example.nl`,
      complainant_postal_code: '1234 AB',
      complainant_city: 'Amsterdam',
      category_id: categories[Math.floor(rand() * categories.length)],
      department_id: department,
      about_employee_behaviour: behaviour,
      description: `Klacht ${id}: ${TOPICS[id % TOPICS.length]} (${STREETS[(id * 7) % STREETS.length]}).`,
      status,
      handler_id: handlerId,
      term_start: terms.termStart,
      acknowledgement_due: terms.acknowledgementDue,
      handling_due_original: terms.handlingDue,
      handling_due: terms.handlingDue,
      not_admissible_notice_due: terms.notAdmissibleNoticeDue,
      acknowledged_at: acknowledged ? dayAfter(2) : null,
      acknowledged_in_time: acknowledged ? rand() < 0.9 : null,
      answer_given_in_acknowledgement: status === 'solved_at_acknowledgement',
      judgement: outcome ? weighted(rand, [['founded', 40], ['partly_founded', 25], ['unfounded', 30], ['inadmissible', 5]]) : null,
      findings: outcome ? 'Bevindingen van het onderzoek.' : null,
      outcome_sent_at: outcome ? dayAfter(handlingDays) : null,
      handled_in_time: outcome ? rand() < 0.8 : finished ? true : null,
      handling_days: handlingDays ?? (finished ? 5 : null),
      dissatisfaction_declared_at: status === 'dispute' ? dayAfter(60) : null,
      dispute_eligible: status === 'dispute',
      closed_at: finished ? dayAfter((handlingDays ?? 5) + 10) : null,
      created_at: at.toJSDate(),
      updated_at: at.toJSDate(),
      published_at: at.toJSDate(),
    });
    const event = (type, from, to, days) => events.push({ document_id: `ev${id}${type}`, complaint_id: id, type, from_status: from, to_status: to, actor_type: 'system', at: dayAfter(days), created_at: dayAfter(days), updated_at: dayAfter(days) });
    event('complaint.received', null, 'received', 0);
    if (acknowledged) event('complaint.acknowledged', 'received', 'acknowledged', 2);
    if (reached(status, 'hearing_planned')) {
      const held = reached(status, 'hearing_held');
      hearings.push({ document_id: `h${id}`, complaint_id: id, planned_at: dayAfter(held ? 9 : Math.max(1, ageDays + 2)), mode: 'office', accused_invited: behaviour, held_at: held ? dayAfter(9) : null, minutes: held ? 'Verslag van het gesprek.' : null, created_at: dayAfter(5), updated_at: dayAfter(9) });
      event('complaint.hearing_planned', 'acknowledged', 'hearing_planned', 5);
      if (held) event('complaint.hearing_held', 'hearing_planned', 'hearing_held', 9);
    }
    if (outcome) {
      event('complaint.outcome_sent', 'hearing_held', 'agreements_sent', handlingDays);
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k += 1) {
        const due = at.plus({ days: handlingDays + 7 + Math.floor(rand() * 30) }).toISODate();
        const agreementStatus = status === 'agreements_sent' ? 'open' : status === 'monitoring' ? (rand() < 0.5 ? 'open' : 'kept') : rand() < 0.85 ? 'kept' : 'not_kept';
        agreements.push({ document_id: `a${id}-${k}`, complaint_id: id, description: `Afspraak ${k + 1}`, owner_department_id: department, due_date: due, status: agreementStatus, created_at: dayAfter(handlingDays), updated_at: dayAfter(handlingDays) });
      }
    }
    if (finished) event(`complaint.${status === 'closed' ? 'closed' : status}`, null, status, (handlingDays ?? 5) + 10);
    await flush(false);
    if (id % 10000 === 0) step(`  seeded ${id.toLocaleString('nl-NL')} complaints…`);
  }
  await flush(true);
  for (const [year, last] of perYear) await knex('complaints_reference_counters').insert({ year, last_number: last, document_id: `reference-counter-${year}` }).onConflict('year').merge();
  if (knex.client.config.client === 'pg') {
    for (const table of ['complaints_complaints', 'complaints_events', 'complaints_hearings', 'complaints_agreements', 'complaints_complaint_persons']) {
      await knex.raw(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    }
    // What autovacuum does after a bulk load (PostgreSQL 13+ vacuums after inserts too): statistics, and
    // the visibility map that lets counts read an index instead of the table.
    await knex.raw('vacuum analyze');
  } else {
    await knex.raw('analyze');
  }
}

/** Times `count` sequential requests (one at a time: the latency staff see) and returns the summary. */
async function time(label, count, request, target) {
  const latencies = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const res = await request(i);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  return { label, count, p50: at(50), p95: at(95), p99: at(99), target };
}

function print(results) {
  const header = ['query', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'target p95', ''];
  const lines = results.map((r) => [r.label, String(r.count), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), `≤ ${r.target} ms`, r.p95 <= r.target ? 'ok' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log([format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n'));
}

async function main() {
  const kind = options.postgres ? 'postgres' : 'sqlite';
  step(`bench:scale on ${kind}: ${options.complaints.toLocaleString('nl-NL')} complaints, ${options.samples} samples per query`);
  ensureBuilt({ skip: options['skip-build'] });
  // --from-db: a copy of a register seeded earlier (--seed-only), so each run starts as a fresh one would
  const reused = options['from-db'];
  const db = reused ? await copyDatabase(kind, reused, 'scale') : await createDatabase(kind, 'scale');
  const profileDir = path.join(ROOT, '.tmp', 'bench-profiles');
  const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=scale-${kind}-${Date.now()}.cpuprofile`] : [];
  // printed by the app when it stops: time per SQL statement shape over the whole run (lib/db-timing.js)
  if (options['db-timing']) nodeArgs.push('-r', path.join(__dirname, 'lib', 'db-timing.js'));
  let app;
  let knex;
  const keep = options['keep-db'] || options['seed-only'];
  try {
    app = await startApp({ db, env: { COMPLAINTS_JOBS_ENABLED: 'false' }, nodeArgs });
    let token;
    let departments = [];
    if (reused) {
      token = await loginAdmin(app.url);
      knex = await knexFor(db);
      departments = (await knex('complaints_departments').select('id').orderBy('id')).map((row) => row.id);
    } else {
      token = await createAdmin(app.url);
      for (const name of ['Wonen', 'Klantenservice', 'Onderhoud', 'Financiën', 'Leefbaarheid', 'Verhuur', 'Projecten', 'Zorg en welzijn']) {
        departments.push((await expectStatus(201, app.url, 'POST', '/complaints/departments', { token, body: { name, email: `${name.toLowerCase().replace(/[^a-z]/g, '')}@example.nl`, managerId: 1, receivesUnassigned: name === 'Wonen' } })).data.id);
      }
      const categories = [];
      for (const [key, nameNl] of [['dienstverlening', 'Dienstverlening'], ['contact-medewerker', 'Contact met medewerker'], ['servicedesk', 'Servicedesk'], ['uitvoering-regels', 'Uitvoering van regels'], ['overig', 'Overig']]) {
        categories.push((await expectStatus(201, app.url, 'POST', '/complaints/categories', { token, body: { key, nameNl, nameEn: nameNl } })).data.id);
      }
      knex = await knexFor(db);
      const seedStarted = Date.now();
      step('seeding the register (complaints, events, hearings, agreements)…');
      await seed(knex, { count: options.complaints, departments, categories, handlerIds: [1] });
      if (options['seed-only']) {
        step(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s; not measured (--seed-only)`);
        return;
      }
    }
    const counts = {};
    for (const table of ['complaints_complaints', 'complaints_events', 'complaints_hearings', 'complaints_agreements']) counts[table] = Number((await knex(table).count({ n: '*' }))[0].n);
    step(`${reused ? `a copy of ${reused}` : 'seeded'}: ${Object.entries(counts).map(([t, n]) => `${t.replace('complaints_', '')} ${n.toLocaleString('nl-NL')}`).join(', ')}`);

    const get = (p) => api(app.url, 'GET', p, { token });
    const n = options.samples;
    const sampleIds = Array.from({ length: n }, (_, i) => 1 + Math.floor(((i * 7919) % n) * (counts.complaints_complaints / n)));
    const sampleRef = (await knex('complaints_complaints').select('reference').where({ id: sampleIds[1] }))[0].reference;
    const year = DateTime.now().year - 1;
    step('measuring (sequential requests, after one warm-up each)…');
    const queries = [
      // a department's list as it opens (newest first), and sorted by the handling term as staff sort it
      ['inbox: department, newest first', (i) => get(`/complaints/complaints?departmentId=${departments[i % departments.length]}&pageSize=25`), TARGETS.inbox],
      ['inbox: department, by due date', (i) => get(`/complaints/complaints?departmentId=${departments[i % departments.length]}&sort=due&pageSize=25`), TARGETS.inbox],
      ['inbox: step 2 (acknowledgement queue)', () => get('/complaints/complaints?step=2&pageSize=25'), TARGETS.inbox],
      ['inbox: step 5 (agreements)', () => get('/complaints/complaints?step=5&pageSize=25'), TARGETS.inbox],
      ['inbox: overdue (any term)', () => get('/complaints/complaints?overdue=any&pageSize=25'), TARGETS.inbox],
      ['inbox: all, by received, page 1', () => get('/complaints/complaints?sort=received&page=1&pageSize=25'), TARGETS.inbox],
      ['inbox: all, by received, page 200', () => get('/complaints/complaints?sort=received&page=200&pageSize=25'), TARGETS.inbox],
      ['inbox: search by reference', () => get(`/complaints/complaints?search=${sampleRef}`), TARGETS.inbox],
      ['inbox: search by name', (i) => get(`/complaints/complaints?search=${encodeURIComponent(LAST[i % LAST.length].split(' ').pop())}&pageSize=25`), TARGETS.inbox],
      // a word of the text found in one complaint in 25 (4,000 of 100,000), and an e-mail address
      ['inbox: search in the description', () => get('/complaints/complaints?search=scootmobiel&pageSize=25'), TARGETS.inbox],
      ['inbox: search by e-mail', (i) => get(`/complaints/complaints?search=${encodeURIComponent(`.${sampleIds[i % sampleIds.length]}@example.nl`)}&pageSize=25`), TARGETS.inbox],
      ['overview counts', () => get('/complaints/overview'), TARGETS.overview],
      ['one dossier', (i) => get(`/complaints/complaints/${sampleIds[i % sampleIds.length]}`), TARGETS.dossier],
      [`annual report ${year}`, () => get(`/complaints/reports/annual?from=${year}-01-01&to=${year}-12-31`), TARGETS.report],
    ];
    // --only: the queries whose label contains the text (the sweep's rows are "deadline sweep …")
    const wanted = (label) => !options.only || label.includes(options.only);
    const results = [];
    for (const [label, request, target] of queries.filter(([label]) => wanted(label))) {
      await request(0);
      results.push(await time(label, n, request, target));
    }
    let sweepResult = null;
    if (wanted('deadline sweep')) {
      const letters = async () => Number((await knex('complaints_letters').count({ n: '*' }))[0].n);
      const before = await letters();
      for (let i = 0; i < 3; i += 1) results.push(await time(i === 0 ? 'deadline sweep (first run today)' : `deadline sweep (run ${i + 1}, nothing new)`, 1, () => api(app.url, 'POST', '/complaints/sweep', { token }), TARGETS.sweep));
      sweepResult = { findings: (await api(app.url, 'POST', '/complaints/sweep', { token })).body.data.findings, queued: (await letters()) - before };
    }

    console.log('');
    print(results);
    if (sweepResult) console.log(`\nsweep findings today: ${JSON.stringify(sweepResult.findings)}; reminders queued on the first run: ${sweepResult.queued}`);
    const missed = results.filter((r) => r.p95 > r.target).length;
    console.log(`${kind}: ${results.length - missed} of ${results.length} queries within target (p95), ${missed} missed`);
  } finally {
    if (knex) await knex.destroy();
    if (app) await app.stop();
    if (keep) console.log(`database kept: ${db.name}${options['seed-only'] ? ` (measure a copy of it with --from-db ${db.name})` : ''}`);
    else await db.drop();
    if (options.profile) step(`CPU profile written to ${profileDir} (node scripts/bench/profile-summary.js <file>)`);
  }
}

main().catch((error) => {
  // knex puts the whole statement in the message; the cause is at its end
  console.error(String(error?.message ?? error).slice(-600));
  process.exit(1);
});
