/**
 * Documents with a complaint, with a real ClamAV daemon (tests/helpers/clamd.ts): sent with the public
 * form and added by staff; checked by their bytes, photos stored without their location, infected and
 * disguised files refused and never stored, a scanner outage waiting in quarantine until the scanner is
 * back; opened only by users who may see the complaint; gone, bytes and rows, after anonymisation.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';
import { startClamd, eicar, type TestClamd } from '../helpers/clamd';
import { createFixtures, registration, type Fixtures } from '../helpers/fixtures';
import { loginAdmin } from '../helpers/admin';
import { publicSubmission } from '../helpers/submission';
import { startApp, type TestApp } from '../helpers/strapi';

/** A small PDF: the signature, one empty page, the trailer. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe('documents with a complaint', () => {
  let app: TestApp;
  let fx: Fixtures;
  let clamd: TestClamd;
  let directory: string;
  let ip = 0;

  const service = (name: string) => app.strapi.plugin('complaints').service(name);
  const storedFiles = () => (fs.existsSync(directory) ? fs.readdirSync(directory, { recursive: true }).filter((f) => fs.statSync(path.join(directory, String(f))).isFile()) : []);
  const rowsOf = (complaintId: number) => app.strapi.db.query('plugin::complaints.attachment').findMany({ where: { complaintId }, orderBy: { id: 'asc' } });
  const submit = (body: Record<string, unknown>, files: Array<{ bytes: Buffer; name: string; type: string }>) => {
    let request = app.http().post('/api/complaints/submissions').set('X-Forwarded-For', `10.9.0.${++ip}`).field('data', JSON.stringify(body));
    for (const file of files) request = request.attach('attachments', file.bytes, { filename: file.name, contentType: file.type });
    return request;
  };
  const complaintOf = (reference: string) => app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference } });

  let photo: Buffer;

  beforeAll(async () => {
    clamd = await startClamd();
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'complaints-documents-'));
    app = await startApp({ env: { TRUST_PROXY: 'true', COMPLAINTS_CLAMD: clamd.address, COMPLAINTS_ATTACHMENTS_DIR: directory } });
    fx = await createFixtures(app);
    photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Fatma Öztürk' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
  });

  afterAll(async () => {
    await app?.stop();
    await clamd?.close();
    if (directory) fs.rmSync(directory, { recursive: true, force: true });
    delete process.env.COMPLAINTS_CLAMD;
    delete process.env.COMPLAINTS_ATTACHMENTS_DIR;
  });

  it('tells the form what it may send, and takes a PDF and a photo with the complaint: the photo stored without its location', async () => {
    const form = await app.http().get('/api/complaints/form?locale=en');
    expect(form.body.data.attachments).toMatchObject({ maxFiles: 5, maxMegabytes: 10, accept: expect.arrayContaining(['application/pdf', 'image/jpeg']) });
    expect(form.body.data.attachments.help).toContain('checked for viruses');

    const res = await submit(publicSubmission(app, fx), [
      { bytes: PDF, name: 'rekening.pdf', type: 'application/pdf' },
      { bytes: photo, name: 'schimmel badkamer.JPG', type: 'image/jpeg' },
    ]);
    expect(res.status).toBe(201);
    const complaint = await complaintOf(res.body.data.reference);
    const rows = await rowsOf(complaint.id);
    // the body parser hands the files over as each is written, not always in the order they were sent
    expect(rows.map((r: any) => [r.fileName, r.mimeType, r.source, r.scanStatus]).sort()).toEqual([
      ['rekening.pdf', 'application/pdf', 'form', 'clean'],
      ['schimmel badkamer.JPG', 'image/jpeg', 'form', 'clean'],
    ]);
    expect(storedFiles()).toHaveLength(2);

    const list = await app.http().get(`/complaints/complaints/${complaint.id}/attachments`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(list.status).toBe(200);
    expect(list.body.data.accepting).toBe(true);
    expect(list.body.data.attachments.map((a: any) => [a.fileName, a.type, a.previewable, a.scanStatus]).sort()).toEqual([
      ['rekening.pdf', 'application/pdf', true, 'clean'],
      ['schimmel badkamer.JPG', 'image/jpeg', true, 'clean'],
    ]);

    const opened = await app
      .http()
      .get(`/complaints/complaints/${complaint.id}/attachments/${rows.find((r: any) => r.mimeType === 'image/jpeg').id}`)
      .set('Authorization', `Bearer ${fx.superAdmin.token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(opened.status).toBe(200);
    expect(opened.headers['content-type']).toBe('image/jpeg');
    expect(opened.headers['content-disposition']).toMatch(/^attachment; filename="schimmel badkamer.JPG"/);
    expect(opened.headers['x-content-type-options']).toBe('nosniff');
    const stored = await sharp(opened.body as Buffer).metadata();
    expect(stored.exif).toBeUndefined();
    expect([stored.width, stored.height]).toEqual([64, 48]);
    expect((opened.body as Buffer).toString('latin1')).not.toContain('Fatma');

    // nowhere public: the storage folder is not under the site's public folder, and /uploads knows nothing
    expect(path.relative(path.join(app.strapi.dirs.app.root, 'public'), directory).startsWith('..')).toBe(true);
    expect((await app.http().get(`/uploads/${rows[0].storageKey}`)).status).toBe(404);
  });

  it('refuses an infected file and a program disguised as a photo, in both languages, and stores nothing of the complaint', async () => {
    const before = storedFiles().length;
    const complaintsBefore = await app.strapi.db.query('plugin::complaints.complaint').count();

    const infected = await submit(publicSubmission(app, fx), [
      { bytes: PDF, name: 'brief.pdf', type: 'application/pdf' },
      { bytes: eicar(), name: 'brief2.txt', type: 'text/plain' },
    ]);
    expect(infected.status).toBe(400);
    expect(infected.body.error.details.fieldErrors.attachments).toBe('"brief2.txt" bevat een virus of ander schadelijk programma en is niet opgeslagen.');
    expect(infected.body.error.details.fieldMessages.attachments.en).toBe('"brief2.txt" contains a virus or other malicious program and has not been stored.');

    const program = await submit(publicSubmission(app, fx, { locale: 'en' }), [{ bytes: fs.readFileSync(process.execPath).subarray(0, 4096), name: 'foto.jpg', type: 'image/jpeg' }]);
    expect(program.status).toBe(400);
    expect(program.body.error.details.fieldErrors.attachments).toMatch(/^"foto.jpg" is not a kind of file we accept \(accepted: PDF, JPEG, PNG, DOCX, ODT, TXT\)\.$/);

    const tooMany = await submit(
      publicSubmission(app, fx),
      Array.from({ length: 6 }, (_, i) => ({ bytes: PDF, name: `bijlage-${i}.pdf`, type: 'application/pdf' })),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details.fieldErrors.attachments).toBe('U kunt ten hoogste 5 bijlagen meesturen.');

    expect(storedFiles()).toHaveLength(before);
    expect(await app.strapi.db.query('plugin::complaints.complaint').count()).toBe(complaintsBefore);
  });

  it('takes documents with a registration by staff and with a hearing report, stored with the change itself or not at all', async () => {
    const staff = (path: string, fields: Record<string, unknown>, files: Array<{ bytes: Buffer; name: string; type: string }>) => {
      let request = app.http().post(`/complaints/complaints${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).field('data', JSON.stringify(fields));
      for (const file of files) request = request.attach('attachments', file.bytes, { filename: file.name, contentType: file.type });
      return request;
    };
    const lookups = await app.http().get('/complaints/lookups').set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(lookups.body.data.attachments).toMatchObject({ maxFiles: 5, maxMegabytes: 10 });

    // the letter that came by post, scanned, registered with it
    const registered = await staff('', registration(fx), [{ bytes: PDF, name: 'brief-per-post.pdf', type: 'application/pdf' }]);
    expect(registered.status).toBe(201);
    const id = registered.body.data.id as number;
    expect((await rowsOf(id)).map((r: any) => [r.fileName, r.source, r.scanStatus, r.addedById])).toEqual([['brief-per-post.pdf', 'staff', 'clean', fx.superAdmin.id]]);
    const complaints = await app.strapi.db.query('plugin::complaints.complaint').count();
    const refused = await staff('', registration(fx), [{ bytes: eicar(), name: 'besmet.txt', type: 'text/plain' }]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.fieldErrors.attachments).toContain('besmet.txt');
    expect(await app.strapi.db.query('plugin::complaints.complaint').count()).toBe(complaints);

    // the notes of the hearing go with its report; an infected one leaves the hearing unrecorded
    const post = (path: string, body: object) => app.http().post(`/complaints/complaints/${id}${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);
    expect((await post('/acknowledge', {})).status).toBe(200);
    expect((await post('/hearing/plan', { plannedAt: new Date(Date.now() + 86400000).toISOString(), mode: 'office' })).status).toBe(200);
    const files = storedFiles().length;
    const infected = await staff(`/${id}/hearing/record`, { minutes: 'Besproken.', heldAt: new Date().toISOString() }, [{ bytes: eicar(), name: 'aantekeningen.txt', type: 'text/plain' }]);
    expect(infected.status).toBe(400);
    expect(storedFiles()).toHaveLength(files);
    expect((await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { id } })).status).toBe('hearing_planned');
    const recorded = await staff(`/${id}/hearing/record`, { minutes: 'Besproken: de monteur komt dinsdag.', heldAt: new Date().toISOString() }, [{ bytes: Buffer.from('Aantekeningen van het gesprek.\n'), name: 'aantekeningen.txt', type: 'text/plain' }]);
    expect(recorded.status).toBe(200);
    expect(recorded.body.data.complaint.status).toBe('hearing_held');
    expect(recorded.body.data.timeline.find((e: any) => e.type === 'complaint.hearing_held').data).toMatchObject({ attachments: 1 });
    expect((await rowsOf(id)).map((r: any) => [r.fileName, r.source])).toEqual([['brief-per-post.pdf', 'staff'], ['aantekeningen.txt', 'hearing_report']]);
  });

  it('takes what editors allow within the site\'s limits, and refuses limits wider than the site\'s', async () => {
    const auth = { Authorization: `Bearer ${fx.superAdmin.token}` };
    const form = (body: object) => app.http().put('/complaints/settings/form').set(auth).send(body);
    expect((await app.http().get('/complaints/settings').set(auth)).body.data.documents).toMatchObject({ maxFiles: 5, maxMegabytes: 10 });
    const wider = await form({ attachmentMaxFiles: 8, attachmentMaxMegabytes: 20 });
    expect(wider.status).toBe(400);
    expect(wider.body.error.details.fieldErrors).toEqual({ attachmentMaxFiles: 'Deze site neemt ten hoogste 5 bestanden aan.', attachmentMaxMegabytes: 'Deze site neemt bestanden tot 10 MB aan.' });

    expect((await form({ attachmentMaxFiles: 1, attachmentTypes: ['application/pdf'] })).status).toBe(200);
    try {
      const definition = (await app.http().get('/api/complaints/form?locale=en')).body.data;
      expect(definition.attachments).toMatchObject({ maxFiles: 1, maxMegabytes: 10, accept: ['application/pdf'] });
      expect(definition.attachments.help).toContain('(PDF)');
      const two = await submit(publicSubmission(app, fx), [
        { bytes: PDF, name: 'een.pdf', type: 'application/pdf' },
        { bytes: PDF, name: 'twee.pdf', type: 'application/pdf' },
      ]);
      expect(two.body.error.details.fieldErrors.attachments).toBe('U kunt ten hoogste 1 bijlagen meesturen.');
      const aPhoto = await submit(publicSubmission(app, fx), [{ bytes: photo, name: 'foto.jpg', type: 'image/jpeg' }]);
      expect(aPhoto.status).toBe(400);
      expect(aPhoto.body.error.details.fieldMessages.attachments.en).toMatch(/\(accepted: PDF\)\.$/);
      expect((await submit(publicSubmission(app, fx), [{ bytes: PDF, name: 'een.pdf', type: 'application/pdf' }])).status).toBe(201);
    } finally {
      expect((await form({ attachmentMaxFiles: null, attachmentTypes: null })).status).toBe(200);
    }
  });

  it('keeps a document in quarantine while the scanner is down, and releases it once the scanner is back', async () => {
    const token = fx.superAdmin.token;
    const filed = await submit(publicSubmission(app, fx), []);
    expect(filed.status).toBe(201);
    const complaint = await complaintOf(filed.body.data.reference);

    await clamd.down();
    const added = await app
      .http()
      .post(`/complaints/complaints/${complaint.id}/attachments`)
      .set('Authorization', `Bearer ${token}`)
      .attach('attachments', Buffer.from('Telefoonnotitie: mevrouw belde om 10:15 over de lekkage.\n'), { filename: 'notitie.txt', contentType: 'text/plain' });
    expect(added.status).toBe(201);
    expect(added.body.data.attachments.map((a: any) => [a.fileName, a.source, a.scanStatus, a.addedBy])).toEqual([['notitie.txt', 'staff', 'pending', expect.any(String)]]);
    const [row] = await rowsOf(complaint.id);
    const waiting = await app.http().get(`/complaints/complaints/${complaint.id}/attachments/${row.id}`).set('Authorization', `Bearer ${token}`);
    expect(waiting.status).toBe(409);
    expect(waiting.body.error.details.code).toBe('attachment_not_scanned');
    expect(await service('attachments').scanPending()).toEqual({ scanned: 0, removed: 0, waiting: 1 });

    await clamd.up();
    expect(await service('attachments').scanPending()).toEqual({ scanned: 1, removed: 0, waiting: 0 });
    const released = await app.http().get(`/complaints/complaints/${complaint.id}/attachments/${row.id}`).set('Authorization', `Bearer ${token}`);
    expect(released.status).toBe(200);
    expect(released.text).toContain('lekkage');
    const events = await service('audit').list(complaint.id);
    expect(events.map((e: any) => e.type)).toContain('complaint.attachments_added');
  });

  it('lets the complainant see what they sent on the status page and send more there, which the dossier shows', async () => {
    const filed = await submit(publicSubmission(app, fx), [{ bytes: PDF, name: 'offerte.pdf', type: 'application/pdf' }]);
    expect(filed.status).toBe(201);
    const link = new URL(filed.body.data.statusUrl);
    const params = new URLSearchParams(link.hash.slice(1));
    const reference = params.get('ref') as string;
    const token = params.get('token') as string;
    const complaint = await complaintOf(reference);
    // staff add a note of their own: not the complainant's to see
    await app
      .http()
      .post(`/complaints/complaints/${complaint.id}/attachments`)
      .set('Authorization', `Bearer ${fx.superAdmin.token}`)
      .attach('attachments', Buffer.from('Interne notitie over de offerte.\n'), { filename: 'intern.txt', contentType: 'text/plain' });

    const view = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', `10.9.1.${++ip}`).send({ token, locale: 'en' });
    expect(view.status).toBe(200);
    expect(view.body.data.documents.map((d: any) => [d.fileName, d.type])).toEqual([['offerte.pdf', 'application/pdf']]);
    expect(view.body.data.attachments).toMatchObject({ maxFiles: 5, label: 'Attachments (optional)' });

    const sendLater = (body: Record<string, unknown>, bytes: Buffer, name: string) =>
      app.http().post(`/api/complaints/status/${reference}/documents`).set('X-Forwarded-For', `10.9.1.${++ip}`).field('data', JSON.stringify(body)).attach('attachments', bytes, { filename: name, contentType: 'image/jpeg' });
    const wrongToken = await sendLater({ token: 'x'.repeat(43) }, photo, 'later.jpg');
    expect(wrongToken.status).toBe(404);
    const infected = await sendLater({ token, locale: 'en' }, eicar(), 'later.jpg');
    expect(infected.status).toBe(400);
    expect(infected.body.error.details.fieldErrors.attachments).toBe('"later.jpg" contains a virus or other malicious program and has not been stored.');
    const later = await sendLater({ token }, photo, 'tweede foto.jpg');
    expect(later.status).toBe(201);
    expect(later.body.data.documents.map((d: any) => d.fileName)).toEqual(['offerte.pdf', 'tweede foto.jpg']);
    expect((await rowsOf(complaint.id)).map((r: any) => [r.fileName, r.source])).toEqual([
      ['offerte.pdf', 'form'],
      ['intern.txt', 'staff'],
      ['tweede foto.jpg', 'status_page'],
    ]);
    const events = (await service('audit').list(complaint.id)).filter((e: any) => e.type === 'complaint.attachments_added');
    expect(events.map((e: any) => [e.actorType, JSON.parse(typeof e.data === 'string' ? e.data : JSON.stringify(e.data)).source])).toEqual([
      ['admin', 'staff'],
      ['public', 'status_page'],
    ]);
  });

  it('asks the complainant a question by letter; the answer with a document comes on the status page, reaches the dossier and the handler, once', async () => {
    const filed = await submit(publicSubmission(app, fx, { complainantEmail: 'vraag@example.nl' }), []);
    const params = new URLSearchParams(new URL(filed.body.data.statusUrl).hash.slice(1));
    const reference = params.get('ref') as string;
    const token = params.get('token') as string;
    const complaint = await complaintOf(reference);
    await app.strapi.db.query('plugin::complaints.complaint').update({ where: { id: complaint.id }, data: { handlerId: fx.handlerA.id } });
    const staff = (path: string, body: object) => app.http().post(`/complaints/complaints/${complaint.id}${path}`).set('Authorization', `Bearer ${fx.superAdmin.token}`).send(body);

    expect((await staff('/questions', { question: '' })).body.error.details.fieldErrors.question).toBe('Dit veld is verplicht.');
    expect((await staff('/questions', { question: 'Wanneer?', answerBy: '2020-01-01' })).body.error.details.fieldErrors.answerBy).toBe('Deze datum ligt in het verleden.');
    const asked = await staff('/questions', { question: 'Heeft u een foto van de schade aan het plafond?', answerBy: '2099-12-31' });
    expect(asked.status).toBe(201);
    expect(asked.body.data.questions).toEqual([expect.objectContaining({ question: 'Heeft u een foto van de schade aan het plafond?', answerBy: '2099-12-31', answer: null, askedBy: expect.any(String) })]);
    const letter = await app.strapi.db.query('plugin::complaints.letter').findOne({ where: { complaintId: complaint.id, kind: 'complainant_question' } });
    expect(letter).toMatchObject({ audience: 'complainant', channel: 'email', recipientEmail: 'vraag@example.nl' });
    expect(JSON.stringify(letter.context)).toContain('Heeft u een foto van de schade aan het plafond?');

    const view = await app.http().post(`/api/complaints/status/${reference}`).set('X-Forwarded-For', `10.9.2.${++ip}`).send({ token });
    expect(view.body.data.canAnswer).toBe(true);
    const [question] = view.body.data.questions;
    expect(question).toEqual({ id: expect.any(Number), question: 'Heeft u een foto van de schade aan het plafond?', askedAt: expect.any(String), answerBy: '2099-12-31', answer: null, answeredAt: null });

    const answer = (body: Record<string, unknown>) =>
      app
        .http()
        .post(`/api/complaints/status/${reference}/answer`)
        .set('X-Forwarded-For', `10.9.2.${++ip}`)
        .field('data', JSON.stringify(body))
        .attach('attachments', photo, { filename: 'plafond.jpg', contentType: 'image/jpeg' });
    expect((await answer({ token, questionId: question.id, answer: '' })).body.error.details.fieldErrors.answer).toBe('Dit veld is verplicht.');
    expect((await answer({ token, questionId: 999999, answer: 'Ja' })).status).toBe(404);
    const answered = await answer({ token, questionId: question.id, answer: 'Ja, hierbij de foto van het plafond.' });
    expect(answered.status).toBe(200);
    expect(answered.body.data.questions[0]).toMatchObject({ answer: 'Ja, hierbij de foto van het plafond.', answeredAt: expect.any(String) });
    const again = await app.http().post(`/api/complaints/status/${reference}/answer`).set('X-Forwarded-For', `10.9.2.${++ip}`).send({ token, questionId: question.id, answer: 'Nog een keer', locale: 'en' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('You have already answered this question.');

    expect((await rowsOf(complaint.id)).map((r: any) => [r.fileName, r.source])).toEqual([['plafond.jpg', 'answer']]);
    const dossier = await app.http().get(`/complaints/complaints/${complaint.id}`).set('Authorization', `Bearer ${fx.superAdmin.token}`);
    expect(dossier.body.data.questions[0].answer).toBe('Ja, hierbij de foto van het plafond.');
    expect(dossier.body.data.timeline.map((e: any) => e.type)).toEqual(expect.arrayContaining(['complaint.question_asked', 'complaint.attachments_added', 'complaint.question_answered']));
    const notices = await app.strapi.db.query('plugin::complaints.letter').findMany({ where: { complaintId: complaint.id, kind: 'staff_question_answered' } });
    expect(notices.map((n: any) => n.recipientEmail)).toEqual([fx.handlerA.email]);
    expect(JSON.stringify(notices[0].context)).toContain('Ja, hierbij de foto van het plafond.');
  });

  it('refuses the documents to a user outside the complaint\'s department, and anonymisation leaves no file and no row', async () => {
    const filed = await submit(publicSubmission(app, fx), [{ bytes: photo, name: 'lekkage.jpg', type: 'image/jpeg' }]);
    expect(filed.status).toBe(201);
    const complaint = await complaintOf(filed.body.data.reference);
    const [row] = await rowsOf(complaint.id);
    const outsider = await loginAdmin(app, fx.handlerB);
    expect((await app.http().get(`/complaints/complaints/${complaint.id}/attachments/${row.id}`).set('Authorization', `Bearer ${outsider}`)).status).toBe(403);
    expect((await app.http().get(`/complaints/complaints/${complaint.id}/attachments`).set('Authorization', `Bearer ${outsider}`)).status).toBe(403);
    const insider = await loginAdmin(app, fx.handlerA);
    expect((await app.http().get(`/complaints/complaints/${complaint.id}/attachments/${row.id}`).set('Authorization', `Bearer ${insider}`)).status).toBe(200);

    const exported = await service('privacy').exportData({ email: 'fatma@example.nl' });
    expect(exported.complaints.find((c: any) => c.id === complaint.id).attachments).toEqual([expect.objectContaining({ fileName: 'lekkage.jpg', type: 'image/jpeg', source: 'form' })]);

    const key = row.storageKey;
    expect(storedFiles().map((f) => path.basename(String(f)))).toContain(key);
    await service('privacy').anonymise(complaint.id, { type: 'system' }, 'verzoek van klager');
    expect(await rowsOf(complaint.id)).toEqual([]);
    expect(storedFiles().map((f) => path.basename(String(f)))).not.toContain(key);

    // the retention term takes a finished complaint's documents along with the rest
    const old = await submit(publicSubmission(app, fx), [{ bytes: PDF, name: 'oud.pdf', type: 'application/pdf' }]);
    const closed = await complaintOf(old.body.data.reference);
    const [oldRow] = await rowsOf(closed.id);
    await app.strapi.db.query('plugin::complaints.complaint').update({ where: { id: closed.id }, data: { status: 'closed', closedAt: new Date(Date.now() - 3 * 366 * 86400000) } });
    const retention = await app.http().post('/complaints/privacy/retention').set('Authorization', `Bearer ${fx.superAdmin.token}`).send({});
    expect(retention.status).toBe(200);
    expect(await rowsOf(closed.id)).toEqual([]);
    expect(storedFiles().map((f) => path.basename(String(f)))).not.toContain(oldRow.storageKey);
  });
});
