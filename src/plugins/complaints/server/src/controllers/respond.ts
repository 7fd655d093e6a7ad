/**
 * Turns the plugin's errors into Strapi's error shape, in the caller's language, with both languages in
 * the details. Unexpected faults answer 500 without internals (they are logged).
 */
import { pickLocale, type Locale } from '../../../shared/messages';
import { unavailableFor } from '../database-outage';
import { ComplaintsError, DatabaseUnavailableError, TooManyRequestsError, WorkersBusyError } from '../errors';

export function requestLocale(ctx: any): Locale {
  const asked = ctx.query?.locale ?? ctx.request?.body?.locale;
  if (asked === 'en' || asked === 'nl') return asked;
  return pickLocale(ctx.state?.user?.preferedLanguage ?? (String(ctx.get?.('accept-language') ?? '').toLowerCase().startsWith('en') ? 'en' : 'nl'));
}

const NAMES: Record<number, string> = {
  400: 'ValidationError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  409: 'ConflictError',
  429: 'RateLimitError',
  503: 'ServiceUnavailableError',
};

export function sendError(ctx: any, error: ComplaintsError): void {
  const locale = requestLocale(ctx);
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [field, message[locale]]))
    : undefined;
  if (error instanceof TooManyRequestsError || error instanceof DatabaseUnavailableError || error instanceof WorkersBusyError) ctx.set('Retry-After', String(error.retryAfterSeconds));
  ctx.status = error.status;
  ctx.body = {
    data: null,
    error: {
      status: error.status,
      name: NAMES[error.status] ?? 'ApplicationError',
      message: error.messages[locale],
      details: {
        code: error.code,
        messages: error.messages,
        ...(fieldErrors ? { fieldErrors, fieldMessages: error.fieldErrors } : {}),
      },
    },
  };
}

/**
 * Wraps a controller action: plugin errors become their HTTP answer; a database that cannot be reached or
 * stays locked a 503 with Retry-After (a person is waiting, and may send the same request again); the
 * rest a plain 500.
 */
export function handle(action: (ctx: any) => Promise<void>) {
  return async (ctx: any) => {
    try {
      await action(ctx);
    } catch (error) {
      if (error instanceof ComplaintsError) return sendError(ctx, error);
      const unavailable = unavailableFor(error);
      if (unavailable) {
        // one line, no stack: an outage makes every request fail the same way
        strapi.log.warn(`[complaints] ${ctx.method} ${ctx.path}: database unavailable (${(error as Error)?.message ?? error}); answered 503`);
        return sendError(ctx, unavailable);
      }
      strapi.log.error(`[complaints] ${ctx.method} ${ctx.path} failed: ${(error as Error)?.stack ?? error}`);
      ctx.status = 500;
      ctx.body = {
        data: null,
        error: { status: 500, name: 'InternalServerError', message: requestLocale(ctx) === 'en' ? 'Something went wrong on our side. Please try again later.' : 'Er ging bij ons iets mis. Probeer het later opnieuw.', details: {} },
      };
    }
  };
}

export function idParam(ctx: any, name = 'id'): number {
  const value = Number(ctx.params?.[name]);
  return Number.isInteger(value) && value > 0 ? value : -1;
}
