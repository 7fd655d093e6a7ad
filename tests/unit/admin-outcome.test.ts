/**
 * Step 4 sends the outcome and, while it is being written, asks the server for the letter it would send
 * (POST …/outcome/preview). Both bodies must be what the server's schema for those routes accepts; the
 * preview waits for a judgement and findings and leaves half-filled agreements out.
 */
import { draftValuesOf, judgementFromParts, outcomeBody, outcomePreviewRequest, valuesOfDraft, type OutcomeValues } from '../../src/plugins/complaints/admin/src/lib/outcome';
import { adminRoutes } from '../../src/plugins/complaints/server/src/routes/admin';
import { sendOutcomeSchema } from '../../src/plugins/complaints/server/src/validation/actions';

const row = (key: number, changes: Partial<OutcomeValues['agreements'][number]> = {}) => ({
  key,
  description: 'Kraan repareren',
  ownerType: 'department' as const,
  ownerId: '3',
  dueDate: '2030-06-14',
  ...changes,
});

const values = (changes: Partial<OutcomeValues> = {}): OutcomeValues => ({
  judgement: 'partly_founded',
  parts: [],
  findings: '  De monteur kwam twee keer niet.  ',
  conclusions: ' ',
  noAgreements: false,
  agreements: [row(1), row(2, { ownerType: 'user', ownerId: '7', description: 'Klager terugbellen' })],
  ...changes,
});

describe('admin: the outcome of step 4 and the preview of its letter', () => {
  it('previews through the route the handlers may use (process right, not the settings right)', () => {
    const route = adminRoutes.find((r) => r.path === '/complaints/:id/outcome/preview');
    expect(route?.method).toBe('POST');
    expect(JSON.stringify(route?.config.policies)).toContain('plugin::complaints.complaints.process');
  });

  it('sends a complete outcome the server accepts, owners as user or department ids', () => {
    const parsed = sendOutcomeSchema.safeParse(outcomeBody(values()));
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
    expect(outcomeBody(values()).agreements).toEqual([
      { description: 'Kraan repareren', ownerUserId: null, ownerDepartmentId: 3, dueDate: '2030-06-14' },
      { description: 'Klager terugbellen', ownerUserId: 7, ownerDepartmentId: null, dueDate: '2030-06-14' },
    ]);
    expect(outcomeBody(values({ noAgreements: true })).agreements).toEqual([]);
  });

  it('asks for a preview only once there is a judgement and findings', () => {
    expect(outcomePreviewRequest(values({ judgement: '' }))).toBeNull();
    expect(outcomePreviewRequest(values({ findings: '   ' }))).toBeNull();
    expect(outcomePreviewRequest(values())).not.toBeNull();
  });

  it('previews a draft the server accepts, leaving out the agreements still missing a part', () => {
    const draft = values({
      agreements: [row(1), row(2, { description: ' ' }), row(3, { ownerId: '' }), row(4, { dueDate: '2030-06' }), row(5, { description: ' Excuses sturen ' })],
    });
    const request = outcomePreviewRequest(draft)!;
    expect(request.leftOut).toBe(3);
    expect(request.body.agreements.map((a) => a.description)).toEqual(['Kraan repareren', 'Excuses sturen']);
    expect(request.body.findings).toBe('De monteur kwam twee keer niet.');
    expect(request.body.conclusions).toBeNull();
    const parsed = sendOutcomeSchema.safeParse(request.body);
    expect(parsed.success ? null : parsed.error.issues).toBeNull();
  });

  it('judges a complaint part by part: the whole follows the parts, the preview shows the judged ones, the server takes them', () => {
    const part = (key: number, description: string, judgement: string) => ({ key, description, judgement });
    expect(judgementFromParts([])).toBeNull();
    expect(judgementFromParts([part(1, 'Te laat', 'founded'), part(2, 'Onbeleefd', '')])).toBe('founded');
    expect(judgementFromParts([part(1, 'Te laat', 'founded'), part(2, 'Onbeleefd', 'unfounded')])).toBe('partly_founded');
    expect(judgementFromParts([part(1, 'Te laat', 'unfounded'), part(2, 'Onbeleefd', 'inadmissible')])).toBe('unfounded');
    const draft = values({ judgement: 'partly_founded', parts: [part(1, ' Te laat ', 'founded'), part(2, 'Onbeleefd', 'unfounded'), part(3, '  ', 'founded')] });
    expect(outcomePreviewRequest(draft)!.body.parts).toEqual([
      { description: 'Te laat', judgement: 'founded' },
      { description: 'Onbeleefd', judgement: 'unfounded' },
    ]);
    // sent as typed: the server names the part still missing its text
    const sent = sendOutcomeSchema.safeParse(outcomeBody(draft));
    expect(sent.success ? [] : sent.error.issues.map((i) => i.path.join('.'))).toEqual(['parts.2.description']);
    const back = valuesOfDraft(draftValuesOf(draft));
    expect(back.parts.map((p) => [p.description, p.judgement])).toEqual(draft.parts.map((p) => [p.description, p.judgement]));
    // a draft kept before parts existed opens without them
    const { parts: _none, ...old } = draftValuesOf(values());
    expect(valuesOfDraft(old).parts).toEqual([]);
  });

  it('previews "no agreements" as the letter without any', () => {
    const request = outcomePreviewRequest(values({ noAgreements: true }))!;
    expect(request).toMatchObject({ leftOut: 0, body: { noAgreements: true, agreements: [] } });
    expect(sendOutcomeSchema.safeParse(request.body).success).toBe(true);
  });
});
