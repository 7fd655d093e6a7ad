/**
 * The admin's API client asks only what the server mounts: every function and query of
 * admin/src/api/client.ts is called against a recording fetch client, and the method and address it
 * uses must match an admin route (server/src/routes/admin.ts, mounted under /complaints) with that method.
 */
import {
  actionPath,
  createAdminClient,
  queries,
  type AdminClient,
  type AdminFetch,
} from '../../src/plugins/complaints/admin/src/api/client';
import { ACTION_NAMES } from '../../src/plugins/complaints/shared/actions';
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  blob: boolean;
}

function recordingClient(answer: unknown) {
  const calls: Call[] = [];
  const respond = (method: Call['method']) => async (url: string, ...rest: unknown[]) => {
    const body = method === 'POST' || method === 'PUT' ? rest[0] : undefined;
    const config = (method === 'GET' ? rest[0] : rest[1]) as { responseType?: string } | undefined;
    calls.push({ method, url, body, blob: config?.responseType === 'blob' });
    return { data: config?.responseType === 'blob' ? answer : { data: answer } };
  };
  const fetch = { get: respond('GET'), post: respond('POST'), put: respond('PUT'), del: respond('DELETE') } as unknown as AdminFetch;
  return { client: createAdminClient(fetch), calls };
}

/** The mounted route a call reaches, as `METHOD /path` of routes/admin.ts, or null. */
function routeOf(call: Call): string | null {
  const [path] = call.url.split('?');
  const route = adminRoutes.find(
    (r) => r.method === call.method && new RegExp(`^/complaints${r.path.replace(/:\w+/g, '[^/]+')}$`).test(path),
  );
  return route ? `${route.method} ${route.path}` : null;
}

const department = { name: 'Zorg', nameEn: 'Care', email: null, managerId: null, superiorId: null, staffUserIds: [], active: true, receivesUnassigned: false };
const category = { key: 'zorg', nameNl: 'Zorg', nameEn: 'Care', suggestsBehaviour: false, active: true, sortOrder: 1 };
const period = { from: '2025-01-01', to: '2025-12-31', locale: 'nl' as const };

/** Every function of the client, called once; `read` is covered by the queries below. */
const CALLS: Record<Exclude<keyof AdminClient, 'read'>, [(client: AdminClient) => Promise<unknown>, string]> = {
  register: [(c) => c.register({ description: 'x' }), 'POST /complaints'],
  notAComplaint: [(c) => c.notAComplaint(8), 'POST /incoming-mails/:mailId/not-a-complaint'],
  runAction: [(c) => c.runAction(12, 'acknowledge', {}), 'POST /complaints/:id/acknowledge'],
  bulk: [(c) => c.bulk({ action: 'acknowledge', ids: [12, 13] }), 'POST /complaints/bulk'],
  saveView: [(c) => c.saveView({ page: 'mine', name: 'Te laat', filters: { overdue: 'any' } }), 'POST /views'],
  removeView: [(c) => c.removeView(4), 'DELETE /views/:id'],
  previewOutcome: [(c) => c.previewOutcome(12, {}), 'POST /complaints/:id/outcome/preview'],
  saveOutcomeDraft: [(c) => c.saveOutcomeDraft(12, { values: { judgement: '', findings: 'x', conclusions: '', noAgreements: true, agreements: [] }, basedOn: 0 }), 'PUT /complaints/:id/outcome/draft'],
  discardOutcomeDraft: [(c) => c.discardOutcomeDraft(12), 'DELETE /complaints/:id/outcome/draft'],
  addAttachments: [(c) => c.addAttachments(12, []), 'POST /complaints/:id/attachments'],
  askQuestion: [(c) => c.askQuestion(12, { question: 'Heeft u een foto?' }), 'POST /complaints/:id/questions'],
  addNote: [(c) => c.addNote(12, { text: 'Even overleggen', mentions: [3] }), 'POST /complaints/:id/notes'],
  correct: [(c) => c.correct(12, { complainantName: 'J. de Boer', reason: 'Naam verkeerd gespeld' }), 'POST /complaints/:id/corrections'],
  link: [(c) => c.link(12, 'KL-2026-000001'), 'POST /complaints/:id/links'],
  unlink: [(c) => c.unlink(12, 3), 'DELETE /complaints/:id/links/:relatedId'],
  attachmentFile: [(c) => c.attachmentFile(12, 4), 'GET /complaints/:id/attachments/:attachmentId'],
  letterPdf: [(c) => c.letterPdf(3), 'GET /letters/:letterId/pdf'],
  lettersPdf: [(c) => c.lettersPdf([3, 4]), 'GET /letters/print'],
  markLettersPrinted: [(c) => c.markLettersPrinted([3, 4]), 'POST /letters/printed'],
  letterContent: [(c) => c.letterContent(3), 'GET /letters/:letterId/content'],
  retryLetter: [(c) => c.retryLetter(3), 'POST /letters/:letterId/retry'],
  markLetterPrinted: [(c) => c.markLetterPrinted(3), 'POST /letters/:letterId/printed'],
  updateProcedure: [(c) => c.updateProcedure({} as never), 'PUT /settings/procedure'],
  applyRegime: [(c) => c.applyRegime({ regime: 'awb' }), 'POST /settings/regime'],
  updateForm: [(c) => c.updateForm({ showStaffNames: true }), 'PUT /settings/form'],
  addClosedDay: [(c) => c.addClosedDay({ date: '2025-05-02', name: 'Brug', kind: 'organisation' }), 'POST /settings/closed-days'],
  removeClosedDay: [(c) => c.removeClosedDay(4), 'DELETE /settings/closed-days/:id'],
  runSweep: [(c) => c.runSweep(), 'POST /sweep'],
  createDepartment: [(c) => c.createDepartment(department), 'POST /departments'],
  updateDepartment: [(c) => c.updateDepartment(5, department), 'PUT /departments/:id'],
  createCategory: [(c) => c.createCategory(category), 'POST /categories'],
  updateCategory: [(c) => c.updateCategory(6, category), 'PUT /categories/:id'],
  updateLetterTemplate: [(c) => c.updateLetterTemplate(7, { subject: 's', body: 'b' }), 'PUT /letter-templates/:id'],
  resetLetterTemplate: [(c) => c.resetLetterTemplate(7), 'POST /letter-templates/:id/reset'],
  previewLetter: [(c) => c.previewLetter({ kind: 'acknowledgement', locale: 'nl', subject: 's', body: 'b' }), 'POST /letter-templates/preview'],
  privacyExport: [(c) => c.privacyExport({ email: 'a@example.org' }), 'GET /privacy/export'],
  privacyExportPdf: [(c) => c.privacyExportPdf({ clientNumber: 'K1' }), 'GET /privacy/export'],
  anonymise: [(c) => c.anonymise(12, 'asked'), 'POST /complaints/:id/anonymise'],
  runRetention: [(c) => c.runRetention(), 'POST /privacy/retention'],
  annualReportFile: [(c) => c.annualReportFile(period, 'csv'), 'GET /reports/annual'],
  registerFile: [(c) => c.registerFile(period, 'xlsx'), 'GET /reports/register'],
};

const QUERIES: Record<keyof typeof queries, [ReturnType<(typeof queries)[keyof typeof queries]>, string]> = {
  overview: [queries.overview(), 'GET /overview'],
  lookups: [queries.lookups(), 'GET /lookups'],
  complaints: [queries.complaints({ page: 1, pageSize: 25, status: ['received', 'acknowledged'] }), 'GET /complaints'],
  dossier: [queries.dossier(12), 'GET /complaints/:id'],
  outcomeDraft: [queries.outcomeDraft(12), 'GET /complaints/:id/outcome/draft'],
  attachments: [queries.attachments(12), 'GET /complaints/:id/attachments'],
  settings: [queries.settings(), 'GET /settings'],
  calendar: [queries.calendar(2025), 'GET /settings/calendar'],
  staff: [queries.staff(), 'GET /settings/staff'],
  departments: [queries.departments(), 'GET /departments'],
  categories: [queries.categories(), 'GET /categories'],
  letterTemplates: [queries.letterTemplates(), 'GET /letter-templates'],
  incomingMails: [queries.incomingMails(), 'GET /incoming-mails'],
  lettersToPrint: [queries.lettersToPrint(), 'GET /letters/to-print'],
  savedViews: [queries.savedViews(), 'GET /views'],
  annualReport: [queries.annualReport(period), 'GET /reports/annual'],
  privacyExport: [queries.privacyExport({ email: 'a@example.org' }), 'GET /privacy/export'],
};

describe('admin: the API client', () => {
  it.each(Object.entries(CALLS))('%s reaches its mounted route and answers what is inside { data }', async (_name, [call, expected]) => {
    const { client, calls } = recordingClient({ ok: 1 });
    const answer = await call(client);
    expect(calls.map(routeOf)).toEqual([expected]);
    // Files come as they are, data out of its envelope.
    expect(answer).toEqual({ ok: 1 });
  });

  it.each(Object.entries(QUERIES))('the %s query reaches its mounted route', async (_name, [query, expected]) => {
    const { client, calls } = recordingClient([1, 2]);
    expect(await client.read(query as never)).toEqual([1, 2]);
    expect(calls.map(routeOf)).toEqual([expected]);
  });

  it('posts every action of the procedure to its mounted route', async () => {
    for (const action of ACTION_NAMES) {
      const { client, calls } = recordingClient(null);
      await client.runAction(12, action, {}, 34);
      expect(`${action}: ${routeOf(calls[0])}`).toBe(`${action}: POST /complaints/:id${actionPath(12, action, 34).replace('/complaints/12', '').replace('/34/', '/:agreementId/')}`);
    }
  });

  it('sends files with the session as blobs and encodes the query string', async () => {
    const { client, calls } = recordingClient(null);
    await client.privacyExportPdf({ email: 'smit & zn@example.org' });
    await client.read(queries.complaints({ page: 2, pageSize: 25, search: 'Smit & Zn', status: ['received', 'acknowledged'] }));
    expect(calls[0]).toMatchObject({ blob: true, url: '/complaints/privacy/export?email=smit+%26+zn%40example.org&format=pdf' });
    expect(calls[1]).toMatchObject({ blob: false, url: '/complaints/complaints?page=2&pageSize=25&search=Smit+%26+Zn&status=received&status=acknowledged' });
  });
});
