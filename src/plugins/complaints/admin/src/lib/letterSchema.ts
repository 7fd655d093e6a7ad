/**
 * The visual letter editor's document schema: exactly what the letter sanitiser keeps (paragraphs, line
 * breaks, bold, italic, bulleted and numbered lists without nesting, links) and the Liquid chips of
 * letterDocument.ts. Pasted content is read through the same schema, so a pasted table or heading arrives as
 * its text.
 */
import { Schema, type NodeSpec } from 'prosemirror-model';
import { chipLabel } from './letterDocument';

const chip = (className: string): NodeSpec => ({
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  attrs: { code: { default: '' } },
  parseDOM: [{ tag: `span.${className}`, getAttrs: (dom: HTMLElement) => ({ code: dom.getAttribute('data-code') ?? '' }) }],
  toDOM: (node) => ['span', { class: className, 'data-code': node.attrs.code as string, contenteditable: 'false' }, chipLabel(node.attrs.code as string)],
});

export const letterSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', 0] },
    liquid_block: {
      group: 'block',
      atom: true,
      selectable: true,
      attrs: { code: { default: '' } },
      parseDOM: [{ tag: 'div.liquid-block', getAttrs: (dom: HTMLElement) => ({ code: dom.getAttribute('data-code') ?? '' }) }],
      toDOM: (node) => ['div', { class: 'liquid-block', 'data-code': node.attrs.code as string, contenteditable: 'false' }, chipLabel(node.attrs.code as string)],
    },
    bullet_list: { group: 'block', content: '(list_item | liquid_block)+', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    ordered_list: { group: 'block', content: '(list_item | liquid_block)+', parseDOM: [{ tag: 'ol' }], toDOM: () => ['ol', 0] },
    // One paragraph per item: letters have no nested lists, and the list commands need the paragraph.
    list_item: { content: 'paragraph', defining: true, parseDOM: [{ tag: 'li' }], toDOM: () => ['li', 0] },
    text: { group: 'inline' },
    hard_break: { group: 'inline', inline: true, selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
    liquid_output: chip('liquid-output'),
    liquid_tag: chip('liquid-tag'),
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [{ tag: 'a[href]', getAttrs: (dom: HTMLElement) => ({ href: dom.getAttribute('href') }) }],
      toDOM: (mark) => ['a', { href: mark.attrs.href, rel: 'noopener noreferrer' }, 0],
    },
    strong: { parseDOM: [{ tag: 'strong' }, { tag: 'b' }], toDOM: () => ['strong', 0] },
    em: { parseDOM: [{ tag: 'em' }, { tag: 'i' }], toDOM: () => ['em', 0] },
  },
});
