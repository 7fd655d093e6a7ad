/**
 * Rendering a letter: the template through the engine, its HTML through the sanitiser, and the blocks that
 * come out as the e-mail's plain-text and HTML parts (the PDF is made from the same blocks, in pdf.ts).
 *
 * Pure TypeScript, no Strapi: the letter service assembles a LetterContext and calls `renderLetter`.
 */
import { pickLocale, type Locale } from '../../../shared/messages';
import { OUTPUT_LIMIT, escapeHtml, renderLiquid } from './engine';
import { parseLetterHtml, subjectFromHtml } from './sanitiser';
import type { InlineRun, LetterBlock, LetterContext, RenderedLetter } from './types';

/** Link text with its target after it, unless the text already is the target. */
function linkAsText(text: string, href: string): string {
  const shown = text.trim();
  if (shown === href || `mailto:${shown}` === href) return text;
  return `${text} (${href})`;
}

function runsToText(runs: InlineRun[]): string {
  let out = '';
  let index = 0;
  while (index < runs.length) {
    // A link split into runs by emphasis still shows its target once.
    const href = runs[index].href;
    let text = '';
    while (index < runs.length && runs[index].href === href) text += runs[index++].text;
    out += href ? linkAsText(text, href) : text;
  }
  return out;
}

/** Plain text: paragraphs separated by a blank line, list items as '- ' or '1. '. */
export function blocksToText(blocks: LetterBlock[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return runsToText(block.runs);
      return block.items
        .map((runs, index) => {
          const prefix = block.ordered ? `${index + 1}. ` : '- ';
          return prefix + runsToText(runs).replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
        })
        .join('\n');
    })
    .join('\n\n');
}

const LINK_STYLE = 'color:#0b57d0;text-decoration:underline;';

function runsToHtml(runs: InlineRun[]): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text).replace(/\n/g, '<br>');
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.href) html = `<a href="${escapeHtml(run.href)}" style="${LINK_STYLE}">${html}</a>`;
      return html;
    })
    .join('');
}

/** The sanitised body as HTML: only the allowed tags, every text escaped, inline styles for mail clients. */
export function blocksToHtml(blocks: LetterBlock[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph') return `<p style="margin:0 0 16px 0;">${runsToHtml(block.runs)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      const items = block.items.map((runs) => `<li style="margin:0 0 6px 0;">${runsToHtml(runs)}</li>`).join('\n');
      return `<${tag} style="margin:0 0 16px 0;padding:0 0 0 24px;">\n${items}\n</${tag}>`;
    })
    .join('\n');
}

function htmlDocument(subject: string, bodyHtml: string, locale: Locale): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    '<div style="max-width:640px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;">',
    bodyHtml,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Renders a letter. Throws the Liquid error (ParseError, RenderError, UndefinedVariableError) when the
 * template cannot be rendered for this context; templates are meant to pass `validateTemplate` first.
 */
export function renderLetter(source: { subject: string; body: string }, context: LetterContext): RenderedLetter {
  const { subject } = subjectFromHtml(renderLiquid(source.subject, context));
  const bodyHtml = renderLiquid(source.body, context);
  if (bodyHtml.length > OUTPUT_LIMIT) throw new Error(`letter body exceeds ${OUTPUT_LIMIT} characters`);
  const { blocks } = parseLetterHtml(bodyHtml);
  return {
    subject,
    html: htmlDocument(subject, blocksToHtml(blocks), pickLocale(context.locale)),
    text: blocksToText(blocks),
    blocks,
  };
}
