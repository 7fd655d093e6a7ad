/**
 * The postal letter PDF: rendered with pdfmake, read back with unpdf (pdf.js) for text per page and text
 * positions. unpdf loads pdf.js with a dynamic import(), so jest needs NODE_OPTIONS=--experimental-vm-modules.
 */
import path from 'path';
import pdfMake = require('pdfmake');
import { extractText, extractTextItems, getDocumentProxy } from 'unpdf';
import { findFontsDir, renderLetterPdf } from '../../src/plugins/complaints/server/src/letters/pdf';
import type { LetterBlock, PdfLetterInput } from '../../src/plugins/complaints/server/src/letters/types';

const PT_PER_MM = 72 / 25.4;
const A4 = { width: 210 * PT_PER_MM, height: 297 * PT_PER_MM };
/** The address window of a Dutch window envelope, as the brief defines it (not read from pdf.ts). */
const WINDOW_MM = { left: 20, top: 50, width: 90, height: 45 };

// 23:30 UTC on 24 November is already 25 November in Amsterdam.
const DATE = new Date('2026-11-24T23:30:00Z');

function letter(overrides: Partial<PdfLetterInput> = {}): PdfLetterInput {
  return {
    locale: 'nl',
    organisation: { name: 'Stichting Zorg Oost', addressLines: ['Postbus 1234', '7500 AA Enschede', 'klachten@zorgoost.nl'] },
    recipient: { name: 'Mevrouw J. de Vries', addressLines: ['Dorpsstraat 12', '7511 AB Enschede'] },
    date: DATE,
    reference: 'KL-2026-000123',
    subject: 'Ontvangstbevestiging van uw klacht',
    blocks: [
      { type: 'paragraph', runs: [{ text: 'Geachte mevrouw De Vries,' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Wij hebben uw klacht ' },
          { text: 'goed ontvangen', bold: true },
          { text: ' en nemen die ' },
          { text: 'serieus', italic: true },
          { text: '. ' },
          { text: 'Echt', bold: true, italic: true },
          { text: '. U volgt de behandeling op de ' },
          { text: 'statuspagina', href: 'https://klachten.zorgoost.nl/status/abc123' },
          { text: '.' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ text: 'Wij nemen contact met u op' }], [{ text: 'Wij plannen een gesprek' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'Neem uw kenmerk mee' }], [{ text: 'Bewaar deze brief' }]] },
    ],
    signature: { name: 'P. Jansen', role: 'Klachtenfunctionaris' },
    ...overrides,
  };
}

/** Enough paragraphs to flow onto further pages. */
function longBody(paragraphs: number): LetterBlock[] {
  return Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph' as const,
    runs: [{ text: `Alinea ${i + 1}. ` + 'Dit is een lange alinea over de behandeling van uw klacht en de afspraken die wij maken. '.repeat(6) }],
  }));
}

async function pages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(pdf));
  // pdf.js may break a line into several items; compare on normalised whitespace.
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('renderLetterPdf', () => {
  let nl: Buffer;
  let nlPages: string[];

  beforeAll(async () => {
    nl = await renderLetterPdf(letter());
    nlPages = await pages(nl);
  });

  it('produces a PDF that parses, on A4', async () => {
    expect(nl.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await getDocumentProxy(new Uint8Array(nl));
    expect(doc.numPages).toBe(1);
    const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
    expect(viewport.width).toBeCloseTo(A4.width, 0);
    expect(viewport.height).toBeCloseTo(A4.height, 0);
  });

  it('contains sender, recipient, Dutch date, reference, subject, body, lists, signature and footer', () => {
    const text = nlPages[0];
    for (const expected of [
      'Stichting Zorg Oost',
      'Postbus 1234',
      'Mevrouw J. de Vries',
      'Dorpsstraat 12',
      '7511 AB Enschede',
      'Datum',
      '25 november 2026',
      'Ons kenmerk',
      'KL-2026-000123',
      'Onderwerp',
      'Ontvangstbevestiging van uw klacht',
      'Geachte mevrouw De Vries,',
      'Wij hebben uw klacht goed ontvangen en nemen die serieus. Echt.',
      'Wij nemen contact met u op',
      'Wij plannen een gesprek',
      'Neem uw kenmerk mee',
      'Bewaar deze brief',
      'P. Jansen',
      'Klachtenfunctionaris',
      'Pagina 1 van 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('Ontvangstbevestiging van uw klacht')).toBeLessThan(text.indexOf('Geachte mevrouw'));
    expect(text.indexOf('Bewaar deze brief')).toBeLessThan(text.indexOf('P. Jansen'));
  });

  it('numbers ordered list items and indents both kinds of list', async () => {
    const { items } = await extractTextItems(new Uint8Array(nl));
    const find = (str: string) => {
      const item = items[0].find((i) => i.str === str);
      expect(item).toBeDefined();
      return item!;
    };
    const paragraph = find('Geachte mevrouw De Vries,');
    const first = find('Wij nemen contact met u op');
    const second = find('Wij plannen een gesprek');
    // pdfmake writes the marker after the item, so match them by baseline rather than by text order.
    expect(find('1.').y).toBeCloseTo(first.y, 1);
    expect(find('2.').y).toBeCloseTo(second.y, 1);
    expect(find('1.').x).toBeLessThan(first.x);
    expect(second.y).toBeLessThan(first.y);
    // Bullets are drawn, not text: the unordered items are indented like the ordered ones.
    for (const item of [first, second, find('Neem uw kenmerk mee'), find('Bewaar deze brief')]) {
      expect(item.x).toBeGreaterThan(paragraph.x + 5);
    }
  });

  it('shows a link as its text followed by the URL, without a clickable annotation', () => {
    expect(nlPages[0]).toContain('statuspagina (https://klachten.zorgoost.nl/status/abc123)');
    const raw = nl.toString('latin1');
    expect(raw).not.toContain('/Annots');
    expect(raw).not.toContain('/URI');
    expect(raw).not.toContain('/JavaScript');
  });

  it('embeds the shipped Roboto faces (regular, bold, italic, bold italic) and no standard font', () => {
    const raw = nl.toString('latin1');
    // Each face appears twice (Type0 font and its CIDFont), with a subset tag like ABCDEF+.
    const baseFonts = [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([A-Za-z-]+)/g)].map((m) => m[1]))].sort();
    expect(baseFonts).toEqual(['Roboto-Italic', 'Roboto-Medium', 'Roboto-MediumItalic', 'Roboto-Regular']);
    expect(raw).toContain('/FontFile2');
  });

  it('places the recipient in the envelope window', async () => {
    const { items } = await extractTextItems(new Uint8Array(nl));
    const page = items[0];
    const box = {
      left: WINDOW_MM.left * PT_PER_MM,
      right: (WINDOW_MM.left + WINDOW_MM.width) * PT_PER_MM,
      top: WINDOW_MM.top * PT_PER_MM,
      bottom: (WINDOW_MM.top + WINDOW_MM.height) * PT_PER_MM,
    };
    for (const line of ['Mevrouw J. de Vries', 'Dorpsstraat 12', '7511 AB Enschede']) {
      const item = page.find((i) => i.str === line);
      expect(item).toBeDefined();
      // pdf.js gives the baseline in PDF space (origin bottom left); the window is measured from the top.
      const baseline = A4.height - item!.y;
      expect(item!.x).toBeGreaterThanOrEqual(box.left);
      expect(item!.x + item!.width).toBeLessThanOrEqual(box.right);
      expect(baseline - item!.height).toBeGreaterThanOrEqual(box.top);
      expect(baseline).toBeLessThanOrEqual(box.bottom);
    }
    // The sender and the letter itself stay out of the window.
    for (const line of ['Stichting Zorg Oost', 'KL-2026-000123', 'Geachte mevrouw De Vries,']) {
      const item = page.find((i) => i.str === line)!;
      expect(item).toBeDefined();
      const baseline = A4.height - item.y;
      const inside = item.x < box.right && item.x + item.width > box.left && baseline > box.top && baseline - item.height < box.bottom;
      expect(inside).toBe(false);
    }
  });

  it('flows a long body onto further pages with "Pagina X van Y" on every page', async () => {
    const pdf = await renderLetterPdf(letter({ blocks: longBody(9) }));
    const text = await pages(pdf);
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('Pagina 1 van 2');
    expect(text[1]).toContain('Pagina 2 van 2');
    expect(text[0]).toContain('Alinea 1.');
    expect(text[1]).toContain('Alinea 9.');
    // The signature closes the letter, on the last page; continuation pages repeat the reference.
    expect(text[1]).toContain('P. Jansen');
    expect(text[0]).not.toContain('P. Jansen');
    expect(text[1]).toContain('Ons kenmerk KL-2026-000123');

    const three = await pages(await renderLetterPdf(letter({ blocks: longBody(15) })));
    expect(three).toHaveLength(3);
    three.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} van 3`));
  });

  it('uses English labels, date and footer for locale en', async () => {
    const pdf = await renderLetterPdf(
      letter({
        locale: 'en',
        subject: 'Acknowledgement of your complaint',
        blocks: [{ type: 'paragraph', runs: [{ text: 'Dear Ms De Vries,' }] }, ...longBody(9)],
      }),
    );
    const text = await pages(pdf);
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('Date');
    expect(text[0]).toContain('25 November 2026');
    expect(text[0]).toContain('Our reference');
    expect(text[0]).toContain('Subject');
    expect(text[0]).toContain('Acknowledgement of your complaint');
    expect(text[0]).toContain('Page 1 of 2');
    expect(text[1]).toContain('Page 2 of 2');
    expect(text.join(' ')).not.toMatch(/Pagina|Ons kenmerk|Onderwerp|november/);
  });

  it('prints markup in any field literally', async () => {
    const script = '<script>alert(1)</script>';
    const pdf = await renderLetterPdf(
      letter({
        recipient: { name: script, addressLines: ['<img src=x onerror=alert(2)>'] },
        subject: '<b>Onderwerp</b> & meer',
        blocks: [{ type: 'paragraph', runs: [{ text: '<a href="javascript:alert(3)">klik</a>', bold: true }] }],
        signature: { name: '<i>P. Jansen</i>', role: '{{ role }}' },
      }),
    );
    const [text] = await pages(pdf);
    for (const literal of [script, '<img src=x onerror=alert(2)>', '<b>Onderwerp</b> & meer', '<a href="javascript:alert(3)">klik</a>', '<i>P. Jansen</i>', '{{ role }}']) {
      expect(text).toContain(literal);
    }
    const { items } = await extractTextItems(new Uint8Array(pdf));
    const name = items[0].find((i) => i.str === script);
    expect(name).toBeDefined();
    expect(name!.x).toBeGreaterThanOrEqual(WINDOW_MM.left * PT_PER_MM);
  });

  it('locks pdfmake down: no local files and no URLs for any document', async () => {
    await renderLetterPdf(letter());
    const fileImage = pdfMake.createPdf({ content: [{ image: path.join(__dirname, 'no-such-image.png') }] });
    await expect(fileImage.getBuffer()).rejects.toThrow(/Access to local file denied/);
    // pdfmake only downloads URLs listed in `images`; an inline URL is treated as a local path (and denied above).
    const urlImage = pdfMake.createPdf({ images: { logo: 'https://example.com/logo.png' }, content: [{ image: 'logo' }] });
    await expect(urlImage.getBuffer()).rejects.toThrow(/Access to URL denied/);
  });

  it('finds the shipped fonts from the source and from the compiled location', () => {
    const plugin = path.resolve(__dirname, '../../src/plugins/complaints');
    const fonts = path.join(plugin, 'server', 'assets', 'fonts');
    expect(findFontsDir(path.join(plugin, 'server', 'src', 'letters'))).toBe(fonts);
    expect(findFontsDir(path.join(plugin, 'dist', 'server', 'src', 'letters'))).toBe(fonts);
    expect(() => findFontsDir('/')).toThrow(/fonts directory/);
  });
});
