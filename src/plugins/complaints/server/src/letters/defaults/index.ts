/**
 * The default letters, the templates the plugin installs and an editor can reset to: every kind for its
 * audience(s), in Dutch (nl.ts) and English (en.ts).
 */
import type { Locale } from '../../../../shared/messages';
import type { LetterAudience, LetterKind, LetterTemplateSource } from '../types';
import { DEFAULT_LETTERS_EN } from './en';
import { DEFAULT_LETTERS_NL } from './nl';
import type { DefaultLetterText } from './shared';

const DEFAULT_LETTERS: Record<Locale, DefaultLetterText[]> = { nl: DEFAULT_LETTERS_NL, en: DEFAULT_LETTERS_EN };

/** The letter's text in a language: every letter has both, and a missing one fails on loading, not on sending. */
function letterIn(locale: Locale, letter: DefaultLetterText): DefaultLetterText {
  const text = DEFAULT_LETTERS[locale].find((candidate) => candidate.kind === letter.kind && candidate.audience === letter.audience);
  if (!text) throw new Error(`no ${locale} default letter ${letter.kind}/${letter.audience}`);
  return text;
}

/** The default letters: every kind for its audience(s), in Dutch and English. */
export const DEFAULT_TEMPLATES: LetterTemplateSource[] = DEFAULT_LETTERS_NL.flatMap((letter) =>
  (['nl', 'en'] as const).map((locale) => ({
    kind: letter.kind,
    audience: letter.audience,
    locale,
    subject: letterIn(locale, letter).subject,
    body: letterIn(locale, letter).body,
  })),
);

/** The default template for a kind, audience and locale, if there is one. */
export function defaultTemplate(kind: LetterKind, audience: LetterAudience, locale: Locale): LetterTemplateSource | undefined {
  return DEFAULT_TEMPLATES.find((template) => template.kind === kind && template.audience === audience && template.locale === locale);
}
