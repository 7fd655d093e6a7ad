/**
 * A letter template (limited HTML with Liquid) as a document for the visual editor, and back. The document
 * holds only what the letter sanitiser keeps (paragraphs, line breaks, bold, italic, lists, links) plus the
 * Liquid itself as chips: `{{ … }}` and inline `{% … %}` inside the text, a `{% … %}` between paragraphs or
 * list items as a row of its own. Every chip keeps its Liquid verbatim, so a template written by hand comes
 * back as the same letter. A template this model cannot hold (other tags, attributes, text outside a
 * paragraph, badly nested markup) is reported as such and stays with the HTML editor.
 *
 * The JSON is ProseMirror's (see letterSchema.ts), built here without ProseMirror so the rules are plain.
 */

export type MarkJson = { type: 'strong' } | { type: 'em' } | { type: 'link'; attrs: { href: string } };

export type InlineJson =
  | { type: 'text'; text: string; marks?: MarkJson[] }
  | { type: 'hard_break'; marks?: MarkJson[] }
  | { type: 'liquid_output' | 'liquid_tag'; attrs: { code: string }; marks?: MarkJson[] };

export type ParagraphJson = { type: 'paragraph'; content?: InlineJson[] };
export type LiquidBlockJson = { type: 'liquid_block'; attrs: { code: string } };
export type ListItemJson = { type: 'list_item'; content: [ParagraphJson] };
export type ListJson = { type: 'bullet_list' | 'ordered_list'; content: Array<ListItemJson | LiquidBlockJson> };
export type BlockJson = ParagraphJson | ListJson | LiquidBlockJson;
export type DocJson = { type: 'doc'; content: BlockJson[] };

/** Why a template stays with the HTML editor; the detail (a tag, a piece of the text) goes in the notice. */
export const UNSUPPORTED_REASONS = ['tag', 'attribute', 'text_outside', 'nesting', 'unclosed', 'entity', 'liquid'] as const;
export type Unsupported = { reason: (typeof UNSUPPORTED_REASONS)[number]; detail: string };

export type ParsedTemplate = { ok: true; doc: DocJson } | { ok: false; unsupported: Unsupported };

const MARK_TAGS: Record<string, 'strong' | 'em' | 'link'> = { strong: 'strong', b: 'strong', em: 'em', i: 'em', a: 'link' };

/** Liquid blocks whose content is not markup: their text cannot be shown as chips and text. */
const OPAQUE_LIQUID = /^\{%-?\s*(raw|comment|liquid)\b/;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'liquid'; code: string; output: boolean }
  | { kind: 'tag'; name: string; closing: boolean; attributes: string };

class NotRepresentable extends Error {
  constructor(readonly unsupported: Unsupported) {
    super(unsupported.reason);
  }
}

function fail(reason: Unsupported['reason'], detail = ''): never {
  throw new NotRepresentable({ reason, detail });
}

function decode(text: string): string {
  return text.replace(/&([^;\s&]{1,32});/g, (_match, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) fail('entity', `&${body};`);
      return String.fromCodePoint(code);
    }
    const named = Object.prototype.hasOwnProperty.call(NAMED, body) ? NAMED[body] : undefined;
    if (named === undefined) fail('entity', `&${body};`);
    return named;
  });
}

const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+(?:[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?))*)\s*\/?>/;

/** Liquid first: `{% if a > b %}` holds a '>' that is not markup. */
function tokenize(template: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text: decode(text) });
    text = '';
  };
  let index = 0;
  while (index < template.length) {
    const ch = template[index];
    if (ch === '{' && (template[index + 1] === '{' || template[index + 1] === '%')) {
      const output = template[index + 1] === '{';
      const end = template.indexOf(output ? '}}' : '%}', index + 2);
      if (end < 0) fail('liquid', template.slice(index, index + 20));
      const code = template.slice(index, end + 2);
      if (!output && OPAQUE_LIQUID.test(code)) fail('liquid', code);
      flush();
      tokens.push({ kind: 'liquid', code, output });
      index = end + 2;
      continue;
    }
    if (ch === '<') {
      const match = TAG.exec(template.slice(index, index + 2000));
      if (match) {
        flush();
        tokens.push({ kind: 'tag', name: match[2].toLowerCase(), closing: match[1] === '/', attributes: match[3].trim() });
        index += match[0].length;
        continue;
      }
      if (/^<[!?/a-zA-Z]/.test(template.slice(index, index + 2))) fail('tag', template.slice(index, index + 20));
    }
    text += ch;
    index++;
  }
  flush();
  return tokens;
}

function hrefOf(attributes: string): string {
  const match = /^href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))$/i.exec(attributes);
  if (!match) fail('attribute', attributes);
  return decode(match[1] ?? match[2] ?? match[3] ?? '');
}

/**
 * HTML's whitespace, as the sanitiser applies it: runs become one space, also across differently marked
 * text; none at a block's edges or beside a line break. Chips count as content (most print something).
 */
function normaliseInline(nodes: InlineJson[]): InlineJson[] {
  const out: InlineJson[] = [];
  let afterSpaceOrEdge = true;
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      afterSpaceOrEdge = node.type === 'hard_break';
      continue;
    }
    let text = node.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (afterSpaceOrEdge) text = text.replace(/^ /, '');
    if (!text) continue;
    afterSpaceOrEdge = text.endsWith(' ');
    out.push({ ...node, text });
  }
  // No space before a line break or at the end, even where it takes a whole text node.
  for (let i = out.length - 1; i >= 0; i--) {
    const node = out[i];
    const next = out[i + 1];
    if (node.type !== 'text' || (next && next.type !== 'hard_break')) continue;
    node.text = node.text.replace(/ $/, '');
    if (!node.text) out.splice(i, 1);
  }
  const merged: InlineJson[] = [];
  for (const node of out) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(previous.marks, node.marks)) previous.text += node.text;
    else merged.push(node);
  }
  return merged;
}

function sameMarks(a: MarkJson[] | undefined, b: MarkJson[] | undefined): boolean {
  return markKey(a) === markKey(b);
}

function markKey(marks: MarkJson[] | undefined): string {
  return (marks ?? []).map((mark) => (mark.type === 'link' ? `link:${mark.attrs.href}` : mark.type)).join('|');
}

/** Marks in the schema's order (link outside, then bold, then italic), each type once. */
function markSet(stack: MarkJson[]): MarkJson[] | undefined {
  const rank = { link: 0, strong: 1, em: 2 } as const;
  const byType = new Map<string, MarkJson>();
  for (const mark of stack) if (!byType.has(mark.type)) byType.set(mark.type, mark);
  const marks = [...byType.values()].sort((a, b) => rank[a.type] - rank[b.type]);
  return marks.length > 0 ? marks : undefined;
}

function paragraph(inline: InlineJson[]): ParagraphJson {
  const content = normaliseInline(inline);
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A template as a document for the visual editor, or why it cannot be one. */
export function parseTemplate(template: string): ParsedTemplate {
  try {
    return { ok: true, doc: build(tokenize(template)) };
  } catch (error) {
    if (error instanceof NotRepresentable) return { ok: false, unsupported: error.unsupported };
    throw error;
  }
}

function build(tokens: Token[]): DocJson {
  const blocks: BlockJson[] = [];
  let inline: InlineJson[] | null = null;
  let list: ListJson | null = null;
  const marks: Array<{ tag: string; mark: MarkJson }> = [];
  const withMarks = () => markSet(marks.map((entry) => entry.mark));
  const addInline = (node: InlineJson) => {
    const set = withMarks();
    inline!.push(set ? { ...node, marks: set } : node);
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      if (inline) addInline({ type: 'text', text: token.text });
      else if (/[^ \t\n\r\f]/.test(token.text)) fail('text_outside', token.text.trim().slice(0, 40));
      continue;
    }
    if (token.kind === 'liquid') {
      if (inline) addInline({ type: token.output ? 'liquid_output' : 'liquid_tag', attrs: { code: token.code } });
      else if (token.output || marks.length > 0) fail('text_outside', token.code);
      else (list ? list.content : blocks).push({ type: 'liquid_block', attrs: { code: token.code } });
      continue;
    }
    const { name, closing, attributes } = token;
    // Only a link's target: classes, styles and the like do not reach a letter.
    if (attributes && (name !== 'a' || closing)) fail('attribute', `${name} ${attributes}`);
    const markType = MARK_TAGS[name];
    if (markType) {
      if (!inline) fail('nesting', name);
      if (!closing) {
        marks.push({ tag: name, mark: markType === 'link' ? { type: 'link', attrs: { href: hrefOf(attributes) } } : { type: markType } });
      } else {
        if (marks[marks.length - 1]?.tag !== name) fail('nesting', `/${name}`);
        marks.pop();
      }
      continue;
    }
    switch (name) {
      case 'br':
        if (!inline) fail('nesting', name);
        addInline({ type: 'hard_break' });
        break;
      case 'p':
        if (list) fail('nesting', name);
        if (!closing) {
          if (inline) fail('nesting', name);
          inline = [];
        } else {
          if (!inline || marks.length > 0) fail('nesting', `/${name}`);
          blocks.push(paragraph(inline));
          inline = null;
        }
        break;
      case 'ul':
      case 'ol':
        if (!closing) {
          if (inline || list) fail('nesting', name);
          list = { type: name === 'ul' ? 'bullet_list' : 'ordered_list', content: [] };
        } else {
          if (!list || inline || (list.type === 'bullet_list') !== (name === 'ul')) fail('nesting', `/${name}`);
          if (list.content.length > 0) blocks.push(list);
          list = null;
        }
        break;
      case 'li':
        if (!list) fail('nesting', name);
        if (!closing) {
          if (inline) fail('nesting', name);
          inline = [];
        } else {
          if (!inline || marks.length > 0) fail('nesting', `/${name}`);
          list.content.push({ type: 'list_item', content: [paragraph(inline)] });
          inline = null;
        }
        break;
      default:
        fail('tag', name);
    }
  }
  if (inline || list || marks.length > 0) fail('unclosed', '');
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}

/** A snippet from the placeholder list as inline content (`{{ x }}`, `{% for %}…{% endfor %}`). */
export function parseInlineSnippet(snippet: string): InlineJson[] {
  const parsed = parseTemplate(`<p>${snippet}</p>`);
  if (!parsed.ok) return [{ type: 'text', text: snippet }];
  const first = parsed.doc.content[0];
  return first.type === 'paragraph' ? (first.content ?? []) : [];
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function openTag(mark: MarkJson): string {
  return mark.type === 'link' ? `<a href="${escapeAttribute(mark.attrs.href)}">` : `<${mark.type}>`;
}

const closeTag = (mark: MarkJson) => (mark.type === 'link' ? '</a>' : `</${mark.type}>`);

function serializeInline(nodes: InlineJson[] | undefined): string {
  let html = '';
  const open: MarkJson[] = [];
  for (const node of nodes ?? []) {
    const wanted = node.marks ?? [];
    let keep = 0;
    while (keep < open.length && keep < wanted.length && markKey([open[keep]]) === markKey([wanted[keep]])) keep++;
    while (open.length > keep) html += closeTag(open.pop()!);
    for (const mark of wanted.slice(keep)) {
      html += openTag(mark);
      open.push(mark);
    }
    if (node.type === 'text') html += escapeText(node.text);
    else if (node.type === 'hard_break') html += '<br>';
    else html += node.attrs.code;
  }
  while (open.length > 0) html += closeTag(open.pop()!);
  return html;
}

/** The document back as the template the server checks, renders and stores. */
export function serializeDocument(doc: DocJson): string {
  return doc.content
    .map((block) => {
      if (block.type === 'paragraph') return `<p>${serializeInline(block.content)}</p>`;
      if (block.type === 'liquid_block') return block.attrs.code;
      const tag = block.type === 'bullet_list' ? 'ul' : 'ol';
      const items = block.content.map((item) => (item.type === 'liquid_block' ? item.attrs.code : `<li>${serializeInline(item.content[0].content)}</li>`));
      return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
    })
    .join('\n');
}

/** What a chip shows: the Liquid without its delimiters. */
export function chipLabel(code: string): string {
  return code.replace(/^\{[{%]-?\s*/, '').replace(/\s*-?[}%]\}$/, '');
}
