/**
 * Long unbroken words in PDF text. pdfmake fits a word wider than the line by measuring ever shorter
 * prefixes of all that is left of it, line after line, so its cost grows with the square of the word's
 * length: one word of 20,000 characters kept a thread busy for about a minute and took 1.7 GB.
 *
 * A zero-width space (U+200B) is a line-break opportunity in Unicode's line-breaking rules (which pdfmake
 * follows) and has an empty glyph in Roboto. A run longer than LONG_RUN characters gets one after every
 * PIECE characters: pdfmake then only ever measures short pieces, and the printed text is exactly what
 * was written — nothing is cut, replaced or refused. Shorter runs (words, the links in our letters) are
 * left alone, so a link copied from the PDF stays whole.
 *
 * Only whitespace counts as an existing break, as it always is one. Hyphens and slashes often are, but not
 * always (`1-1-1…` has none), so a long run with them is given break opportunities too.
 */

/** Longer than any word or ordinary link; pdfmake lays out a run this long in well under a millisecond. */
export const LONG_RUN = 200;

/** Break opportunities this far apart: short enough for the narrowest column (the envelope window). */
export const PIECE = 40;

export const ZERO_WIDTH_SPACE = '\u200b';

// `u`: a character is a code point, so a surrogate pair (an emoji) is never split.
const RUN = new RegExp(`[^\\s${ZERO_WIDTH_SPACE}]{${LONG_RUN + 1},}`, 'gu');
// PIECE characters that more characters follow: the end of a run gets no break after it.
const PIECES = new RegExp(`.{${PIECE}}(?=.)`, 'gsu');

/** Text with break opportunities in its long runs; text without such runs comes back as it was. */
export function breakLongWords(text: string): string {
  if (text.length <= LONG_RUN) return text;
  return text.replace(RUN, (run) => run.replace(PIECES, (piece) => piece + ZERO_WIDTH_SPACE));
}
