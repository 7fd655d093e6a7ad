/**
 * Complaints by e-mail, read from a real IMAP server (Dovecot, tests/helpers/dovecot.ts) with documents
 * scanned by a real clamd: a new mail becomes a draft that staff register in one click (or mark "not a
 * complaint"); a reply to a letter, a bounce and an automatic answer go to their dossier; a mailbox outage
 * delays; a crash in the middle of a batch and two instances reading the same mailbox still process every
 * mail exactly once.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { loginAdmin } from '../helpers/admin';
import { startClamd, eicar, type TestClamd } from '../helpers/clamd';
import { startDovecot, type TestMailbox } from '../helpers/dovecot';
import { startAppProcess, type AppProcess } from '../helpers/process';
import { startApp, type TestApp } from '../helpers/strapi';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
const PROCESSED = 'Verwerkt';
const MAIL_UID = 'plugin::complaints.incoming-mail';

interface MailSpec {
  from?: string;
  subject?: string;
  text?: string;
  messageId?: string;
  inReplyTo?: string;
  headers?: Record<string, string>;
  attachments?: Array<{ filename: string; content: Buffer; contentType?: string }>;
}

/** A mail as a mail client would send it (nodemailer's composer: MIME, encodings, a Message-ID). */
function compose(spec: MailSpec): Promise<Buffer> {
  return new MailComposer({
    from: spec.from ?? 'Fatma Öztürk <fatma@example.nl>',
    to: 'klachten@example.nl',
    subject: spec.subject ?? 'Klacht over de lift',
    text: spec.text ?? 'De lift in ons gebouw staat al drie weken stil.',
    messageId: spec.messageId,
    inReplyTo: spec.inReplyTo,
    references: spec.inReplyTo,
    headers: spec.headers,
    attachments: spec.attachments,
  })
    .compile()
    .build();
}

/** A delivery status notification (RFC 3464) for the letter with this Message-ID, as a receiving server sends it. */
function bounceFor(messageId: string, status = '5.1.1'): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'To: klachten@example.nl',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Thu, 3 Dec 2026 10:00:00 +0100',
    `Message-ID: <bounce.${Date.now()}.${Math.random().toString(36).slice(2)}@mx.example.org>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Your message could not be delivered to one or more recipients.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: rfc822; jan.nietbestaand@example.org',
    `Action: ${status.startsWith('5') ? 'failed' : 'delayed'}`,
    `Status: ${status}`,
    `Diagnostic-Code: smtp; 550 ${status} <jan.nietbestaand@example.org>: Recipient address rejected`,
    '',
    '--B',
    'Content-Type: message/rfc822',
    '',
    'From: klachten@example.nl',
    'To: jan.nietbestaand@example.org',
    'Subject: Ontvangstbevestiging',
    `Message-ID: ${messageId}`,
    '',
    'Geachte heer,',
    '--B--',
    '',
  ].join('\r\n');
}

describe('complaints by e-mail (IMAP intake)', () => {
  let app: TestApp;
  let fx: Fixtures;
  let mailbox: TestMailbox;
  let clamd: TestClamd;
  let directory: string;
  let mailEnv: Record<string, string>;
  let hooks: WebhookReceiver;
  /** What reached the webhook receiver for this complaint, by event. */
  const delivered = (reference: string) => hooks.deliveries.filter((d) => (d.body as any).reference === reference);

  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const poll = () => service('mailIntake').poll();
  const api = (method: 'get' | 'post', url: string, token = fx.superAdmin.token) => app.http()[method](url).set('Authorization', `Bearer ${token}`);
  const mails = (where: Record<string, unknown> = {}) => app.strapi.db.query(MAIL_UID).findMany({ where, orderBy: { id: 'asc' } });
  const deliver = async (spec: MailSpec) => mailbox.deliver(await compose(spec));

  beforeAll(async () => {
    [mailbox, clamd] = await Promise.all([startDovecot(), startClamd()]);
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-mail-documents-'));
    mailEnv = {
      COMPLAINTS_IMAP_HOST: mailbox.host,
      COMPLAINTS_IMAP_PORT: String(mailbox.port),
      COMPLAINTS_IMAP_SECURE: 'false',
      COMPLAINTS_IMAP_USER: mailbox.user,
      COMPLAINTS_IMAP_PASSWORD: mailbox.password,
      COMPLAINTS_IMAP_PROCESSED_FOLDER: PROCESSED,
      COMPLAINTS_CLAMD: clamd.address,
      COMPLAINTS_ATTACHMENTS_DIR: directory,
    };
    app = await startApp({ env: mailEnv });
    fx = await createFixtures(app);
    // a site owner subscribes to the mail events through Strapi's own webhook API
    hooks = await startWebhookReceiver();
    const webhook = await app
      .http()
      .post('/admin/webhooks')
      .set('Authorization', `Bearer ${fx.superAdmin.token}`)
      .send({ name: 'Post', url: hooks.url, headers: {}, events: ['complaint.mail_received', 'complaint.letter_bounced'] });
    expect(webhook.status).toBe(201);
  });

  afterAll(async () => {
    await app?.stop();
    await Promise.all([mailbox?.close(), clamd?.close(), hooks?.close()]);
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
    for (const key of Object.keys(mailEnv ?? {})) delete process.env[key];
  });

  it('turns a new mail into a draft with its documents, which staff register in one click from the day the mailbox received it', async () => {
    const file = await deliver({
      attachments: [
        { filename: 'foto-lift.pdf', content: PDF, contentType: 'application/pdf' },
        { filename: 'grappig.com', content: eicar(), contentType: 'application/octet-stream' },
      ],
    });
    // the mailbox received it yesterday morning: the term starts then, not when staff register it
    const arrived = new Date(Date.now() - 24 * 3600_000);
    arrived.setMilliseconds(0);
    fs.utimesSync(path.join(mailbox.maildir, 'new', file), arrived, arrived);

    const [round] = await poll();
    expect(round).toMatchObject({ read: 1, recorded: 1, later: 0 });
    expect(mailbox.count()).toBe(0);
    expect(mailbox.count(PROCESSED)).toBe(1);

    const list = await api('get', '/complaints/incoming-mails');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    const draft = list.body.data[0];
    expect(draft).toMatchObject({ kind: 'complaint', state: 'new', fromName: 'Fatma Öztürk', fromAddress: 'fatma@example.nl', subject: 'Klacht over de lift', attachments: ['foto-lift.pdf'] });
    expect(draft.text).toContain('drie weken stil');
    expect(new Date(draft.receivedAt).getTime()).toBe(arrived.getTime());
    // the infected file is named, never stored
    expect(draft.refusedAttachments).toEqual([{ fileName: 'grappig.com', reason: expect.objectContaining({ nl: expect.stringContaining('virus') }) }]);

    const body = registration(fx, { channel: 'telefoon', complainantName: 'Fatma Öztürk', complainantEmail: 'fatma@example.nl', description: draft.text, incomingMailId: draft.id });
    const registered = await api('post', '/complaints/complaints').send(body);
    expect(registered.status).toBe(201);
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: registered.body.data.id } });
    expect(complaint).toMatchObject({ channel: 'e-mail', incomingMailId: draft.id });
    expect(new Date(complaint.receivedAt).getTime()).toBe(arrived.getTime());
    const documents = await app.strapi.db.query('plugin::complaints.attachment').findMany({ where: { complaintId: complaint.id } });
    expect(documents.map((d: any) => ({ fileName: d.fileName, source: d.source, scanStatus: d.scanStatus }))).toEqual([{ fileName: 'foto-lift.pdf', source: 'email', scanStatus: 'clean' }]);

    // a second click (or a colleague at the same moment) files nothing more
    const again = await api('post', '/complaints/complaints').send(body);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBeTruthy();
    expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { incomingMailId: draft.id } })).toBe(1);
    expect((await api('get', '/complaints/incoming-mails')).body.data).toEqual([]);
    expect(await mails({ id: draft.id })).toEqual([expect.objectContaining({ state: 'registered', complaintId: complaint.id, handledById: fx.superAdmin.id })]);

    // the dossier keeps the mail it came from
    const dossier = await api('get', `/complaints/complaints/${complaint.id}`);
    expect(dossier.body.data.mails).toEqual([expect.objectContaining({ id: draft.id, kind: 'complaint', state: 'registered', complaintReference: complaint.reference })]);

    // the right of access lists the mail, in the PDF as well as the data
    const pdf = await api('get', `/complaints/privacy/export?email=${encodeURIComponent('fatma@example.nl')}&format=pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    const { extractText, getDocumentProxy } = await import('unpdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.body)), { mergePages: true });
    expect(text).toContain('E-mail: Klacht over de lift (ontvangen');
    expect(text).toContain('bijlagen: foto-lift.pdf');
  });

  it('lets staff mark a mail "not a complaint": kept with who and when, off the list; staff of another department never see it', async () => {
    await deliver({ subject: 'Nieuwsbrief aanmelden', text: 'Graag wil ik de nieuwsbrief ontvangen.' });
    await poll();
    const [draft] = (await api('get', '/complaints/incoming-mails')).body.data;
    expect(draft.subject).toBe('Nieuwsbrief aanmelden');

    // the mailbox has no department: its drafts are for whoever registers complaints of unknown department (A here)
    const handlerB = await loginAdmin(app, fx.handlerB);
    expect((await api('get', '/complaints/incoming-mails', handlerB)).body.data).toEqual([]);
    expect((await api('post', `/complaints/incoming-mails/${draft.id}/not-a-complaint`, handlerB)).status).toBe(404);
    const handlerA = await loginAdmin(app, fx.handlerA);
    expect((await api('get', '/complaints/incoming-mails', handlerA)).body.data.map((m: any) => m.id)).toEqual([draft.id]);

    const marked = await api('post', `/complaints/incoming-mails/${draft.id}/not-a-complaint`, handlerA);
    expect(marked.status).toBe(200);
    expect(marked.body.data).toEqual([]);
    expect(await mails({ id: draft.id })).toEqual([expect.objectContaining({ state: 'not_a_complaint', handledById: fx.handlerA.id, complaintId: null })]);
    expect((await api('post', `/complaints/incoming-mails/${draft.id}/not-a-complaint`, handlerA)).status).toBe(409);
    expect((await api('post', '/complaints/complaints').send(registration(fx, { incomingMailId: draft.id }))).status).toBe(409);
  });

  it('files a reply to a letter with its complaint (by Message-ID, or by the reference in the subject) and tells the handler', async () => {
    const filed = await api('post', '/complaints/complaints').send(registration(fx, { channel: 'e-mail', complainantEmail: 'jan@example.nl' }));
    const complaint = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: filed.body.data.id } });
    expect((await api('post', `/complaints/complaints/${complaint.id}/acknowledge`).send({})).status).toBe(200);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: complaint.id, kind: 'acknowledgement' } });
    const letterId = letter.messageId;
    expect(letterId).toMatch(/^<.+@.+>$/);

    await deliver({ from: 'Jan de Boer <jan@example.nl>', subject: 'Re: uw brief', text: 'Hierbij de foto van de schade.', inReplyTo: letterId, attachments: [{ filename: 'schade.pdf', content: PDF, contentType: 'application/pdf' }] });
    await deliver({ from: 'Jan de Boer <jan@example.nl>', subject: `Aanvulling op ${complaint.reference}`, text: 'Ik vergat nog iets te melden.' });
    await poll();

    const filedMails = await mails({ complaintId: complaint.id });
    expect(filedMails.map((m: any) => ({ kind: m.kind, state: m.state, subject: m.subject }))).toEqual([
      { kind: 'reply', state: 'filed', subject: 'Re: uw brief' },
      { kind: 'reply', state: 'filed', subject: `Aanvulling op ${complaint.reference}` },
    ]);
    const documents = await app.strapi.db.query('plugin::complaints.attachment').findMany({ where: { complaintId: complaint.id } });
    expect(documents.map((d: any) => [d.fileName, d.source])).toEqual([['schade.pdf', 'email']]);
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId: complaint.id, type: 'complaint.mail_received' } });
    expect(events.map((e: any) => e.data.kind)).toEqual(['reply', 'reply']);
    const notices = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: complaint.id, kind: 'staff_reply_received' } });
    expect(notices.length).toBeGreaterThanOrEqual(2);
    expect(notices.every((n: any) => n.audience === 'staff')).toBe(true);
    // no draft: a reply is no new complaint
    expect((await api('get', '/complaints/incoming-mails')).body.data).toEqual([]);
    const dossier = await api('get', `/complaints/complaints/${complaint.id}`);
    expect(dossier.body.data.mails.map((m: any) => m.text)).toEqual([expect.stringContaining('foto van de schade'), expect.stringContaining('vergat nog iets')]);

    // other systems hear of it: the reference and the event, nothing of the mail or its sender
    const until = Date.now() + 15_000;
    while (delivered(complaint.reference).length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const hooked = delivered(complaint.reference);
    expect(hooked.map((d) => d.body.event)).toEqual(['complaint.mail_received', 'complaint.mail_received']);
    expect(hooked[0].body).toMatchObject({ reference: complaint.reference, step: expect.any(Number), departmentId: complaint.departmentId });
    for (const { raw } of hooked) for (const secret of ['jan@example.nl', 'Jan de Boer', 'schade', 'vergat', 'Re: uw brief']) expect(raw).not.toContain(secret);
  });

  it('marks a letter that bounced, so staff send it by post; keeps an automatic answer; neither becomes a draft', async () => {
    const filed = await api('post', '/complaints/complaints').send(registration(fx, { channel: 'e-mail', complainantEmail: 'jan.nietbestaand@example.org' }));
    const complaintId = filed.body.data.id;
    expect((await api('post', `/complaints/complaints/${complaintId}/acknowledge`).send({})).status).toBe(200);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId, kind: 'acknowledgement' } });
    expect(letter.messageId).toMatch(/^<.+@.+>$/);

    await mailbox.deliver(bounceFor(letter.messageId));
    await deliver({ subject: 'Automatisch antwoord: Ontvangstbevestiging', text: 'Ik ben afwezig tot maandag.', inReplyTo: letter.messageId, headers: { 'Auto-Submitted': 'auto-replied' } });
    await poll();

    const bounced = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { id: letter.id } });
    expect(bounced.bouncedAt).toBeTruthy();
    expect(bounced.bounceReason).toContain('5.1.1');
    // the complainant's address is not repeated in the reason
    expect(bounced.bounceReason).not.toContain('nietbestaand');
    const kept = await mails({ complaintId });
    expect(kept.map((m: any) => [m.kind, m.state])).toEqual([
      ['bounce', 'filed'],
      ['auto_reply', 'filed'],
    ]);
    expect(kept[0].letterId).toBe(letter.id);
    const events = await app.strapi.db.query('plugin::complaints.complaint-event').findMany({ where: { complaintId, type: { $in: ['complaint.letter_bounced', 'complaint.mail_received'] } }, orderBy: { id: 'asc' } });
    expect(events.map((e: any) => e.type)).toEqual(['complaint.letter_bounced', 'complaint.mail_received']);
    const until = Date.now() + 15_000;
    const reference = (await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id: complaintId } })).reference;
    while (delivered(reference).length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(delivered(reference).map((d) => d.body.event).sort()).toEqual(['complaint.letter_bounced', 'complaint.mail_received']);
    for (const { raw } of delivered(reference)) expect(raw).not.toContain('nietbestaand');
    expect(await app.strapi.db.query('plugin::complaints.letter').count({ where: { complaintId, kind: 'staff_reply_received' } })).toBe(0);
    const dossier = await api('get', `/complaints/complaints/${complaintId}`);
    expect(dossier.body.data.letters.find((l: any) => l.id === letter.id).bouncedAt).toBeTruthy();
    expect((await api('get', '/complaints/incoming-mails')).body.data).toEqual([]);
  });

  it('waits out a mailbox outage: the mail stays in the mailbox and is processed once it is back', async () => {
    await deliver({ subject: 'Tijdens de storing', text: 'Deze e-mail kwam binnen terwijl de server plat lag.' });
    await mailbox.down();
    const [during] = await poll();
    expect(during).toMatchObject({ read: 0, recorded: 0 });
    await mailbox.up();
    expect(mailbox.count()).toBe(1);
    const [after] = await poll();
    expect(after).toMatchObject({ read: 1, recorded: 1 });
    expect((await api('get', '/complaints/incoming-mails')).body.data.map((m: any) => m.subject)).toEqual(['Tijdens de storing']);
  });

  it('processes every mail exactly once when an instance is killed in the middle of a batch and another takes over', async () => {
    const before = (await mails()).length;
    const total = 24;
    for (let i = 0; i < total; i++) await deliver({ subject: `Batch ${i}`, text: `Klacht nummer ${i}.`, attachments: [{ filename: `bijlage-${i}.pdf`, content: PDF, contentType: 'application/pdf' }] });

    const worker = await startAppProcess(app.db, { ...mailEnv, COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_IMAP_POLL_SECONDS: '1', COMPLAINTS_IMAP_BATCH: '4' });
    let atKill = 0;
    try {
      const deadline = Date.now() + 90_000;
      while ((atKill = (await mails()).length - before) < 3) {
        if (Date.now() > deadline) throw new Error(`the worker processed nothing:\n${worker.output()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await worker.stop('SIGKILL');
    }
    expect(atKill).toBeLessThan(total);

    // this instance takes over where the killed one stopped
    for (let round = 0; mailbox.count() > 0 && round < 20; round++) await poll();
    const rows = (await mails()).slice(before);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r: any) => r.messageId)).size).toBe(total);
    expect(rows.map((r: any) => r.subject).sort()).toEqual(Array.from({ length: total }, (_, i) => `Batch ${i}`).sort());
    expect(mailbox.count()).toBe(0);
  });

  it('lets two instances read the same mailbox at once without a duplicate', async () => {
    const before = (await mails()).length;
    const total = 20;
    for (let i = 0; i < total; i++) await deliver({ subject: `Samen ${i}`, text: `Twee instanties, klacht ${i}.` });
    const env = { ...mailEnv, COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_IMAP_POLL_SECONDS: '1', COMPLAINTS_IMAP_BATCH: '3' };
    const instances: AppProcess[] = await Promise.all([startAppProcess(app.db, env), startAppProcess(app.db, env)]);
    try {
      const deadline = Date.now() + 120_000;
      // this instance reads as well, so three read at once
      while ((await mails()).length - before < total || mailbox.count() > 0) {
        if (Date.now() > deadline) throw new Error(`not all mails were processed:\n${instances.map((i) => i.output()).join('\n')}`);
        await poll();
      }
    } finally {
      await Promise.all(instances.map((i) => i.stop()));
    }
    const rows = (await mails()).slice(before);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r: any) => r.messageId)).size).toBe(total);
    expect(mailbox.count()).toBe(0);
  });
});
