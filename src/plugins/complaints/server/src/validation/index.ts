/**
 * Request validation with zod 4, messages per field in Dutch and English.
 *
 * Friendly texts for the common cases (required, too long, e-mail …) come first; zod's own nl/en locale
 * covers the rest. Never calls z.config(): Strapi uses zod too and must keep its own messages.
 */
import { z } from 'zod';
import type { Locale, Message } from '../../../shared/messages';
import { InvalidInputError, type FieldErrors } from '../errors';

type Issue = Parameters<NonNullable<z.core.$ZodErrorMap>>[0];

/** Nothing filled in: left out, null, or an empty text where a number or choice was asked (an empty select). */
const isEmpty = (issue: Issue) => issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null || issue.input === '');

const FRIENDLY: Record<Locale, (issue: Issue) => string | undefined> = {
  nl: (issue) => {
    if (isEmpty(issue)) return 'Dit veld is verplicht.';
    if (issue.code === 'invalid_type') return 'Dit veld heeft een ongeldige waarde.';
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') return 'Kies een geldige waarde.';
    if (issue.code === 'too_small' && issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Dit veld is verplicht.' : `Gebruik minstens ${issue.minimum} tekens.`;
    if (issue.code === 'too_big' && issue.origin === 'string') return `Gebruik hoogstens ${issue.maximum} tekens.`;
    if (issue.code === 'too_big' && issue.origin === 'array') return `Hoogstens ${issue.maximum} items.`;
    if (issue.code === 'invalid_format' && issue.format === 'email') return 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.';
    if (issue.code === 'invalid_value') return 'Kies een van de mogelijke waarden.';
    if (issue.code === 'unrecognized_keys') return `Onbekende velden: ${issue.keys.join(', ')}.`;
    return undefined;
  },
  en: (issue) => {
    if (isEmpty(issue)) return 'This field is required.';
    if (issue.code === 'invalid_type') return 'This field has an invalid value.';
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') return 'Choose a valid value.';
    if (issue.code === 'too_small' && issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'This field is required.' : `Use at least ${issue.minimum} characters.`;
    if (issue.code === 'too_big' && issue.origin === 'string') return `Use at most ${issue.maximum} characters.`;
    if (issue.code === 'too_big' && issue.origin === 'array') return `At most ${issue.maximum} items.`;
    if (issue.code === 'invalid_format' && issue.format === 'email') return 'Enter a valid e-mail address, such as name@example.com.';
    if (issue.code === 'invalid_value') return 'Choose one of the possible values.';
    if (issue.code === 'unrecognized_keys') return `Unknown fields: ${issue.keys.join(', ')}.`;
    return undefined;
  },
};

const errorMaps: Record<Locale, z.core.$ZodErrorMap> = {
  nl: (issue) => customMessage(issue, 'nl') ?? FRIENDLY.nl(issue) ?? z.locales.nl().localeError(issue),
  en: (issue) => customMessage(issue, 'en') ?? FRIENDLY.en(issue) ?? z.locales.en().localeError(issue),
};

/** `.refine(check, bilingual({ nl, en }))`: a custom rule with its own message in both languages. */
export function bilingual(message: Message) {
  return { params: { message } };
}

function customMessage(issue: Issue, locale: Locale): string | undefined {
  const message = (issue as { params?: { message?: Message } }).params?.message;
  return message?.[locale];
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

/**
 * Control characters other than tab and line breaks have no place in a complaint, and PostgreSQL refuses
 * NUL in text: they are removed from every string of the input before validation.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function withoutControlCharacters(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(CONTROL_CHARACTERS, '');
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withoutControlCharacters(item, depth + 1));
  const clean: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) clean[key] = withoutControlCharacters(item, depth + 1);
  return clean;
}

/** Parses `input` or throws InvalidInputError with a message per field in both languages. */
export function parseInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const input = withoutControlCharacters(raw);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError(
      { _: { nl: 'Stuur de gegevens als een JSON-object.', en: 'Send the data as a JSON object.' } },
      { nl: 'De aanvraag bevat geen geldig gegevensobject.', en: 'The request holds no valid data object.' },
    );
  }
  const nl = schema.safeParse(input, { error: errorMaps.nl });
  if (nl.success) return nl.data;
  const en = schema.safeParse(input, { error: errorMaps.en });
  const nlFields = fieldErrorsOf(nl.error);
  const enFields = en.success ? {} : fieldErrorsOf(en.error);
  const fieldErrors: FieldErrors = {};
  for (const key of Object.keys(nlFields)) fieldErrors[key] = { nl: nlFields[key], en: enFields[key] ?? nlFields[key] };
  throw new InvalidInputError(fieldErrors);
}

/** Only web pages: an address editors give becomes a link in letters and on the status page. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Common field shapes. */
export const fields = {
  /** An http(s) address, or empty. */
  webAddress: (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .refine((v) => v === '' || isWebAddress(v), bilingual({ nl: 'Vul een webadres in dat begint met https:// of http://.', en: 'Enter a web address that starts with https:// or http://.' })),
  /** Trimmed text with a length limit; empty → undefined when optional. */
  text: (max: number) => z.string().trim().max(max),
  requiredText: (max: number) => z.string().trim().min(1).max(max),
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .optional()
      .nullable()
      .transform((v) => (v ? v : null)),
  /** A chosen id; nothing chosen (an empty select sends '' or null) is a missing value, not a wrong one. */
  id: () =>
    z.preprocess(
      (v) => (v === '' || v === null || v === undefined ? undefined : typeof v === 'string' ? Number(v) : v),
      z.number().int().positive(),
    ),
  optionalId: () =>
    z
      .union([z.coerce.number().int().positive(), z.literal(''), z.null()])
      .optional()
      .transform((v) => (typeof v === 'number' ? v : null)),
  isoDate: () =>
    z
      .string()
      .max(10)
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), bilingual({ nl: 'Gebruik een datum als 2026-05-31.', en: 'Use a date like 2026-05-31.' }))
      .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 10) === v, bilingual({ nl: 'Dit is geen bestaande datum.', en: 'This is not a valid date.' })),
  dateTime: () =>
    z
      .string()
      .max(40)
      .refine((v) => !Number.isNaN(Date.parse(v)), bilingual({ nl: 'Dit is geen geldig tijdstip.', en: 'This is not a valid date and time.' }))
      .transform((v) => new Date(v)),
};
