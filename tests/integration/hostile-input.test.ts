/**
 * Hostile input, generated (fast-check): more than 10,000 bodies against the public submission, the status
 * lookup and response, and every admin transition route — wrong types, huge and empty strings, deep
 * nesting, unicode, prototype-pollution keys, invalid JSON, wrong content types, a chunked body past the
 * body limit. Never a 5xx, and a refused body changes nothing in the database.
 */
import http from 'http';
import fc from 'fast-check';
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';
import { publicSubmission } from '../helpers/submission';

const SUBMISSION_FIELDS = ['complainantName', 'complainantEmail', 'complainantPhone', 'complainantAddress', 'complainantPostalCode', 'complainantCity', 'complainantClientNumber', 'categoryId', 'departmentId', 'aboutEmployeeBehaviour', 'accusedName', 'accusedFunction', 'description', 'desiredOutcome', 'privacyConsent', 'formToken', 'website', 'locale'];
const ACTION_FIELDS = ['answer', 'inviteForHearing', 'hearingWaived', 'note', 'reason', 'explanation', 'referral', 'plannedAt', 'mode', 'location', 'attendees', 'accusedInvited', 'heldAt', 'minutes', 'proposedSolution', 'judgement', 'findings', 'conclusions', 'agreements', 'noAgreements', 'result', 'until', 'consentNote', 'handlerId', 'outcome', 'decidedAt'];
const POLLUTION = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Values of every shape a hostile client might send. */
function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.constantFrom('', ' ', '\u0000', '<script>alert(1)</script>', "'; DROP TABLE complaints_complaints; --", '{{ 7*7 }}', '${process.exit()}', 'x'.repeat(20000), '0612345678', 'jan@example.nl', '1234 AB', '2026-13-45', 'true', '-1', 'NaN'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.jsonValue(), { maxLength: 5 }),
    fc.dictionary(fc.constantFrom(...POLLUTION, 'a', '$gt', '$ne'), fc.jsonValue(), { maxKeys: 3 }),
    fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.string(), fc.array(tie('deep'), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 5 }), tie('deep'), { maxKeys: 2 })) })).deep,
  );
}

function hostileObject(keys: string[], base: Record<string, unknown> = {}): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({ picked: fc.dictionary(fc.constantFrom(...keys, ...POLLUTION), hostileValue(), { maxKeys: 8 }), keep: fc.boolean() }).map(({ picked, keep }) => {
    const body: Record<string, unknown> = keep ? { ...base } : {};
    for (const [key, value] of Object.entries(picked)) Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
    return body;
  });
}

/** A raw request: JSON of a hostile object, broken JSON, or another content type altogether. */
function hostileRequest(keys: string[], base: Record<string, unknown> = {}) {
  return fc.oneof(
    { weight: 6, arbitrary: hostileObject(keys, base).map((body) => ({ type: 'application/json', body: JSON.stringify(body) })) },
    { weight: 1, arbitrary: fc.oneof(fc.jsonValue(), fc.string()).map((value) => ({ type: 'application/json', body: JSON.stringify(value) })) },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '{', '[', 'null', '"x"', '{"__proto__":{"polluted":true}}', 'NaN', '').map((body) => ({ type: 'application/json', body })) },
    { weight: 1, arbitrary: fc.string().map((body) => ({ type: fc.sample(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x'), 1)[0], body })) },
  );
}

describe('hostile input (property-based)', () => {
  let app: TestApp;
  let fx: Fixtures;
  let requests = 0;

  /** What a refused request must leave untouched. */
  async function fingerprint(): Promise<string> {
    const knex = app.strapi.db.connection;
    const count = async (table: string) => Number(((await knex(table).count({ n: '*' })) as any[])[0].n);
    const changed = ((await knex('complaints_complaints').max({ m: 'updated_at' })) as any[])[0].m;
    return JSON.stringify([await count('complaints_complaints'), await count('complaints_events'), await count('complaints_letters'), await count('complaints_hearings'), await count('complaints_agreements'), String(changed)]);
  }

  async function send(method: string, path: string, request: { type: string; body: string }, token?: string) {
    requests += 1;
    let req = (app.http() as any)[method.toLowerCase()](path).set('Content-Type', request.type);
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    return method === 'GET' ? req : req.send(request.body);
  }

  /** Sends and checks: never a 5xx; a refused request changes nothing. */
  async function check(method: string, path: string, request: { type: string; body: string }, token?: string) {
    const before = await fingerprint();
    const res = await send(method, path, request, token);
    if (res.status >= 500) throw new Error(`${method} ${path} answered ${res.status} to ${request.type} ${request.body.slice(0, 200)}`);
    if (res.status >= 400 && (await fingerprint()) !== before) throw new Error(`${method} ${path} refused (${res.status}) but changed the database: ${request.body.slice(0, 200)}`);
    if (JSON.stringify(res.body ?? {}).match(/node_modules|at Object\.|\s+at \w+ \(/)) throw new Error(`${method} ${path} leaked a stack trace`);
  }

  /**
   * A POST with `Transfer-Encoding: chunked` and no Content-Length, written in 16 KB chunks over a real
   * connection; it stops writing once the answer has come.
   */
  function chunkedPost(path: string, body: string): Promise<{ status: number; body: any }> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = http.request(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
        answered = true;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
        res.on('error', reject);
      });
      // the server may close the connection while the rest of a refused body is still being written
      req.on('error', (error) => (answered ? undefined : reject(error)));
      (async () => {
        const bytes = Buffer.from(body);
        for (let at = 0; at < bytes.length && !answered; at += 16 * 1024) {
          if (!req.write(bytes.subarray(at, at + 16 * 1024))) await new Promise((r) => req.once('drain', r));
        }
        req.end();
      })().catch(() => undefined);
    });
  }

  beforeAll(async () => {
    app = await startApp({ listen: true, env: { COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '1000000/3600', COMPLAINTS_RATE_LIMIT_STATUS: '1000000/3600' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    process.stdout.write(`[hostile input] ${requests} generated requests on ${process.env.TEST_DB ?? 'sqlite'}\n`);
    await app?.stop();
  });

  it('the public submission: 4,000 hostile bodies', async () => {
    const token = app.strapi.plugin('complaints').service('publicForm').issueToken(new Date(Date.now() - 10_000));
    const base = { complainantName: 'Fuzz', complainantEmail: 'fuzz@example.nl', categoryId: fx.categories.service, description: 'Een klacht die lang genoeg is.', privacyConsent: true, website: '', formToken: token };
    await fc.assert(fc.asyncProperty(hostileRequest(SUBMISSION_FIELDS, base), (request) => check('POST', '/api/complaints/submissions', request)), { numRuns: 4000 });
  }, 600_000);

  it('a chunked body (no Content-Length) past the body limit is refused as it is read; a small one is read', async () => {
    const submission = () => publicSubmission(app, fx, { complainantName: 'Gestreamd' });
    const before = await fingerprint();
    // a valid submission with 900 KB of padding: the parser would accept it (1 MB), the form's limit is 64 KB
    const big = await chunkedPost('/api/complaints/submissions', JSON.stringify({ ...submission(), padding: 'x'.repeat(900 * 1024) }));
    expect(big.status).toBe(400);
    expect(big.body.error.details.fieldMessages).toEqual({ _: { nl: 'Uw bericht is te groot.', en: 'Your message is too large.' } });
    expect(await fingerprint()).toBe(before);

    const small = await chunkedPost('/api/complaints/submissions', JSON.stringify(submission()));
    expect(small.status).toBe(201);
    expect(small.body.data.reference).toMatch(/^KL-\d{4}-\d{6}$/);
    // just under the limit still passes
    const near = await chunkedPost('/api/complaints/submissions', JSON.stringify({ ...submission(), padding: 'x'.repeat(60 * 1024) }));
    expect(near.status).toBe(201);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: 'Gestreamd' } })).toBe(2);
  });

  it('the status lookup and response: 2,000 hostile requests', async () => {
    const created = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx));
    const reference = created.body.data.reference;
    const lookup = fc.record({ ref: fc.oneof(fc.constant(reference), fc.string(), fc.constantFrom('KL-2026-000001', '../../etc/passwd', '%00', 'x'.repeat(500))), token: fc.oneof(fc.string(), fc.constant(''), fc.string({ minLength: 32, maxLength: 32 })), extra: fc.string({ maxLength: 20 }) });
    await fc.assert(
      fc.asyncProperty(lookup, async ({ ref, token, extra }) => {
        const path = `/api/complaints/status/${encodeURIComponent(ref)}`;
        const res = await send('POST', path, { type: 'application/json', body: JSON.stringify({ token, locale: extra }) });
        if (res.status >= 500) throw new Error(`status lookup ${path} answered ${res.status}`);
        if (res.status === 200) throw new Error('a random token opened a status page');
      }),
      { numRuns: 1000 },
    );
    await fc.assert(fc.asyncProperty(hostileRequest(['token', 'response', 'note', 'locale']), (request) => check('POST', `/api/complaints/status/${reference}/response`, request)), { numRuns: 1000 });
  }, 600_000);

  it('every admin transition route: 4,500 hostile bodies', async () => {
    const transitions = adminRoutes.filter((r) => r.method === 'POST' && r.path.startsWith('/complaints/:id/'));
    const perRoute = Math.ceil(4500 / transitions.length);
    for (const route of transitions) {
      // a fresh complaint in each step the route could apply to
      const created = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx));
      const id = created.body.data.id;
      const path = `/complaints${route.path.replace(':id', String(id)).replace(':agreementId', '1')}`;
      await fc.assert(fc.asyncProperty(hostileRequest(ACTION_FIELDS), (request) => check('POST', path, request, fx.superAdmin.token)), { numRuns: perRoute });
    }
    expect(requests).toBeGreaterThanOrEqual(10000);
  }, 900_000);
});
