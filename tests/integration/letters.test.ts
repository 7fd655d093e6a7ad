/**
 * Letters through a real SMTP server: the acknowledgement arrives with the right subject, body, reference
 * and headers in Dutch and English; hostile names are escaped; an SMTP outage delays letters, never loses
 * them; a failed letter can be retried; postal letters become PDFs; templates are checked when saved; each
 * regime's preset makes the notices name their next body and its term, in the mail and in the PDF.
 */
import { blocksToText } from '../../src/plugins/complaints/server/src/letters/render';
import { fillStatusToken, statusLinkSecret, trackingToken } from '../../src/plugins/complaints/server/src/status-link';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { startApp, type TestApp } from '../helpers/strapi';

describe('letters and the outbox', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let fx: Fixtures;

  const admin = (method: 'get' | 'post' | 'put', path: string, body: object = {}) => {
    const req = app.http()[method](`/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    return method === 'get' ? req : req.send(body);
  };
  const letters = (complaintId: number) => app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId }, orderBy: { id: 'asc' } });
  const drain = () => app.strapi.plugin('complaints').service('outbox').drain();
  /** A letter is marked a moment after the SMTP server accepted it: poll until `check` holds. */
  async function eventually(check: () => Promise<boolean>, timeoutMs = 10000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }

  async function register(overrides: Record<string, unknown> = {}) {
    const res = await admin('post', '/complaints', registration(fx, { channel: 'e-mail', complainantEmail: 'klager@example.nl', ...overrides }));
    expect(res.status).toBe(201);
    return res.body.data as { id: number; reference: string };
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ env: { ...smtp.env, COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_BACKOFF_SECONDS: '1', COMPLAINTS_OUTBOX_POLL_SECONDS: '1', COMPLAINTS_OUTBOX_MAX_ATTEMPTS: '4', PUBLIC_URL: 'https://klachten.gemeente-voorbeeld.nl' } });
    fx = await createFixtures(app);
  });

  afterAll(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('sends the acknowledgement in Dutch with subject, reference, dates, status link and headers', async () => {
    const { id, reference } = await register();
    expect((await admin('post', `/complaints/${id}/acknowledge`, { answer: 'De monteur komt dinsdag.' })).status).toBe(200);
    await smtp.waitFor((mails) => mails.some((m) => m.subject.includes(reference) && /Ontvangstbevestiging/.test(m.subject)));
    const mail = smtp.received.find((m) => m.subject === `Ontvangstbevestiging van uw klacht ${reference}`)!;
    expect(mail.to).toBe('klager@example.nl');
    expect(mail.text).toContain('Geachte Jan de Boer');
    expect(mail.text).toContain(reference);
    expect(mail.text).toContain('De monteur komt dinsdag.');
    expect(mail.text).toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    expect(mail.html).toContain('<strong>' + reference + '</strong>');
    expect(mail.headers.get('x-klacht-referentie')).toBe(reference);
    expect(mail.headers.get('x-klacht-brief')).toBe('acknowledgement');
    // composed by the outbox, sent through the email plugin: sender, reply address and addressee as configured
    expect((mail.headers.get('from') as any).value).toEqual([{ address: 'klachten@gemeente-voorbeeld.nl', name: '' }]);
    expect((mail.headers.get('reply-to') as any).value).toEqual([{ address: 'klachten@gemeente-voorbeeld.nl', name: '' }]);
    expect((mail.headers.get('to') as any).value).toEqual([{ address: 'klager@example.nl', name: 'Jan de Boer' }]);
    expect(mail.messageId).toMatch(new RegExp(`^<${reference.toLowerCase()}\\.acknowledgement\\.[\\w-]+@gemeente-voorbeeld\\.nl>$`));

    await eventually(async () => (await letters(id)).some((l: any) => l.kind === 'acknowledgement' && l.status === 'sent'));
    const rows = await letters(id);
    const ack = rows.find((l: any) => l.kind === 'acknowledgement');
    expect(ack).toMatchObject({ status: 'sent', channel: 'email', recipientEmail: 'klager@example.nl', subject: mail.subject, attempts: 1 });
    expect(ack.sentAt).toBeTruthy();
    // the stored body (blocks) is the letter as sent: its text part is made from it, with the
    // complainant's token where the record keeps a stand-in
    const token = trackingToken(statusLinkSecret(app.strapi), reference);
    expect(blocksToText(ack.blocks)).not.toContain(token);
    expect(fillStatusToken(blocksToText(ack.blocks), token).trim()).toBe(mail.text.trim());
    expect(mail.text).toContain(`/klachtenformulier/status#ref=${reference}&token=${token}`);
    const dossier = (await admin('get', `/complaints/${id}`)).body.data;
    expect(dossier.letters.map((l: any) => l.kind)).toEqual(expect.arrayContaining(['acknowledgement', 'staff_new_complaint']));
    expect(dossier.timeline.map((e: any) => e.type)).toContain('letter.sent');
  });

  it('writes letters in the complainant’s language', async () => {
    const { id, reference } = await register({ preferredLanguage: 'en', complainantEmail: 'english@example.nl' });
    await admin('post', `/complaints/${id}/acknowledge`, {});
    await smtp.waitFor((mails) => mails.some((m) => m.subject === `Acknowledgement of your complaint ${reference}`));
    const mail = smtp.received.find((m) => m.subject === `Acknowledgement of your complaint ${reference}`)!;
    expect(mail.text).toContain('Dear Jan de Boer');
    expect(mail.text).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    // the agreements name a department by its English name
    expect((await admin('post', `/complaints/${id}/hearing/skip`, { reason: 'complainant_waived' })).status).toBe(200);
    const due = new Date(Date.now() + 20 * 86400000).toISOString().slice(0, 10);
    expect((await admin('post', `/complaints/${id}/outcome`, { judgement: 'founded', findings: 'Right.', agreements: [{ description: 'Repair the lift', ownerDepartmentId: fx.departments.a, dueDate: due }] })).status).toBe(200);
    await drain();
    await smtp.waitFor((mails) => mails.some((m) => m.to === 'english@example.nl' && m.text.includes('Repair the lift')));
    const outcome = smtp.received.find((m) => m.to === 'english@example.nl' && m.text.includes('Repair the lift'))!;
    expect(outcome.text).toContain('Department A');
    expect(outcome.text).not.toContain('Afdeling A');
  });

  it('escapes a hostile name and description in the HTML part', async () => {
    const { id, reference } = await register({ complainantName: '<script>alert(1)</script>', complainantEmail: 'xss@example.nl' });
    await admin('post', `/complaints/${id}/acknowledge`, { answer: '<img src=x onerror=alert(2)>' });
    await smtp.waitFor((mails) => mails.some((m) => m.to === 'xss@example.nl' && m.subject.includes(reference)));
    const mail = smtp.received.find((m) => m.to === 'xss@example.nl')!;
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toMatch(/<img/i);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.text).toContain('<script>alert(1)</script>');
  });

  it('notifies the department of a new online complaint and confirms it to the complainant', async () => {
    const form = app.strapi.plugin('complaints').service('publicForm');
    const res = await app
      .http()
      .post('/api/complaints/submissions')
      .send({ complainantName: 'Online Klager', complainantEmail: 'online@example.nl', categoryId: fx.categories.service, description: 'Het afval is al twee weken niet opgehaald.', privacyConsent: true, website: '', formToken: form.issueToken(new Date(Date.now() - 10000)) });
    expect(res.status).toBe(201);
    const reference = res.body.data.reference;
    await smtp.waitFor((mails) => mails.filter((m) => m.subject.includes(reference)).length >= 3);
    const about = smtp.received.filter((m) => m.subject.includes(reference));
    expect(about.map((m) => m.to).sort()).toEqual(['a@test.local', fx.managerA.email, 'online@example.nl'].sort());
    const confirmation = about.find((m) => m.to === 'online@example.nl')!;
    expect(confirmation.text).toContain('https://klachten.gemeente-voorbeeld.nl/klachtenformulier/status#ref=' + reference);
  });

  it('delays letters while the SMTP server is down and delivers each once when it is back', async () => {
    await smtp.down();
    const created = await Promise.all([register({ complainantEmail: 'storing1@example.nl' }), register({ complainantEmail: 'storing2@example.nl' })]);
    for (const { id } of created) await admin('post', `/complaints/${id}/acknowledge`, {});
    // the worker tries, fails and schedules a retry with a backoff
    await new Promise((r) => setTimeout(r, 2500));
    for (const { id } of created) {
      const ack = (await letters(id)).find((l: any) => l.kind === 'acknowledgement');
      expect(ack.status === 'queued' || ack.status === 'sending').toBe(true);
      expect(ack.attempts).toBeGreaterThanOrEqual(1);
      expect(ack.lastError).toBeTruthy();
    }
    await smtp.up();
    await smtp.waitFor((mails) => ['storing1@example.nl', 'storing2@example.nl'].every((to) => mails.some((m) => m.to === to && /Ontvangstbevestiging/.test(m.subject))), 30000);
    // the letter is marked sent right after the SMTP server accepted it
    for (const { id } of created) {
      await eventually(async () => (await letters(id)).find((l: any) => l.kind === 'acknowledgement').status === 'sent');
      expect((await letters(id)).find((l: any) => l.kind === 'acknowledgement').status).toBe('sent');
    }
    const storing = smtp.received.filter((m) => m.to.startsWith('storing') && /Ontvangstbevestiging/.test(m.subject));
    expect(storing).toHaveLength(2);
  });

  it('marks a letter failed after the last attempt, shows the error, and sends it again on retry', async () => {
    await smtp.down();
    const { id } = await register({ complainantEmail: 'retry@example.nl' });
    await admin('post', `/complaints/${id}/acknowledge`, {});
    const deadline = Date.now() + 30000;
    let ack: any;
    do {
      await new Promise((r) => setTimeout(r, 500));
      ack = (await letters(id)).find((l: any) => l.kind === 'acknowledgement');
    } while (ack.status !== 'failed' && Date.now() < deadline);
    expect(ack).toMatchObject({ status: 'failed', attempts: 4 });
    expect(ack.lastError).toMatch(/ECONNREFUSED|connect/i);
    const dossier = (await admin('get', `/complaints/${id}`)).body.data;
    expect(dossier.letters.find((l: any) => l.kind === 'acknowledgement')).toMatchObject({ status: 'failed', lastError: ack.lastError });
    expect(dossier.timeline.map((e: any) => e.type)).toContain('letter.failed');

    await smtp.up();
    expect((await admin('post', `/letters/${ack.id}/retry`)).status).toBe(200);
    await smtp.waitFor((mails) => mails.some((m) => m.to === 'retry@example.nl' && /Ontvangstbevestiging/.test(m.subject)));
    await eventually(async () => (await letters(id)).find((l: any) => l.kind === 'acknowledgement').status === 'sent');
    expect((await letters(id)).find((l: any) => l.kind === 'acknowledgement').status).toBe('sent');
    expect((await admin('post', `/letters/${ack.id}/retry`)).status).toBe(409);
  });

  it('renders a postal letter to PDF for printing when the complaint came by post', async () => {
    const { id, reference } = await register({ channel: 'post', complainantEmail: null, complainantName: 'Truus Post' });
    await admin('post', `/complaints/${id}/acknowledge`, {});
    await drain();
    const ack = (await letters(id)).find((l: any) => l.kind === 'acknowledgement');
    expect(ack).toMatchObject({ status: 'to_print', channel: 'post', recipientName: 'Truus Post' });
    const pdf = await admin('get', `/letters/${ack.id}/pdf`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
    expect(text).toContain(reference);
    expect(text).toContain('Truus Post');
    expect(text).toContain('1234 AB');
    expect((await admin('post', `/letters/${ack.id}/printed`)).status).toBe(200);
    expect((await letters(id)).find((l: any) => l.kind === 'acknowledgement').status).toBe('printed');
  });

  it('names the next body and its term per regime in the not-handled notice, by e-mail and in the postal PDF', async () => {
    const pdfText = async (letterId: number) => {
      const res = await admin('get', `/letters/${letterId}/pdf`).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      const { extractText, getDocumentProxy } = await import('unpdf');
      return (await extractText(await getDocumentProxy(new Uint8Array(res.body)), { mergePages: true })).text.replace(/\s+/g, ' ');
    };
    const notHandled = async (channel: 'e-mail' | 'post', name: string) => {
      const { id, reference } = await register(channel === 'post' ? { channel, complainantEmail: null, complainantName: name } : { complainantName: name });
      const res = await admin('post', `/complaints/${id}/not-admissible`, { reason: 'court_case_pending', explanation: 'Hierover loopt een rechtszaak.', referral: 'De rechtbank die de zaak behandelt.' });
      expect(res.status).toBe(200);
      await drain();
      return { id, reference, letter: (await letters(id)).find((l: any) => l.kind === 'not_admissible_notice') };
    };
    const cases = [
      { regime: 'awb', body: 'Nationale ombudsman', words: ['vragen een onderzoek in te stellen', 'binnen een jaar na de datum van deze brief'] },
      { regime: 'wkkgz', body: 'Geschillencommissie Zorg', words: ['als geschil voorleggen', 'binnen een jaar na de datum van deze brief'] },
      { regime: 'housing', body: 'Onafhankelijke Regionale Geschillencommissie', words: ['als geschil voorleggen', 'binnen de termijn die het reglement van de commissie noemt'], warning: 'no_committee_term' },
      { regime: 'own', body: 'Klachtencommissie Eigen Regeling', words: ['als geschil voorleggen', 'binnen 6 weken na de datum van deze brief'], own: { committeeName: 'Klachtencommissie Eigen Regeling', committeeTermWeeks: 6 } },
    ];
    try {
      for (const c of cases) {
        const applied = await admin('post', '/settings/regime', { regime: c.regime });
        expect(applied.status).toBe(200);
        expect(applied.body.data.regime).toBe(c.regime);
        if (c.own) expect((await admin('put', '/settings/procedure', c.own)).status).toBe(200);
        const settings = await admin('get', '/settings');
        expect(settings.body.data.procedure.committeeName).toBe(c.body);
        if (c.warning) expect(settings.body.data.warnings.map((w: any) => w.code)).toContain(c.warning);

        const mailed = await notHandled('e-mail', `Klager ${c.regime}`);
        const isNotice = (m: (typeof smtp.received)[number]) => m.subject.includes(mailed.reference) && m.headers.get('x-klacht-brief') === 'not_admissible_notice';
        await smtp.waitFor((mails) => mails.some(isNotice));
        const mail = smtp.received.find(isNotice)!;
        const text = mail.text.replace(/\s+/g, ' ');
        expect(`${c.regime}: ${text.includes(c.body)}`).toBe(`${c.regime}: true`);
        for (const word of c.words) expect(`${c.regime}: ${text.includes(word)}`).toBe(`${c.regime}: true`);
        expect(text).toContain('Er loopt een rechtszaak over de gedraging');

        const posted = await notHandled('post', `Postklager ${c.regime}`);
        expect(posted.letter).toMatchObject({ channel: 'post', status: 'to_print' });
        const pdf = await pdfText(posted.letter.id);
        expect(`${c.regime}: ${pdf.includes(c.body)}`).toBe(`${c.regime}: true`);
        for (const word of c.words) expect(`${c.regime} (pdf): ${pdf.includes(word)}`).toBe(`${c.regime} (pdf): true`);
      }
      // an unknown regime: a message per field in both languages
      const wrong = await admin('post', '/settings/regime', { regime: 'ombudsman' });
      expect(wrong.status).toBe(400);
    } finally {
      await admin('post', '/settings/regime', { regime: 'housing' });
    }
  });

  it('delivers 500 queued letters, each exactly once', async () => {
    const { id } = await register({ complainantEmail: 'bulk@example.nl' });
    const complaint = await app.strapi.plugin('complaints').service('complaints').requireById(id);
    const service = app.strapi.plugin('complaints').service('letters');
    const recipient = { name: 'Bulk', email: 'bulk@example.nl', addressLines: [], locale: 'nl' };
    const letter = { kind: 'closure', audience: 'complainant', recipient, channel: 'email' };
    await service.queueMany(complaint, Array.from({ length: 500 }, () => letter));
    await smtp.waitFor((mails) => mails.filter((m) => m.to === 'bulk@example.nl' && /afgehandeld|afgesloten|Afronding|klacht/i.test(m.subject)).length >= 500, 60000);
    const bulk = smtp.received.filter((m) => m.to === 'bulk@example.nl');
    const ids = new Set(bulk.map((m) => m.messageId));
    expect(ids.size).toBe(bulk.length);
    expect(bulk.length).toBeGreaterThanOrEqual(500);
    await eventually(async () => (await letters(id)).filter((l: any) => l.kind === 'closure' && l.status === 'sent').length === 500);
    const rows = await letters(id);
    expect(rows.filter((l: any) => l.kind === 'closure' && l.status === 'sent')).toHaveLength(500);
  });

  it('refuses a template with an unknown placeholder at save time, in Dutch and English, and previews a good one', async () => {
    const list = (await admin('get', '/letter-templates')).body.data;
    expect(list.placeholders.map((p: any) => p.path)).toEqual(expect.arrayContaining(['complaint.reference', 'complainant.name', 'hearing.plannedAt']));
    const template = list.templates.find((t: any) => t.kind === 'acknowledgement' && t.audience === 'complainant' && t.locale === 'nl');
    const bad = await admin('put', `/letter-templates/${template.id}`, { subject: 'Klacht {{ complaint.refrence }}', body: template.body });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fieldErrors.subject).toContain('complaint.refrence');
    const badEn = await app.http().put(`/complaints/letter-templates/${template.id}?locale=en`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send({ subject: 'Klacht {{ complaint.refrence }}', body: template.body });
    expect(badEn.body.error.details.fieldErrors.subject).toMatch(/complaint\.refrence/);
    expect(badEn.body.error.details.fieldErrors.subject).not.toBe(bad.body.error.details.fieldErrors.subject);

    const { id } = await register({ complainantName: 'Voorbeeld Klager' });
    const preview = await admin('post', '/letter-templates/preview', { kind: 'acknowledgement', subject: 'Uw klacht {{ complaint.reference }}', body: '<p>Beste {{ recipient.name }}, ontvangen op {{ complaint.receivedAt | datum }}.</p>', complaintId: id });
    expect(preview.status).toBe(200);
    expect(preview.body.data.subject).toMatch(/^Uw klacht KL-\d{4}-\d{6}$/);
    expect(preview.body.data.text).toContain('Beste Voorbeeld Klager');

    const saved = await admin('put', `/letter-templates/${template.id}`, { subject: 'Wij hebben uw klacht {{ complaint.reference }} ontvangen', body: template.body });
    expect(saved.status).toBe(200);
    expect((await admin('post', `/letter-templates/${template.id}/reset`)).body.data.subject).toBe(template.subject);
  });
});
