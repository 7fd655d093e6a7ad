/**
 * The outbox's letter composer: the thread (the compiled plugin, as Strapi loads it) composes exactly what
 * the calling thread would, reports a template that fails as an error of that letter only, and starts
 * anew after it was closed.
 */
import fs from 'fs';
import { simpleParser } from 'mailparser';
import { composeLetter, TemplateRenderError, type ComposeRequest } from '../../src/plugins/complaints/server/src/letters/compose';
import { createLetterComposer } from '../../src/plugins/complaints/server/src/letters/composer';
import { THREAD_ENTRY } from '../../src/plugins/complaints/server/src/work';
import { defaultTemplate } from '../../src/plugins/complaints/server/src/letters/defaults';
import { sampleContext } from '../../src/plugins/complaints/server/src/letters/placeholders';

const template = defaultTemplate('acknowledgement', 'complainant', 'nl')!;
const request = (overrides: Partial<ComposeRequest> = {}): ComposeRequest => ({
  template,
  context: JSON.stringify({ ...sampleContext('nl'), recipient: { name: 'Jan <b>de</b> Boer' } }),
  email: { from: 'klachten@gemeente.nl', replyTo: 'antwoord@gemeente.nl', to: { name: 'Jan de Boer', address: 'jan@example.nl' }, messageId: '<kl-2026-000042.acknowledgement.abc@gemeente.nl>', kind: 'acknowledgement' },
  ...overrides,
});

describe('letter composer', () => {
  const composer = createLetterComposer({ thread: true });
  it('runs the thread from the built plugin (the suite builds it first)', () => {
    expect(fs.existsSync(THREAD_ENTRY)).toBe(true);
  });

  afterAll(() => composer.close());

  it('composes the same letter on its thread as in the calling thread', async () => {
    const [threaded, direct] = await Promise.all([composer.compose(request()), composeLetter(request())]);
    expect(threaded.subject).toBe(direct.subject);
    expect(threaded.blocksJson).toBe(direct.blocksJson);
    const [a, b] = await Promise.all([simpleParser(Buffer.from(threaded.raw!)), simpleParser(Buffer.from(direct.raw!))]);
    expect(a.subject).toBe(direct.subject);
    expect(a.text).toBe(b.text);
    expect(a.html).toBe(b.html);
    expect(a.messageId).toBe('<kl-2026-000042.acknowledgement.abc@gemeente.nl>');
    expect(a.headers.get('x-klacht-brief')).toBe('acknowledgement');
    expect(a.headers.get('x-klacht-referentie')).toBe(sampleContext('nl').complaint.reference);
    expect((a.replyTo as any).value).toEqual([{ address: 'antwoord@gemeente.nl', name: '' }]);
    expect((a.to as any).value).toEqual([{ address: 'jan@example.nl', name: 'Jan de Boer' }]);
    // data stays text: the recipient's name with markup is escaped in the HTML part
    expect(a.html).toContain('Jan &lt;b&gt;de&lt;/b&gt; Boer');
  });

  it('composes postal letters without a message', async () => {
    const letter = await composer.compose(request({ email: undefined }));
    expect(letter.raw).toBeUndefined();
    expect(JSON.parse(letter.blocksJson)[0]).toMatchObject({ type: 'paragraph' });
  });

  it('fails only the letter whose template cannot render, and goes on with the next', async () => {
    const results = await Promise.allSettled([
      composer.compose(request({ template: { subject: 'x', body: '{{ complaint.nonexistent }}' } })),
      composer.compose(request()),
    ]);
    expect(results[0]).toMatchObject({ status: 'rejected', reason: expect.objectContaining({ message: expect.stringMatching(/nonexistent/) }) });
    expect(results[1]).toMatchObject({ status: 'fulfilled' });
  });

  it('reports a letter that ran out of render time as worth another try, not as a broken template', async () => {
    // loops far longer than the render time limit, within its memory limit: out of time on any machine
    const slow = { subject: 'x', body: '{% for i in (1..900) %}{% for j in (1..900) %}{% assign k = j | plus: i | times: 3 | minus: 1 %}{% endfor %}{% endfor %}<p>klaar</p>' };
    const result = await composeLetter(request({ template: slow })).then(
      () => null,
      (error: Error) => error,
    );
    expect(result).toBeInstanceOf(Error);
    expect(result).not.toBeInstanceOf(TemplateRenderError);
    expect(result!.message).toMatch(/render limit exceeded/);
    const broken = await composeLetter(request({ template: { subject: 'x', body: '{{ complaint.nonexistent }}' } })).then(
      () => null,
      (error: Error) => error,
    );
    expect(broken).toBeInstanceOf(TemplateRenderError);
  });

  it('starts a new thread after it was closed', async () => {
    await composer.close();
    const letter = await composer.compose(request());
    expect(letter.subject).toContain(sampleContext('nl').complaint.reference);
  });
});
