/**
 * The server's error answers, made usable for a form: `{ error: { status, message, details: { code,
 * messages: {nl,en}, fieldErrors } } }`. Field errors go next to their fields, the rest in an alert.
 */
export interface ApiProblem {
  status: number | null;
  /** Stable code of a refusal (409) or `invalid_input` (400); null for network or unknown errors. */
  code: string | null;
  /** The message in the user's language, when the server sent one. */
  message: string | null;
  /** Field name (`complainantEmail`, `agreements.0.dueDate`, `_` for the whole form) → message. */
  fieldErrors: Record<string, string>;
}

interface ErrorLike {
  status?: number;
  message?: string;
  response?: { data?: { error?: ServerError } };
}

interface ServerError {
  status?: number;
  message?: string;
  details?: {
    code?: string;
    messages?: { nl?: string; en?: string };
    fieldErrors?: Record<string, string>;
    fieldMessages?: Record<string, { nl?: string; en?: string }>;
  };
}

export function parseApiError(error: unknown, locale: string): ApiProblem {
  const lang = locale === 'en' ? 'en' : 'nl';
  const fetchError = (error ?? {}) as ErrorLike;
  const body = fetchError.response?.data?.error;
  if (!body) return { status: fetchError.status ?? null, code: null, message: null, fieldErrors: {} };
  const details = body.details ?? {};
  // Both languages travel along: show the admin user's language even when the server guessed another.
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(details.fieldErrors ?? {})) {
    fieldErrors[field] = details.fieldMessages?.[field]?.[lang] ?? message;
  }
  return {
    status: body.status ?? fetchError.status ?? null,
    code: details.code ?? null,
    message: details.messages?.[lang] ?? body.message ?? null,
    fieldErrors,
  };
}

/** Field errors of one agreement row (`agreements.2.dueDate` → { dueDate } for index 2). */
export function rowErrors(fieldErrors: Record<string, string>, prefix: string, index: number): Record<string, string> {
  const start = `${prefix}.${index}.`;
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors)) {
    if (key.startsWith(start)) result[key.slice(start.length)] = message;
  }
  return result;
}

/** Errors that belong to no visible field: shown in the form's alert so none is lost. */
export function unplacedErrors(fieldErrors: Record<string, string>, shownFields: readonly string[]): string[] {
  return Object.entries(fieldErrors)
    .filter(([field]) => !shownFields.some((shown) => field === shown || field.startsWith(`${shown}.`)))
    .map(([, message]) => message);
}
