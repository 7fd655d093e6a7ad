/**
 * Long unbroken words in PDF letters (letters/long-words.ts): a run too long for pdfmake gets invisible
 * break opportunities, everything else is left as written, and the complainant's text survives intact —
 * including through a real PDF with a word of 20,000 characters, in the body, the subject and the address.
 */
import fc from 'fast-check';
import { extractText } from 'unpdf';
import { breakLongWords, LONG_RUN, PIECE, ZERO_WIDTH_SPACE } from '../../src/plugins/complaints/server/src/letters/long-words';
import { renderLetterPdf } from '../../src/plugins/complaints/server/src/letters/pdf';

const ZWSP = new RegExp(ZERO_WIDTH_SPACE, 'g');
/** The longest stretch without whitespace or a zero-width space, in code points. */
const longestRun = (text: string) => Math.max(0, ...text.split(/[\s\u200b]+/u).map((run) => [...run].length));

describe('breakLongWords', () => {
  it('leaves words, sentences and ordinary links exactly as they are', () => {
    const text = 'Geachte heer De Vries, zie https://www.woonstichting-voorbeeld.nl/klachtenformulier/status?ref=KL-2026-000042&token=3f9a1c7e0b2d4e6f8a9b&locale=nl voor arbeidsongeschiktheidsverzekeringsmaatschappijen.';
    expect(breakLongWords(text)).toBe(text);
    expect(breakLongWords('X'.repeat(LONG_RUN))).toBe('X'.repeat(LONG_RUN));
  });

  it('gives a 20,000-character word a break opportunity every few dozen characters, and loses nothing', () => {
    const word = 'X'.repeat(20_000);
    const broken = breakLongWords(`Antwoord: ${word} Einde.`);
    expect(broken.replace(ZWSP, '')).toBe(`Antwoord: ${word} Einde.`);
    expect(longestRun(broken)).toBeLessThanOrEqual(PIECE);
    // no break opportunity is added at the end of the run
    expect(broken).toContain(`X Einde.`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const broken = breakLongWords('🙂'.repeat(500));
    expect(broken.replace(ZWSP, '')).toBe('🙂'.repeat(500));
    expect(broken).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('for any text: only zero-width spaces are added, and no stretch stays longer than allowed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'é', '-', '/', ' ', '\n', '🙂', ZERO_WIDTH_SPACE), maxLength: 2_000 }), (text) => {
        const broken = breakLongWords(text);
        expect(broken.replace(ZWSP, '')).toBe(text.replace(ZWSP, ''));
        expect(longestRun(broken)).toBeLessThanOrEqual(Math.max(LONG_RUN, longestRun(text) <= LONG_RUN ? longestRun(text) : PIECE));
      }),
    );
  });
});

describe('a PDF with a word of 20,000 characters', () => {
  it('is laid out with every character of the word, in the body, the subject and the address', async () => {
    const word = 'X'.repeat(20_000);
    const pdf = await renderLetterPdf({
      locale: 'nl',
      organisation: { name: 'Gemeente Voorbeeld', addressLines: ['Postbus 1'] },
      recipient: { name: `Jan ${'Y'.repeat(2_000)}`, addressLines: ['Dorpsstraat 1'] },
      date: new Date('2026-05-07T10:00:00Z'),
      reference: 'KL-2026-000042',
      subject: `Onderwerp ${'Z'.repeat(2_000)}`,
      blocks: [{ type: 'paragraph', runs: [{ text: `Antwoord: ${word}` }] }],
      signature: { name: 'Behandelaar', role: 'Klachtbehandeling' },
    });
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    // the word flows over pages, between their headers and footers (which hold no X, Y or Z): count them
    const count = (letter: string) => text.split(letter).length - 1;
    expect(count('X')).toBe(20_000);
    expect(count('Y')).toBe(2_000);
    expect(count('Z')).toBe(2_000);
    // and nothing stands in for a character: only the zero-width spaces were added
    expect(text.replace(ZWSP, '')).not.toMatch(/\ufffd/);
  });
});
