/**
 * A search that finds many complaints (a common surname): on SQLite its ids reach the list's query as one
 * JSON array once there are more than a thousand (persistence/complaints.ts). The page, its order, the
 * count, another filter beside the search and the complaints about the signed-in user (Awb 9:7) must come
 * out as they do for a short list.
 */
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

const TABLE = 'complaints_complaints';
const COPIES = 1_199;

describe('a search that finds more than a thousand complaints', () => {
  let app: TestApp;
  let fx: Fixtures;
  let expected: Array<{ id: number; status: string; receivedAt: number; accused: boolean }>;
  const get = (path: string) => app.http().get(`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);

  beforeAll(async () => {
    app = await startApp();
    fx = await createFixtures(app);
    const res = await app.http().post('/complaints/complaints').set('Authorization', `Bearer ${fx.superAdmin.token}`).send(registration(fx, { complainantName: 'Talrijk Veelvoud', description: 'Veelvoudige lekkage in de berging.' }));
    expect(res.status).toBe(201);
    // Copies of the registered row, straight into the table: registering twelve hundred through the API
    // would take minutes. Dates one minute apart, every third one acknowledged, every hundredth one about
    // the signed-in user (a person record linked to their account).
    const knex = app.strapi.db.connection;
    const { id: _id, ...row } = await knex(TABLE).where({ id: res.body.data.id }).first();
    const start = Date.parse('2026-03-02T09:00:00Z');
    const copies = Array.from({ length: COPIES }, (_, i) => ({
      ...row,
      document_id: `many${i}`,
      reference: `${row.reference}-${i}`,
      reference_number: 900_000 + i,
      // several copies share a minute, so the id decides their order
      received_at: new Date(start + Math.floor(i / 3) * 60_000),
      status: i % 3 === 0 ? 'acknowledged' : 'received',
    }));
    await knex.batchInsert(TABLE, copies, 100);
    const rows: Array<{ id: number; reference: string; status: string; received_at: unknown }> = await knex(TABLE).select('id', 'reference', 'status', 'received_at').where('complainant_name', 'Talrijk Veelvoud');
    const about = rows.filter((r) => Number(r.reference.split('-').pop()) % 100 === 7 && r.reference !== row.reference);
    const now = new Date();
    await knex.batchInsert(
      'complaints_complaint_persons',
      about.map((r) => ({ complaint_id: r.id, position: 0, name: 'Super Admin', user_id: fx.superAdmin.id, created_at: now, updated_at: now, published_at: now })),
      100,
    );
    const accused = new Set(about.map((r) => Number(r.id)));
    expected = rows
      .map((r) => ({ id: Number(r.id), status: r.status, receivedAt: new Date(r.received_at as string | number | Date).getTime(), accused: accused.has(Number(r.id)) }))
      .sort((a, b) => b.receivedAt - a.receivedAt || b.id - a.id);
    expect(expected).toHaveLength(COPIES + 1);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists them newest first page by page and counts them, leaving out the complaints about the signed-in user', async () => {
    const visible = expected.filter((c) => !c.accused);
    expect(visible.length).toBeLessThan(expected.length);
    for (const term of ['Veelvoud', 'veelvoud']) {
      for (const page of [1, 2, 40]) {
        const res = await get(`/complaints?search=${term}&page=${page}&pageSize=25`);
        expect(res.status).toBe(200);
        expect(res.body.data.results.map((r: { id: number }) => r.id)).toEqual(visible.slice((page - 1) * 25, page * 25).map((c) => c.id));
        expect(res.body.data.pagination.total).toBe(visible.length);
      }
    }
    // the name and the description both match: each complaint once
    const text = await get('/complaints?search=lekkage&pageSize=100');
    expect(text.body.data.pagination.total).toBeGreaterThanOrEqual(visible.length);
    expect(new Set(text.body.data.results.map((r: { id: number }) => r.id)).size).toBe(text.body.data.results.length);
  });

  it('with another filter beside the search: a step sorted by its term, a status', async () => {
    const received = expected.filter((c) => !c.accused && c.status === 'received');
    const step = await get('/complaints?search=Veelvoud&step=2&pageSize=100');
    expect(step.body.data.pagination.total).toBe(received.length);
    expect(step.body.data.results.every((r: { status: string }) => r.status === 'received')).toBe(true);
    const acknowledged = await get('/complaints?search=Veelvoud&status=acknowledged&sort=received&pageSize=25');
    const wanted = expected.filter((c) => !c.accused && c.status === 'acknowledged');
    expect(acknowledged.body.data.pagination.total).toBe(wanted.length);
    expect(acknowledged.body.data.results.map((r: { id: number }) => r.id)).toEqual(wanted.slice(0, 25).map((c) => c.id));
  });
});
