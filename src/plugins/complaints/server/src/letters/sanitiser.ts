/**
 * The sanitiser: reads the HTML a template renders to (untrusted: editors write the markup) and keeps only
 * <p>, <br>, <strong>/<b>, <em>/<i>, <ul>, <ol>, <li> and <a href> with an http(s)/mailto target, as
 * LetterBlocks; the subject becomes one line of plain text. Its own tokenizer, no HTML library.
 */
import type { InlineRun, LetterBlock } from './types';

// A Map, so that `&constructor;` and friends are not looked up on Object.prototype.
const NAMED_ENTITIES = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', copy: '©', reg: '®',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', deg: '°', eacute: 'é', egrave: 'è', euml: 'ë', ecirc: 'ê', aacute: 'á', agrave: 'à',
  auml: 'ä', iuml: 'ï', iacute: 'í', ouml: 'ö', oacute: 'ó', uuml: 'ü', uacute: 'ú', ccedil: 'ç',
  Eacute: 'É', Euml: 'Ë', Iuml: 'Ï', Ouml: 'Ö', Uuml: 'Ü',
}));

/** Entities back to characters; unknown or malformed ones stay as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (match, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES.get(body) ?? match;
    const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '\ufffd';
  });
}

/** Control characters other than tab and newlines have no place in a letter. */
function dropControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'tag'; name: string; closing: boolean; attributes: string };

const TAG_NAME = /[a-zA-Z][a-zA-Z0-9-]*/y;

/** Reads `<name ...>` at `start`; null when it is not a tag (then the '<' is text). */
function readTag(html: string, start: number): { token: HtmlToken; end: number } | null {
  let index = start + 1;
  const closing = html[index] === '/';
  if (closing) index++;
  TAG_NAME.lastIndex = index;
  const nameMatch = TAG_NAME.exec(html);
  if (!nameMatch) return null;
  const attributesStart = index + nameMatch[0].length;
  index = attributesStart;
  while (index < html.length) {
    const ch = html[index];
    if (ch === '"' || ch === "'") {
      const close = html.indexOf(ch, index + 1);
      if (close < 0) return null;
      index = close + 1;
    } else if (ch === '>') {
      const attributes = html.slice(attributesStart, index).replace(/\/\s*$/, '');
      return { token: { type: 'tag', name: nameMatch[0].toLowerCase(), closing, attributes }, end: index + 1 };
    } else if (ch === '<') {
      return null;
    } else {
      index++;
    }
  }
  return null;
}

/** Splits HTML into text (decoded to plain characters) and tags. Comments and declarations are dropped. */
function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  const flushText = () => {
    if (text) tokens.push({ type: 'text', text: dropControlCharacters(decodeEntities(text)) });
    text = '';
  };
  let index = 0;
  while (index < html.length) {
    const next = html.indexOf('<', index);
    if (next < 0) {
      text += html.slice(index);
      break;
    }
    text += html.slice(index, next);
    if (html.startsWith('<!--', next)) {
      const close = html.indexOf('-->', next + 4);
      index = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[next + 1] === '!' || html[next + 1] === '?') {
      const close = html.indexOf('>', next);
      index = close < 0 ? html.length : close + 1;
      continue;
    }
    const tag = readTag(html, next);
    if (!tag) {
      text += '<';
      index = next + 1;
      continue;
    }
    flushText();
    tokens.push(tag.token);
    index = tag.end;
  }
  flushText();
  return tokens;
}

const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function hrefOf(attributes: string): string | null {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1].toLowerCase() === 'href') return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim();
  }
  return null;
}

/** Only web and mail links; no javascript:, data:, relative or protocol-relative targets. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(href) && !/[\u0000-\u001f\u007f]/.test(href);
}

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'a']);

/** Raw run during parsing; a line break is its own marker so whitespace collapsing can see it. */
type PendingRun = { text: string; lineBreak: boolean; bold: boolean; italic: boolean; href: string | undefined };

function sameStyle(a: InlineRun, b: InlineRun): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;
}

/**
 * HTML whitespace rules: runs of whitespace become one space, none at the start or end of a block or around
 * a line break; a <br> becomes '\n' inside the run text. Adjacent runs with the same style are merged.
 */
function normaliseRuns(pending: PendingRun[]): InlineRun[] {
  const runs: InlineRun[] = [];
  let lastChar = '\n';
  const trimTrailingSpace = () => {
    while (runs.length > 0) {
      const last = runs[runs.length - 1];
      last.text = last.text.replace(/ +$/, '');
      if (last.text) break;
      runs.pop();
    }
  };
  for (const run of pending) {
    let text: string;
    if (run.lineBreak) {
      trimTrailingSpace();
      text = '\n';
    } else {
      text = run.text.replace(/[ \t\n\r\f]+/g, ' ');
      if (lastChar === ' ' || lastChar === '\n') text = text.replace(/^ /, '');
    }
    if (!text) continue;
    const styled: InlineRun = { text };
    if (run.bold) styled.bold = true;
    if (run.italic) styled.italic = true;
    if (run.href) styled.href = run.href;
    const previous = runs[runs.length - 1];
    if (previous && sameStyle(previous, styled)) previous.text += text;
    else runs.push(styled);
    lastChar = text[text.length - 1];
  }
  // No line breaks or spaces at the edges of a block.
  for (;;) {
    trimTrailingSpace();
    const last = runs[runs.length - 1];
    if (!last || !last.text.endsWith('\n')) break;
    last.text = last.text.replace(/\n+$/, '');
  }
  while (runs.length > 0 && /^\n/.test(runs[0].text)) {
    runs[0].text = runs[0].text.replace(/^\n+/, '');
    if (!runs[0].text) runs.shift();
  }
  return runs;
}

export interface ParsedLetterHtml {
  blocks: LetterBlock[];
  /** Tags that were not allowed and were dropped (their text kept), lower case, unique. */
  droppedTags: string[];
  /** Link targets that were refused (the link text kept). */
  refusedLinks: string[];
}

/**
 * Parses (untrusted) limited HTML into blocks. Anything outside the allowed tag set is dropped with its text
 * kept; text outside <p>/<ul>/<ol> becomes a paragraph; nested lists are flattened into their outer list.
 */
export function parseLetterHtml(html: string): ParsedLetterHtml {
  const blocks: LetterBlock[] = [];
  const droppedTags = new Set<string>();
  const refusedLinks: string[] = [];
  let paragraph: PendingRun[] | null = null;
  let list: { ordered: boolean; items: InlineRun[][] } | null = null;
  let item: PendingRun[] | null = null;
  let nestedListDepth = 0;
  let boldDepth = 0;
  let italicDepth = 0;
  const links: Array<string | undefined> = [];

  const closeParagraph = () => {
    if (paragraph) {
      const runs = normaliseRuns(paragraph);
      if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
    }
    paragraph = null;
  };
  const closeItem = () => {
    if (item && list) {
      const runs = normaliseRuns(item);
      if (runs.length > 0) list.items.push(runs);
    }
    item = null;
  };
  const closeList = () => {
    closeItem();
    if (list && list.items.length > 0) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = null;
    nestedListDepth = 0;
  };
  /** Where inline content goes now; opens an implicit paragraph or list item when needed. */
  const target = (): PendingRun[] => {
    if (list) {
      if (!item) item = [];
      return item;
    }
    if (!paragraph) paragraph = [];
    return paragraph;
  };
  const push = (text: string, lineBreak: boolean) => {
    // Whitespace between blocks (template indentation) opens nothing.
    if (!lineBreak && !/[^ \t\n\r\f]/.test(text) && !(list ? item : paragraph)) return;
    target().push({ text, lineBreak, bold: boldDepth > 0, italic: italicDepth > 0, href: links[links.length - 1] });
  };

  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') {
      push(token.text, false);
      continue;
    }
    const { name, closing } = token;
    if (!ALLOWED_TAGS.has(name)) {
      droppedTags.add(name);
      continue;
    }
    switch (name) {
      case 'p':
        // Inside a list item a paragraph is only structure; the item stays one item.
        if (!list) closeParagraph();
        break;
      case 'br':
        push('\n', true);
        break;
      case 'strong':
      case 'b':
        boldDepth = Math.max(0, boldDepth + (closing ? -1 : 1));
        break;
      case 'em':
      case 'i':
        italicDepth = Math.max(0, italicDepth + (closing ? -1 : 1));
        break;
      case 'a':
        if (closing) {
          links.pop();
        } else {
          const href = hrefOf(token.attributes);
          const allowed = href !== null && isAllowedHref(href);
          if (!allowed) refusedLinks.push(href ?? '');
          links.push(allowed ? href : undefined);
        }
        break;
      case 'ul':
      case 'ol':
        if (closing) {
          if (nestedListDepth > 0) nestedListDepth--;
          else closeList();
        } else if (list) {
          nestedListDepth++;
          closeItem();
        } else {
          closeParagraph();
          list = { ordered: name === 'ol', items: [] };
        }
        break;
      case 'li':
        if (closing) {
          closeItem();
        } else {
          if (!list) {
            closeParagraph();
            list = { ordered: false, items: [] };
          }
          closeItem();
          item = [];
        }
        break;
    }
  }
  closeList();
  closeParagraph();
  return { blocks, droppedTags: [...droppedTags], refusedLinks };
}

/** The subject is one line of plain text: markup from the template is stripped, data shows literally. */
export function subjectFromHtml(html: string): { subject: string; hadTags: boolean } {
  let hadTags = false;
  const parts = tokenizeHtml(html).map((token) => {
    if (token.type === 'text') return token.text;
    hadTags = true;
    return token.name === 'br' || token.name === 'p' || token.name === 'li' ? ' ' : '';
  });
  const subject = parts.join('').replace(/[\s\u2028\u2029]+/g, ' ').trim();
  return { subject, hadTags };
}
