/**
 * Template validation: what an editor is told before a template is saved. Parse errors, unknown
 * placeholders (with the closest documented one), unknown or forbidden filters, a trial render with the
 * sample data filled and sparse, markup or links the sanitiser would drop, and the status link kept to
 * letters for the complainant; in Dutch and English.
 */
import type { Liquid, Template, Variable } from 'liquidjs';
import type { Locale, Message } from '../../../shared/messages';
import { OUTPUT_LIMIT, PARSE_LIMIT, engineFor, renderLiquid } from './engine';
import { PLACEHOLDERS, sampleContext, sparseContext } from './placeholders';
import { parseLetterHtml, subjectFromHtml } from './sanitiser';
import { LETTER_KINDS, type LetterAudience, type LetterContext, type LetterKind } from './types';

export type TemplateField = 'subject' | 'body';

/** Errors are given only for the fields that have one. */
export type TemplateValidation = { ok: true } | { ok: false; errors: Partial<Record<TemplateField, Message>> };

const DOCUMENTED_PATHS = PLACEHOLDERS.map((placeholder) => placeholder.path);

/** Does this variable path exist in LetterContext? Walks the (fully filled) sample. */
function pathExists(segments: ReadonlyArray<string | number | Variable>, sample: unknown): boolean {
  let value: unknown = sample;
  for (const segment of segments) {
    if (Array.isArray(value)) {
      if (segment === 'size') value = 0;
      else if (typeof segment !== 'string' || segment === 'first' || segment === 'last') value = value[0];
      else return false;
    } else if (typeof value === 'string') {
      if (segment === 'size') value = 0;
      else if (segment === 'first' || segment === 'last') value = '';
      else return false;
    } else if (value !== null && typeof value === 'object') {
      if (typeof segment !== 'string' || !Object.prototype.hasOwnProperty.call(value, segment)) return false;
      value = (value as Record<string, unknown>)[segment];
    } else {
      return false;
    }
  }
  return true;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function closest(name: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** For a mistyped loop variable (`a.descrption`): the closest field name of any object in the context. */
function closestField(path: string): string | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return closest(path, [...new Set(DOCUMENTED_PATHS.map((p) => p.split(/[.[]/)[0]))]);
  const fields = [...new Set(DOCUMENTED_PATHS.map((p) => p.slice(p.lastIndexOf('.') + 1)))];
  const field = closest(path.slice(dot + 1), fields);
  return field ? `${path.slice(0, dot)}.${field}` : null;
}

function unknownPlaceholderMessage(name: string, suggestion: string | null, position: number[] | null): Message {
  const where = position ? { nl: ` (regel ${position[0]}, kolom ${position[1]})`, en: ` (line ${position[0]}, column ${position[1]})` } : { nl: '', en: '' };
  const hint = suggestion
    ? { nl: ` Bedoelt u {{ ${suggestion} }}?`, en: ` Did you mean {{ ${suggestion} }}?` }
    : { nl: ' Kies een placeholder uit de lijst.', en: ' Choose a placeholder from the list.' };
  return {
    nl: `Onbekende placeholder {{ ${name} }}${where.nl}.${hint.nl}`,
    en: `Unknown placeholder {{ ${name} }}${where.en}.${hint.en}`,
  };
}

interface LiquidErrorLike {
  name?: string;
  message?: string;
  token?: { getPosition?: () => number[] };
}

function positionOf(error: LiquidErrorLike): number[] | null {
  try {
    const position = error.token?.getPosition?.();
    return position && position.length >= 2 ? position : null;
  } catch {
    return null;
  }
}

/** Liquid's error text without the ', line:1, col:4' it appends (we say where in the reader's language). */
function liquidDetail(error: LiquidErrorLike): string {
  return String(error.message ?? error).replace(/, line:\d+, col:\d+$/, '');
}

/** Liquid's parse errors in the editor's language; an unknown one keeps Liquid's words, marked as such. */
function parseErrorMessage(detail: string, where: Message): Message {
  const notClosed = /^tag \{%\s*(\w+)[^]*?%\} not closed/.exec(detail);
  if (notClosed) {
    return {
      nl: `{% ${notClosed[1]} %}${where.nl} wordt niet afgesloten: voeg {% end${notClosed[1]} %} toe.`,
      en: `{% ${notClosed[1]} %}${where.en} is not closed: add {% end${notClosed[1]} %}.`,
    };
  }
  if (/^output "[^]*" not closed/.test(detail)) {
    return { nl: `Een placeholder${where.nl} wordt niet afgesloten: sluit hem af met }}.`, en: `A placeholder${where.en} is not closed: close it with }}.` };
  }
  const unknownTag = /^tag "(\w+)" not found/.exec(detail);
  if (unknownTag) {
    const name = unknownTag[1];
    return name.startsWith('end')
      ? { nl: `{% ${name} %}${where.nl} sluit niets af: er staat geen {% ${name.slice(3)} %} voor.`, en: `{% ${name} %}${where.en} closes nothing: there is no {% ${name.slice(3)} %} before it.` }
      : { nl: `Onbekende opdracht {% ${name} %}${where.nl}. Gebruik bijvoorbeeld {% if %} of {% for %}.`, en: `Unknown tag {% ${name} %}${where.en}. Use for example {% if %} or {% for %}.` };
  }
  if (/^illegal tag|^invalid value expression/.test(detail)) {
    return { nl: `Een opdracht${where.nl} is onvolledig: er ontbreekt een voorwaarde of waarde.`, en: `A tag${where.en} is incomplete: a condition or value is missing.` };
  }
  return { nl: `De template bevat een fout${where.nl} (Liquid meldt: "${detail}").`, en: `The template contains an error${where.en}: ${detail}.` };
}

/**
 * A Liquid parse or render error in words an editor can act on. `withOptionalPartsAbsent`: the error came
 * from the trial render where hearing, agreements and other optional data are missing.
 */
function describeLiquidError(error: unknown, withOptionalPartsAbsent = false): Message {
  const liquidError = (error ?? {}) as LiquidErrorLike;
  const detail = liquidDetail(liquidError);
  const position = positionOf(liquidError);
  const where = position ? { nl: ` op regel ${position[0]}, kolom ${position[1]}`, en: ` on line ${position[0]}, column ${position[1]}` } : { nl: '', en: '' };

  const filter = /^undefined filter: (\S+)/.exec(detail);
  if (filter) {
    if (filter[1] === 'raw') {
      return {
        nl: `Het filter "raw"${where.nl} is niet toegestaan: gegevens worden altijd veilig weergegeven.`,
        en: `The filter "raw"${where.en} is not allowed: data is always shown safely.`,
      };
    }
    return {
      nl: `Onbekend filter "${filter[1]}"${where.nl}. Gebruik bijvoorbeeld datum, datumtijd, default of newline_to_br.`,
      en: `Unknown filter "${filter[1]}"${where.en}. Use for example datum, datumtijd, default or newline_to_br.`,
    };
  }
  const variable = /^undefined variable: (.+)$/.exec(detail);
  if (variable && withOptionalPartsAbsent) {
    return {
      nl: `De placeholder {{ ${variable[1]} }}${where.nl} heeft geen waarde als er geen gesprek of geen afspraken zijn. Zet hem binnen {% if … %} … {% endif %}.`,
      en: `The placeholder {{ ${variable[1]} }}${where.en} has no value when there is no hearing or there are no agreements. Put it inside {% if … %} … {% endif %}.`,
    };
  }
  if (variable) return unknownPlaceholderMessage(variable[1], closestField(variable[1]), position);
  if (/ENOENT|Failed to lookup/.test(detail)) {
    return {
      nl: `Andere templates of bestanden invoegen ({% render %}, {% include %}, {% layout %}) is niet mogelijk${where.nl}.`,
      en: `Including other templates or files ({% render %}, {% include %}, {% layout %}) is not possible${where.en}.`,
    };
  }
  if (/parse length limit exceeded/.test(detail)) {
    return { nl: `De template is te lang (meer dan ${PARSE_LIMIT} tekens).`, en: `The template is too long (more than ${PARSE_LIMIT} characters).` };
  }
  // Liquid's own limits, or V8's maximum string length reached by a loop before them.
  if (/limit exceeded|Invalid string length/.test(detail)) {
    return {
      nl: `De template doet te veel werk (te veel of te grote herhalingen)${where.nl}.`,
      en: `The template does too much work (too many or too large loops)${where.en}.`,
    };
  }
  if (liquidError.name === 'ParseError' || liquidError.name === 'TokenizationError') return parseErrorMessage(detail, where);
  return {
    nl: `De template kan niet worden gemaakt met de voorbeeldgegevens${where.nl}: ${detail}.`,
    en: `The template cannot be rendered with the sample data${where.en}: ${detail}.`,
  };
}

function joinMessages(messages: Message[]): Message {
  return { nl: messages.map((m) => m.nl).join(' '), en: messages.map((m) => m.en).join(' ') };
}

/** Parse errors and unknown placeholders, before anything is rendered. */
function checkStatically(engine: Liquid, template: string, sample: LetterContext): Message[] {
  let parsed: Template[];
  try {
    parsed = engine.parse(template);
  } catch (error) {
    return [describeLiquidError(error)];
  }
  // partials: false, so the analysis never tries to load what {% render %} names.
  const analysis = engine.analyzeSync(parsed, { partials: false });
  const problems: Message[] = [];
  const reported = new Set<string>();
  for (const variables of Object.values(analysis.globals)) {
    for (const variable of variables) {
      const name = variable.toString();
      if (pathExists(variable.segments, sample) || reported.has(name)) continue;
      reported.add(name);
      const canonical = name.replace(/\[\d+\]/g, '[]');
      problems.push(unknownPlaceholderMessage(name, closest(canonical, DOCUMENTED_PATHS), [variable.location.row, variable.location.col]));
    }
  }
  return problems;
}

function renderForValidation(template: string, context: LetterContext, withOptionalPartsAbsent: boolean): { output: string } | { problem: Message } {
  try {
    return { output: renderLiquid(template, context) };
  } catch (error) {
    return { problem: describeLiquidError(error, withOptionalPartsAbsent) };
  }
}

const ALLOWED_TAGS_HINT = '<p>, <br>, <strong>, <em>, <ul>, <ol>, <li>, <a href="…">';

function checkField(field: TemplateField, template: string, locale: Locale): Message[] {
  const full = sampleContext(locale);
  const engine = engineFor(locale);
  const staticProblems = checkStatically(engine, template, full);
  if (staticProblems.length > 0) return staticProblems;

  const fullRender = renderForValidation(template, full, false);
  if ('problem' in fullRender) return [fullRender.problem];
  const sparseRender = renderForValidation(template, sparseContext(locale), true);
  if ('problem' in sparseRender) return [sparseRender.problem];

  if (field === 'subject') {
    const { subject, hadTags } = subjectFromHtml(fullRender.output);
    if (hadTags) return [{ nl: 'Het onderwerp mag geen HTML bevatten.', en: 'The subject may not contain HTML.' }];
    if (!subject) return [{ nl: 'Het onderwerp is leeg.', en: 'The subject is empty.' }];
    return [];
  }

  if (fullRender.output.length > OUTPUT_LIMIT) return [{ nl: 'De brief wordt te lang.', en: 'The letter becomes too long.' }];
  const parsed = parseLetterHtml(fullRender.output);
  const problems: Message[] = [];
  if (parsed.droppedTags.length > 0) {
    const tags = parsed.droppedTags.map((tag) => `<${tag}>`).join(', ');
    problems.push({
      nl: `Niet toegestaan: ${tags}. Gebruik alleen ${ALLOWED_TAGS_HINT}.`,
      en: `Not allowed: ${tags}. Use only ${ALLOWED_TAGS_HINT}.`,
    });
  }
  for (const href of new Set(parsed.refusedLinks)) {
    problems.push({
      nl: `De link "${href}" is niet toegestaan: een link begint met https://, http:// of mailto:.`,
      en: `The link "${href}" is not allowed: a link starts with https://, http:// or mailto:.`,
    });
  }
  if (parsed.blocks.length === 0) problems.push({ nl: 'De brief is leeg.', en: 'The letter is empty.' });
  return problems;
}

/** The complainant's status link opens their dossier: a letter to anyone else must not carry it. */
const STATUS_LINK_ONLY_FOR_COMPLAINANT: Message = {
  nl: 'De persoonlijke statuslink ({{ complaint.statusUrl }}) is alleen voor brieven aan de klager.',
  en: "The personal status link ({{ complaint.statusUrl }}) is for letters to the complainant only.",
};

/**
 * Checks an editor's template before it is saved: syntax, unknown placeholders and filters, a trial render
 * with the sample data (all optional parts filled, and all absent), an empty result, and markup that would
 * be dropped. Messages are in Dutch and English.
 */
export function validateTemplate(source: { kind: LetterKind; audience?: LetterAudience; subject: string; body: string; locale?: Locale }): TemplateValidation {
  const locale: Locale = source.locale ?? 'nl';
  const errors: Partial<Record<TemplateField, Message>> = {};
  if (source.audience && source.audience !== 'complainant') {
    for (const field of ['subject', 'body'] as const) {
      if (typeof source[field] === 'string' && /statusUrl/.test(source[field])) errors[field] = STATUS_LINK_ONLY_FOR_COMPLAINANT;
    }
    if (Object.keys(errors).length > 0) return { ok: false, errors };
  }
  if (!(LETTER_KINDS as readonly string[]).includes(source.kind)) {
    errors.body = { nl: `Onbekend soort brief "${String(source.kind)}".`, en: `Unknown kind of letter "${String(source.kind)}".` };
  }
  for (const field of ['subject', 'body'] as const) {
    const template = typeof source[field] === 'string' ? source[field] : '';
    const problems = template.trim() ? checkField(field, template, locale) : [field === 'subject' ? { nl: 'Het onderwerp is leeg.', en: 'The subject is empty.' } : { nl: 'De brief is leeg.', en: 'The letter is empty.' }];
    if (problems.length > 0) errors[field] = joinMessages(errors[field] ? [errors[field] as Message, ...problems] : problems);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true };
}
