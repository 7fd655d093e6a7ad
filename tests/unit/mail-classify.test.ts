/**
 * What a mail in the complaints mailbox is, from its headers: a bounce (RFC 3464), an automatic answer
 * (RFC 3834 and the headers out-of-office programs set), or a person writing, with the letters it answers
 * and the complaint references in its subject.
 */
import { simpleParser } from 'mailparser';
import { mailFacts, referencesIn } from '../../src/plugins/complaints/server/src/mail-intake/classify';
import { mailKeyOf } from '../../src/plugins/complaints/server/src/mail-intake/service';

const mail = (headers: string[], body = 'Tekst.') => simpleParser(Buffer.from([...headers, '', body, ''].join('\r\n')));

function report(status: string, original: string, returned: 'message/rfc822' | 'text/rfc822-headers' = 'message/rfc822') {
  return mail(
    ['From: MAILER-DAEMON@mx.example.org', 'Subject: Undeliverable', 'Message-ID: <dsn.1@mx.example.org>', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="X"'],
    [
      '--X',
      'Content-Type: text/plain',
      '',
      'Delivery failed.',
      '--X',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; piet@example.org',
      `Action: ${status.startsWith('5') ? 'failed' : 'delayed'}`,
      `Status: ${status}`,
      `Diagnostic-Code: smtp; 550 ${status} <piet@example.org>: mailbox unavailable`,
      '--X',
      `Content-Type: ${returned}`,
      '',
      'From: klachten@example.nl',
      `Message-ID: ${original}`,
      'Subject: Ontvangstbevestiging',
      '--X--',
    ].join('\r\n'),
  );
}

describe('mail intake: what a mail is', () => {
  it('reads a permanent delivery failure: the returned letter, the status and the server words without the address', async () => {
    const facts = mailFacts(await report('5.1.1', '<kl-2026-000001.acknowledgement.x@example.nl>'));
    expect(facts.failure).toEqual({ permanent: true, originalMessageIds: ['<kl-2026-000001.acknowledgement.x@example.nl>'], reason: expect.stringContaining('5.1.1') });
    expect(facts.failure?.reason).not.toContain('piet@example.org');
  });

  it('tells a delay (4.x.x) from a failure, and finds the letter from returned headers alone', async () => {
    const facts = mailFacts(await report('4.4.1', '<a.b@example.nl>', 'text/rfc822-headers'));
    expect(facts.failure).toMatchObject({ permanent: false, originalMessageIds: ['<a.b@example.nl>'] });
  });

  it('takes Auto-Submitted (anything but "no"), X-Autoreply and Precedence: auto_reply for automatic answers', async () => {
    expect(mailFacts(await mail(['Subject: Afwezig', 'Auto-Submitted: auto-replied'])).automatic).toBe(true);
    expect(mailFacts(await mail(['Subject: Afwezig', 'Auto-Submitted: auto-generated'])).automatic).toBe(true);
    expect(mailFacts(await mail(['Subject: Afwezig', 'X-Autoreply: yes'])).automatic).toBe(true);
    expect(mailFacts(await mail(['Subject: Afwezig', 'Precedence: auto_reply'])).automatic).toBe(true);
    expect(mailFacts(await mail(['Subject: Klacht', 'Auto-Submitted: no'])).automatic).toBe(false);
    expect(mailFacts(await mail(['Subject: Klacht'])).automatic).toBe(false);
  });

  it('collects the letters a reply answers from In-Reply-To and References, once each', async () => {
    const facts = mailFacts(await mail(['Subject: Re: brief', 'Message-ID: <r1@client.example>', 'In-Reply-To: <l1@example.nl>', 'References: <l0@example.nl> <l1@example.nl>']));
    expect(facts).toMatchObject({ messageId: '<r1@client.example>', failure: null, automatic: false });
    expect(facts.answers.sort()).toEqual(['<l0@example.nl>', '<l1@example.nl>']);
  });

  it('finds complaint references with the site prefix in a subject, in any case, never inside a longer number', () => {
    expect(referencesIn('Re: uw klacht KL-2026-000123 en kl-2025-000007', 'KL')).toEqual(['KL-2026-000123', 'KL-2025-000007']);
    expect(referencesIn('Bestelling XKL-2026-000123', 'KL')).toEqual([]);
    expect(referencesIn('KL-2026-0001234', 'KL')).toEqual([]);
    expect(referencesIn('Over K.L-2026-000001', 'K.L')).toEqual(['K.L-2026-000001']);
    expect(referencesIn('Over KXL-2026-000001', 'K.L')).toEqual([]);
  });

  it('keys a mail by its mailbox and Message-ID, or without one by UIDVALIDITY and UID', () => {
    expect(mailKeyOf('klachten', '<a@b>', '1', 5)).toBe(mailKeyOf('klachten', '<a@b>', '2', 9));
    expect(mailKeyOf('klachten', '<a@b>', '1', 5)).not.toBe(mailKeyOf('wonen', '<a@b>', '1', 5));
    expect(mailKeyOf('klachten', null, '1', 5)).not.toBe(mailKeyOf('klachten', null, '1', 6));
  });
});
