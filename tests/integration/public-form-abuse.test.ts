/**
 * Abuse of the public form (issue 15, item 4): one form token files one complaint, also through a second
 * instance on the same database, while a retry of the same submission still gets its complaint; the
 * honeypot must be sent, and empty; the receipt e-mail to the address nobody verified holds none of the
 * complaint's free text; a submission key sent again with other content files nothing (409).
 */
import { createFixtures, type Fixtures } from '../helpers/fixtures';
import { startAppProcess, type AppProcess } from '../helpers/process';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { startApp, type TestApp } from '../helpers/strapi';
import { formToken, publicSubmission, submissionKey } from '../helpers/submission';

const ALREADY_SENT = { nl: 'Dit formulier is al verstuurd. Laad de pagina opnieuw.', en: 'This form has already been sent. Reload the page.' };
const NOT_PROCESSED = { nl: 'Uw klacht kon niet worden verwerkt.', en: 'Your complaint could not be processed.' };
const KEY_REUSED = {
  nl: 'Dit formulier is al eerder verstuurd, met een andere inhoud; die klacht hebben wij ontvangen. Wilt u iets toevoegen of een nieuwe klacht indienen? Laad dan de pagina opnieuw.',
  en: 'This form was sent before, with different content; we have received that complaint. Would you like to add something or file a new complaint? Then reload the page.',
};
const LIMITS = { COMPLAINTS_RATE_LIMIT_SUBMISSIONS: '100000/3600', COMPLAINTS_RATE_LIMIT_STATUS: '100000/3600' };

describe('abuse of the public form', () => {
  let app: TestApp;
  let second: AppProcess;
  let smtp: TestSmtp;
  let fx: Fixtures;

  /** POST a submission to an instance (this one unless another base URL is given). */
  async function submit(body: Record<string, unknown>, base = app.url): Promise<{ status: number; body: any }> {
    const res = await fetch(`${base}/api/complaints/submissions`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }
  const valid = (overrides: Record<string, unknown> = {}) => publicSubmission(app, fx, overrides);
  const complaints = () => app.strapi.db.query('plugin::complaints.complaint').count();
  const named = (complainantName: string) => app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName } });

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ listen: true, env: { ...smtp.env, ...LIMITS, COMPLAINTS_JOBS_ENABLED: 'true', COMPLAINTS_OUTBOX_POLL_SECONDS: '1', COMPLAINTS_PUBLIC_URL: 'https://klachten.gemeente-voorbeeld.nl' } });
    fx = await createFixtures(app);
    // a second instance on the same database: the load-balanced production shape (its jobs stay off)
    second = await startAppProcess(app.db, LIMITS);
  });

  afterAll(async () => {
    await second?.stop();
    await app?.stop();
    await smtp?.close();
  });

  describe('one form token files one complaint', () => {
    it('answers a retry of the same submission (its answer was lost) with the earlier complaint, one after the other and at once', async () => {
      const body = valid({ complainantName: 'Opnieuw Verstuurd' });
      const first = await submit(body);
      expect(first.status).toBe(201);
      const again = await submit(body);
      expect(again.status).toBe(201);
      expect(again.body.data.reference).toBe(first.body.data.reference);
      const atOnce = await Promise.all([submit(body), submit(body), submit(body, second.url)]);
      expect(atOnce.map((r) => [r.status, r.body.data?.reference])).toEqual(atOnce.map(() => [201, first.body.data.reference]));
      expect(await named('Opnieuw Verstuurd')).toBe(1);
    });

    it('refuses another submission with a used token: 400 on formToken in Dutch and English, nothing filed', async () => {
      const token = formToken(app);
      expect((await submit(valid({ formToken: token, complainantName: 'Eerste Met Token' }))).status).toBe(201);
      const before = await complaints();

      const nl = await submit(valid({ formToken: token, complainantName: 'Tweede Met Token' }));
      expect(nl.status).toBe(400);
      expect(nl.body.error.details.fieldErrors.formToken).toBe(ALREADY_SENT.nl);
      expect(nl.body.error.details.fieldMessages.formToken).toEqual(ALREADY_SENT);
      const en = await submit(valid({ formToken: token, complainantName: 'Tweede Met Token', locale: 'en' }));
      expect(en.status).toBe(400);
      expect(en.body.error.details.fieldErrors.formToken).toBe(ALREADY_SENT.en);
      // without a submission key (a script, not the form element) just the same
      const keyless = valid({ formToken: token, complainantName: 'Tweede Met Token' });
      delete keyless.submissionKey;
      expect((await submit(keyless)).body.error.details.fieldMessages.formToken).toEqual(ALREADY_SENT);

      expect(await complaints()).toBe(before);
      expect(await named('Tweede Met Token')).toBe(0);
    });

    it('files one complaint of nine different submissions sent at once with one token', async () => {
      const token = formToken(app);
      const results = await Promise.all(Array.from({ length: 9 }, (_, i) => submit(valid({ formToken: token, complainantName: `Negen Keer ${i}` }))));
      expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400, 400, 400, 400]);
      for (const refused of results.filter((r) => r.status === 400)) expect(refused.body.error.details.fieldMessages.formToken).toEqual(ALREADY_SENT);
      const filed = await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: { $startsWith: 'Negen Keer ' } } });
      expect(filed).toBe(1);
    });

    it('holds across two instances on one database: a token used on one is refused on the other, also at once', async () => {
      const token = formToken(app);
      expect((await submit(valid({ formToken: token, complainantName: 'Instantie Een' })))).toMatchObject({ status: 201 });
      const elsewhere = await submit(valid({ formToken: token, complainantName: 'Instantie Twee' }), second.url);
      expect(elsewhere.status).toBe(400);
      expect(elsewhere.body.error.details.fieldMessages.formToken).toEqual(ALREADY_SENT);

      const shared = formToken(app);
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => submit(valid({ formToken: shared, complainantName: `Beide Instanties ${i}` }), i % 2 ? second.url : app.url)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400, 400]);
      expect(await app.strapi.db.query('plugin::complaints.complaint').count({ where: { complainantName: { $startsWith: 'Beide Instanties ' } } })).toBe(1);
      expect(await named('Instantie Twee')).toBe(0);
    });

    it('signs the nonce: a token with another nonce is refused as forged', async () => {
      const [issuedAt, , signature] = formToken(app).split('.');
      const res = await submit(valid({ formToken: `${issuedAt}.${'A'.repeat(22)}.${signature}`, complainantName: 'Andere Nonce' }));
      expect(res.status).toBe(400);
      expect(res.body.error.details.fieldErrors.formToken).toMatch(/verlopen/);
      expect(await named('Andere Nonce')).toBe(0);
    });
  });

  describe('the honeypot', () => {
    it.each([
      ['left out', undefined],
      ['filled in', 'http://spam.example'],
      ['a space', ' '],
      ['null', null],
      ['a number', 0],
    ])('refuses a submission with the honeypot %s with the generic message, files nothing, and leaves the token unused', async (_case, website) => {
      const token = formToken(app);
      const body = valid({ formToken: token, complainantName: 'Honingpot' });
      if (website === undefined) delete body.website;
      else body.website = website;
      const before = await complaints();
      const res = await submit(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.fieldMessages).toEqual({ _: NOT_PROCESSED });
      expect(await complaints()).toBe(before);
      // a person who then sends the form as the form element does is not held back by that attempt
      const person = await submit({ ...valid({ formToken: token, complainantName: 'Honingpot' }), website: '' });
      expect(person.status).toBe(201);
    });
  });

  describe('the receipt e-mail', () => {
    it.each([
      ['nl', 'Wij hebben uw klacht ontvangen'],
      ['en', 'We have received your complaint'],
    ])('in %s holds the reference and the status link, none of the free text', async (locale, subject) => {
      const to = `ontvangst-${locale}@example.nl`;
      const res = await submit(valid({ locale, complainantEmail: to, description: `Mijn buurman Geheimzinnig ${locale} weet hier niets van.`, desiredOutcome: `Een gesprek zonder Buurvrouw ${locale}.` }));
      expect(res.status).toBe(201);
      const reference = res.body.data.reference;
      await smtp.waitFor((mails) => mails.some((m) => m.to === to && m.subject.includes(reference)));
      const mail = smtp.received.find((m) => m.to === to && m.subject.includes(reference))!;
      expect(mail.subject).toBe(`${subject} (${reference})`);
      expect(mail.text).toContain(reference);
      expect(mail.text).toContain(`https://klachten.gemeente-voorbeeld.nl/klachtenformulier/status#ref=${reference}`);
      for (const part of [mail.text, mail.html]) {
        expect(part).not.toContain('Geheimzinnig');
        expect(part).not.toContain('Buurvrouw');
      }
    });
  });

  describe('a submission key sent again with other content', () => {
    it.each([
      ['description', { description: 'Een heel andere klacht over iets anders dan eerst.' }],
      ['complainant name', { complainantName: 'Iemand Anders' }],
      ['complainant e-mail', { complainantEmail: 'iemand.anders@example.nl' }],
      ['category', () => ({ categoryId: String(fx.categories.behaviour) })],
    ])('answers 409 in Dutch and English when the %s differs, and files nothing', async (_field, change) => {
      const key = submissionKey();
      const token = formToken(app);
      const body = valid({ submissionKey: key, formToken: token, complainantName: 'Eerste Inhoud' });
      const first = await submit(body);
      expect(first.status).toBe(201);
      const before = await complaints();
      const changes = typeof change === 'function' ? change() : change;

      // with the same token (the answer was lost, then the text was changed) and with a fresh one
      const sameToken = await submit({ ...body, ...changes });
      const freshToken = await submit({ ...body, ...changes, formToken: formToken(app), locale: 'en' });
      expect(sameToken.status).toBe(409);
      expect(sameToken.body.error).toMatchObject({ status: 409, name: 'ConflictError', message: KEY_REUSED.nl, details: { code: 'submission_key_reused', messages: KEY_REUSED } });
      expect(freshToken.status).toBe(409);
      expect(freshToken.body.error.message).toBe(KEY_REUSED.en);

      expect(await complaints()).toBe(before);
      const stored = await app.strapi.db.query('plugin::complaints.complaint').findOne({ where: { reference: first.body.data.reference } });
      expect(stored).toMatchObject({ complainantName: 'Eerste Inhoud', description: body.description, complainantEmail: body.complainantEmail, categoryId: fx.categories.service });
    });

    it('answers 201 with the earlier complaint when the content is the same as stored (the e-mail in other capitals, other optional fields)', async () => {
      const body = valid({ complainantName: 'Zelfde Inhoud', complainantEmail: 'zelfde@example.nl' });
      const first = await submit(body);
      expect(first.status).toBe(201);
      const again = await submit({ ...body, complainantEmail: 'Zelfde@Example.NL', desiredOutcome: 'Iets anders', formToken: formToken(app) });
      expect(again.status).toBe(201);
      expect(again.body.data.reference).toBe(first.body.data.reference);
      expect(await named('Zelfde Inhoud')).toBe(1);
    });
  });
});
