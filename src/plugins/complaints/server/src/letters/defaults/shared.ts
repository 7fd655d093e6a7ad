/**
 * What the Dutch and English default letters have in common: the shape of one letter in one language, and
 * the link to the disputes committee, the same in both. Its own module so that nl.ts and en.ts need not
 * import index.ts, which imports them.
 */
import type { LetterAudience, LetterKind } from '../types';

/** One default letter in one language. */
export interface DefaultLetterText {
  kind: LetterKind;
  audience: LetterAudience;
  subject: string;
  body: string;
}

export const COMMITTEE_LINK = `<a href="{{ committee.website }}">{{ committee.website }}</a>`;
