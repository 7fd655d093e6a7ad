/**
 * The visual letter editor's model: a template becomes a document of paragraphs, lists and Liquid chips and
 * comes back as a template that renders the same letter; templates the model cannot hold are named as such.
 */
import fc from 'fast-check';
import { parseInlineSnippet, parseTemplate, serializeDocument, type DocJson } from '../../src/plugins/complaints/admin/src/lib/letterDocument';
import { letterSchema } from '../../src/plugins/complaints/admin/src/lib/letterSchema';
import { DEFAULT_TEMPLATES } from '../../src/plugins/complaints/server/src/letters/defaults';
import { sampleContext, sparseContext } from '../../src/plugins/complaints/server/src/letters/placeholders';
import { renderLetter } from '../../src/plugins/complaints/server/src/letters/render';
import { BEFORE_NEXT_BODY_NAMED, RECEIPT_WITH_FREE_TEXT } from '../../src/plugins/complaints/server/src/upgrades/previous-templates';

function roundTrip(body: string): string {
  const parsed = parseTemplate(body);
  if (!parsed.ok) throw new Error(`not representable: ${JSON.stringify(parsed.unsupported)}`);
  // The document is one ProseMirror accepts as it is.
  letterSchema.nodeFromJSON(parsed.doc).check();
  return serializeDocument(parsed.doc);
}

const templates = [
  ...DEFAULT_TEMPLATES,
  ...BEFORE_NEXT_BODY_NAMED,
  { kind: 'submission_received', audience: 'complainant', locale: 'nl' as const, ...RECEIPT_WITH_FREE_TEXT.nl },
  { kind: 'submission_received', audience: 'complainant', locale: 'en' as const, ...RECEIPT_WITH_FREE_TEXT.en },
];

describe('a letter template in the visual editor', () => {
  it.each(templates.map((t) => [`${t.kind}/${t.audience}/${t.locale}`, t] as const))(
    '%s comes back as a template that renders the same letter, with every part present and with the optional parts absent',
    (_name, template) => {
      const back = roundTrip(template.body);
      for (const context of [sampleContext(template.locale), sparseContext(template.locale)]) {
        const original = renderLetter({ subject: template.subject, body: template.body }, context);
        const edited = renderLetter({ subject: template.subject, body: back }, context);
        expect(edited.blocks).toEqual(original.blocks);
      }
      // and a second pass changes nothing more
      expect(roundTrip(back)).toBe(back);
    },
  );

  it('keeps placeholders and tags as chips with their Liquid verbatim, also inside bold text and links', () => {
    const parsed = parseTemplate(
      '<p>Kenmerk <strong>{{ complaint.reference }}</strong>{% if x %}, <a href="{{ complaint.statusUrl }}">uw pagina</a>{% endif %}.</p>',
    );
    expect(parsed).toEqual({
      ok: true,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Kenmerk ' },
              { type: 'liquid_output', attrs: { code: '{{ complaint.reference }}' }, marks: [{ type: 'strong' }] },
              { type: 'liquid_tag', attrs: { code: '{% if x %}' } },
              { type: 'text', text: ', ' },
              { type: 'text', text: 'uw pagina', marks: [{ type: 'link', attrs: { href: '{{ complaint.statusUrl }}' } }] },
              { type: 'liquid_tag', attrs: { code: '{% endif %}' } },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
    });
  });

  it('puts a tag between paragraphs or list items on a row of its own, and reads a > inside Liquid as Liquid', () => {
    const parsed = parseTemplate('{% if agreements.size > 0 %}<ol>\n{% for a in agreements %}<li>{{ a.description }}</li>\n{% endfor %}</ol>{% endif %}');
    expect(parsed.ok && parsed.doc.content.map((block) => block.type)).toEqual(['liquid_block', 'ordered_list', 'liquid_block']);
    expect(parsed.ok && (parsed.doc.content[1] as { content: Array<{ type: string }> }).content.map((item) => item.type)).toEqual([
      'liquid_block',
      'list_item',
      'liquid_block',
    ]);
  });

  it.each([
    ['<h1>Titel</h1>', 'tag', 'h1'],
    ['<p class="x">Tekst</p>', 'attribute', 'p class="x"'],
    ['Tekst zonder alinea', 'text_outside', 'Tekst zonder alinea'],
    ['<p><strong>vet</p></strong>', 'nesting', '/p'],
    ['<p>open', 'unclosed', ''],
    ['<p>&hearts;</p>', 'entity', '&hearts;'],
    ['<p>{% raw %}{{ x }}{% endraw %}</p>', 'liquid', '{% raw %}'],
    ['<p>{{ niet gesloten</p>', 'liquid', '{{ niet gesloten</p>'],
    ['<ul><li>een<ul><li>twee</li></ul></li></ul>', 'nesting', 'ul'],
    ['<!-- opmerking --><p>x</p>', 'tag', '<!-- opmerking --><p'],
  ])('leaves %s to the HTML editor (%s)', (body, reason, detail) => {
    expect(parseTemplate(body)).toEqual({ ok: false, unsupported: { reason, detail } });
  });

  it('writes text back escaped, so a < typed in the editor is a character and not markup', () => {
    const doc: DocJson = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a < b & c' }] }] };
    expect(serializeDocument(doc)).toBe('<p>a &lt; b &amp; c</p>');
    expect(roundTrip(serializeDocument(doc))).toBe('<p>a &lt; b &amp; c</p>');
  });

  it('inserts a snippet from the placeholder list as chips', () => {
    expect(parseInlineSnippet('{% for afspraak in agreements %}{{ afspraak.description }}{% endfor %}').map((node) => node.type)).toEqual([
      'liquid_tag',
      'liquid_output',
      'liquid_tag',
    ]);
  });

  it('any document the editor can hold is written as a template that reads back to the same letter, and is stable from then on', () => {
    const text = fc.stringMatching(/^[a-zA-Z<>&é ]{1,12}$/);
    const marks = fc.subarray([{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'strong' }, { type: 'em' }] as const);
    const inline = fc.oneof(
      fc.record({ type: fc.constant('text' as const), text, marks }),
      fc.record({ type: fc.constant('hard_break' as const), marks }),
      fc.record({ type: fc.constant('liquid_output' as const), attrs: fc.record({ code: fc.constantFrom('{{ complaint.reference }}', '{{ complaint.receivedAt | datum }}') }), marks }),
      fc.record({ type: fc.constant('liquid_tag' as const), attrs: fc.record({ code: fc.constantFrom('{% assign n = 1 %}', '{% echo complaint.reference %}') }), marks }),
    );
    const paragraph = fc.record({ type: fc.constant('paragraph' as const), content: fc.array(inline, { maxLength: 6 }) });
    const liquidBlock = fc.record({ type: fc.constant('liquid_block' as const), attrs: fc.record({ code: fc.constantFrom('{% assign m = 2 %}', '{% echo organisation.name %}') }) });
    const item = fc.oneof(fc.record({ type: fc.constant('list_item' as const), content: fc.tuple(paragraph) }), liquidBlock);
    const list = fc.record({ type: fc.constantFrom('bullet_list' as const, 'ordered_list' as const), content: fc.array(item, { minLength: 1, maxLength: 3 }) });
    const doc = fc.record({ type: fc.constant('doc' as const), content: fc.array(fc.oneof(paragraph, list, liquidBlock), { minLength: 1, maxLength: 5 }) });
    fc.assert(
      fc.property(doc, (generated) => {
        const template = serializeDocument(generated as unknown as DocJson);
        const back = roundTrip(template);
        const context = sampleContext('nl');
        expect(renderLetter({ subject: 'Onderwerp', body: back }, context).blocks).toEqual(renderLetter({ subject: 'Onderwerp', body: template }, context).blocks);
        expect(roundTrip(back)).toBe(back);
      }),
      { numRuns: 300 },
    );
  });
});
