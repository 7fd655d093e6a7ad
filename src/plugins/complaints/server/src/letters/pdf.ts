/**
 * Renders a letter for the postal channel (A4, Dutch window envelope) to PDF with pdfmake 0.3.
 *
 * Everything that comes from the input ends up as a pdfmake `text` leaf: pdfmake has no markup, so
 * `<script>` is printed literally, and no image, SVG, attachment or link annotation is ever built from input.
 */
import fs from 'fs';
import path from 'path';
import { DateTime } from 'luxon';
// pdfmake's server entry is `module.exports = new pdfmake()`: import-equals keeps the instance (and `this`)
// intact, where an `import * as` namespace would drop its prototype methods.
import pdfMake = require('pdfmake');
import type { Content, ContentText, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { Locale } from '../../../shared/messages';
import { ZONE } from '../../../shared/procedure';
import { breakLongWords } from './long-words';
import type { InlineRun, LetterBlock, PdfLetterInput } from './types';

const PT_PER_MM = 72 / 25.4;
const mm = (value: number): number => value * PT_PER_MM;

/** A4 in mm. */
const PAGE = { width: 210, height: 297 } as const;

/** Page margins in mm: 25 left (aligned with the address text in the window), 20 right, room for header/footer. */
const MARGIN = { left: 25, top: 20, right: 20, bottom: 25 } as const;

/**
 * The address window of a Dutch window envelope with the window on the left (EA5/6 or C5/6, A4 folded in
 * three), measured on the unfolded sheet: 90 × 45 mm, 20 mm from the left edge, 50 mm from the top. Check
 * against the envelopes actually used. The address is inset 5 mm on each side so it stays visible when the
 * letter shifts inside the envelope (text area 80 × 35 mm, ~7 lines of 10 pt).
 */
export const ENVELOPE_WINDOW_MM = { left: 20, top: 50, width: 90, height: 45, inset: 5 } as const;

/** Sender block in the top right corner: 70 mm wide, flush with the right margin. */
const SENDER = { top: MARGIN.top, width: 70 } as const;

/** The label column of the date/reference/subject block. */
const META_LABEL_WIDTH = 30;

/** The flowing content starts 10 mm below the window. */
const CONTENT_START_MM = ENVELOPE_WINDOW_MM.top + ENVELOPE_WINDOW_MM.height + 10;

const FONT_FAMILY = 'ComplaintsRoboto';
const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  // Roboto as pdfmake ships it has no Bold (700); Medium (500) is what pdfmake itself uses as bold.
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

const LABELS: Record<Locale, { date: string; reference: string; subject: string; page: (page: number, count: number) => string }> = {
  nl: { date: 'Datum', reference: 'Ons kenmerk', subject: 'Onderwerp', page: (p, n) => `Pagina ${p} van ${n}` },
  en: { date: 'Date', reference: 'Our reference', subject: 'Subject', page: (p, n) => `Page ${p} of ${n}` },
};

const LANGUAGE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

const TEXT_COLOR = '#1a1a1a';
const MUTED_COLOR = '#555555';

/**
 * The plugin's `server/assets/fonts`, found by walking up from this file: the code runs both from
 * `server/src/letters` (tests, ts) and from `dist/server/src/letters` (tsc output, which does not copy assets).
 */
export function findFontsDir(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'server', 'assets', 'fonts');
    if (fs.existsSync(path.join(candidate, FONT_FILES.normal))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`complaints: fonts directory server/assets/fonts not found above ${start}`);
    dir = parent;
  }
}

let configured = false;

/**
 * Registers the font and locks pdfmake down, once per process. pdfmake is a process-wide singleton, so this
 * uses a plugin-specific family name (addFonts, not setFonts) to leave other users' fonts alone; the access
 * policies are process-wide as well: no URL ever, and no local file except our four font files.
 */
function configurePdfMake(): void {
  if (configured) return;
  const dir = findFontsDir();
  const fonts = {
    normal: path.join(dir, FONT_FILES.normal),
    bold: path.join(dir, FONT_FILES.bold),
    italics: path.join(dir, FONT_FILES.italics),
    bolditalics: path.join(dir, FONT_FILES.bolditalics),
  };
  // Paths rather than Buffers: pdfmake 0.3's URL resolver rewrites non-string font sources to undefined.
  const allowed = new Set(Object.values(fonts));
  const dictionary: TFontDictionary = { [FONT_FAMILY]: fonts };
  pdfMake.addFonts(dictionary);
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));
  configured = true;
}

/** '25 november 2026' / '25 November 2026', on the Amsterdam calendar day. */
function formatLetterDate(date: Date, locale: Locale): string {
  return DateTime.fromJSDate(date, { zone: ZONE }).setLocale(locale).toFormat('d MMMM yyyy');
}

/** Input may come from the database: whatever it is, it becomes a plain string. */
function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A string for a text leaf: long unbroken words get break opportunities (see long-words.ts). */
function printable(value: unknown): string {
  return breakLongWords(str(value));
}

/** One run as text leaves; a link becomes its text followed by the URL (once, if both are the same). */
function inlineRuns(runs: InlineRun[]): ContentText[] {
  const out: ContentText[] = [];
  for (const run of runs) {
    const text = printable(run.text);
    const style = { bold: run.bold === true, italics: run.italic === true };
    const href = printable(run.href).trim();
    if (href && text.trim() !== href) {
      if (text) out.push({ text, ...style });
      out.push({ text: text ? ` (${href})` : href });
    } else if (text || href) {
      out.push({ text: text || href, ...style });
    }
  }
  return out;
}

function hasText(runs: InlineRun[]): boolean {
  return inlineRuns(runs).some((leaf) => typeof leaf.text === 'string' && leaf.text.trim() !== '');
}

function bodyBlock(block: LetterBlock): Content | null {
  if (block.type === 'paragraph') {
    if (!hasText(block.runs)) return null;
    return { text: inlineRuns(block.runs), margin: [0, 0, 0, 8] };
  }
  const items = block.items.filter(hasText).map((runs): Content => ({ text: inlineRuns(runs), margin: [0, 0, 0, 2] }));
  if (items.length === 0) return null;
  return block.ordered ? { ol: items, margin: [0, 0, 0, 8] } : { ul: items, margin: [0, 0, 0, 8] };
}

function lines(values: string[]): string[] {
  return values.map(printable).filter((line) => line.trim() !== '');
}

function buildDocument(input: PdfLetterInput): TDocumentDefinitions {
  const locale: Locale = input.locale === 'en' ? 'en' : 'nl';
  const labels = LABELS[locale];
  // the document's metadata as given; what is laid out on the page goes through printable()
  const info = { reference: str(input.reference), subject: str(input.subject), organisationName: str(input.organisation.name) };
  const reference = printable(input.reference);
  const subject = printable(input.subject);
  const organisationName = printable(input.organisation.name);
  const window = ENVELOPE_WINDOW_MM;

  const sender: Content = {
    absolutePosition: { x: mm(PAGE.width - MARGIN.right - SENDER.width), y: mm(SENDER.top) },
    columns: [
      {
        width: mm(SENDER.width),
        stack: [
          { text: organisationName, bold: true, fontSize: 12, margin: [0, 0, 0, 3] },
          ...lines(input.organisation.addressLines).map((line): Content => ({ text: line, fontSize: 9, color: MUTED_COLOR })),
        ],
        alignment: 'right',
      },
    ],
  };

  const recipient: Content = {
    absolutePosition: { x: mm(window.left + window.inset), y: mm(window.top + window.inset) },
    columns: [
      {
        width: mm(window.width - 2 * window.inset),
        stack: [
          { text: printable(input.recipient.name) },
          ...lines(input.recipient.addressLines).map((line): Content => ({ text: line })),
        ],
        lineHeight: 1.15,
      },
    ],
  };

  const meta: Content = {
    // Pushes the flowing content below the window on page 1 (absolute blocks take no space).
    margin: [0, mm(CONTENT_START_MM - MARGIN.top), 0, mm(8)],
    table: {
      // Fixed widths: with '*' pdfmake widens a column to its longest word, pushing the rest off the page.
      widths: [mm(META_LABEL_WIDTH), mm(PAGE.width - MARGIN.left - MARGIN.right - META_LABEL_WIDTH)],
      body: [
        [{ text: labels.date, color: MUTED_COLOR }, { text: formatLetterDate(input.date, locale) }],
        [{ text: labels.reference, color: MUTED_COLOR }, { text: reference }],
        [{ text: labels.subject, color: MUTED_COLOR }, { text: subject, bold: true }],
      ],
    },
    // Not `unbreakable`: it starts page 1 anyway, and pdfmake drops an unbreakable block taller than a page
    // (a subject made of a whole complaint) without a trace.
    layout: 'noBorders',
  };

  const body = input.blocks.map(bodyBlock).filter((block): block is Content => block !== null);

  const signature: Content = {
    // Room for a handwritten signature above the name; never split over two pages.
    margin: [0, mm(12), 0, 0],
    unbreakable: true,
    stack: [{ text: printable(input.signature.name), bold: true }, { text: printable(input.signature.role), color: MUTED_COLOR }],
  };

  return {
    pageSize: 'A4',
    pageMargins: [mm(MARGIN.left), mm(MARGIN.top), mm(MARGIN.right), mm(MARGIN.bottom)],
    language: LANGUAGE[locale],
    info: { title: info.subject, author: info.organisationName, subject: info.reference, creator: info.organisationName, producer: 'pdfmake' },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.25, color: TEXT_COLOR },
    // Continuation pages repeat the reference so loose sheets can be matched.
    header: (currentPage) =>
      currentPage > 1
        ? { text: `${labels.reference} ${reference}`, fontSize: 8, color: MUTED_COLOR, margin: [mm(MARGIN.left), mm(10), mm(MARGIN.right), 0] }
        : null,
    footer: (currentPage, pageCount) => ({
      text: labels.page(currentPage, pageCount),
      fontSize: 8,
      color: MUTED_COLOR,
      alignment: 'right',
      margin: [mm(MARGIN.left), mm(10), mm(MARGIN.right), 0],
    }),
    // the order renderLettersPdf relies on: the two absolute blocks, then the flow that starts with `meta`
    content: [sender, recipient, meta, ...body, signature],
  };
}

/** Renders the letter to a PDF (A4, window envelope layout, embedded Roboto). */
export async function renderLetterPdf(input: PdfLetterInput): Promise<Buffer> {
  configurePdfMake();
  return pdfMake.createPdf(buildDocument(input)).getBuffer();
}

type PageFunction = (currentPage: number, pageCount: number, pageSize: unknown) => Content | null;

/**
 * Several postal letters in one PDF, to print in one go: each starts on a sheet of its own, and its pages are
 * numbered and headed as when it is printed alone ("Pagina 1 van 2" of that letter). pdfmake numbers the
 * pages of a whole document, so each letter is laid out once alone to learn its page count first.
 */
export async function renderLettersPdf(inputs: PdfLetterInput[]): Promise<Buffer> {
  configurePdfMake();
  if (inputs.length === 1) return renderLetterPdf(inputs[0]);
  const documents = inputs.map(buildDocument);
  const counts: number[] = [];
  for (const document of documents) {
    let pages = 1;
    await pdfMake
      .createPdf({
        ...document,
        footer: (_page: number, count: number) => {
          pages = count;
          return null;
        },
      })
      .getBuffer();
    counts.push(pages);
  }
  const starts = counts.map((_count, i) => 1 + counts.slice(0, i).reduce((sum, n) => sum + n, 0));
  const letterOn = (page: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > page) i--;
    return i;
  };
  const onPage = (part: 'header' | 'footer') => (page: number, _count: number, size: unknown) => {
    const i = letterOn(page);
    return (documents[i][part] as PageFunction)(page - starts[i] + 1, counts[i], size);
  };
  const content = documents.flatMap((document, i) => {
    const [sender, recipient, meta, ...flow] = document.content as Content[];
    // the next letter starts on a new sheet; its absolute blocks follow the break onto that sheet
    return i === 0 ? [sender, recipient, meta, ...flow] : [{ ...(meta as object), pageBreak: 'before' } as Content, sender, recipient, ...flow];
  });
  return pdfMake.createPdf({ ...documents[0], header: onPage('header'), footer: onPage('footer'), content } as TDocumentDefinitions).getBuffer();
}
