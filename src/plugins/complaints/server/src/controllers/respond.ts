/**
 * Turns the plugin's errors into Strapi's error shape, in the caller's language, with both languages in
 * the details (middlewares/answers.ts calls it for every plugin route).
 */
import { pickLocale, type Locale } from '../../../shared/messages';
import type { Context } from 'koa';
import { ComplaintsError } from '../errors';

export function requestLocale(ctx: Context): Locale {
  const body = ctx.request?.body as { locale?: unknown } | undefined;
  const asked = ctx.query?.locale ?? body?.locale;
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

/** Every error that says "try again later" carries how much later. */
export function setRetryAfter(ctx: Pick<Context, 'set'>, error: ComplaintsError): void {
  const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  if (typeof retryAfter === 'number') ctx.set('Retry-After', String(retryAfter));
}

export function sendError(ctx: Context, error: ComplaintsError): void {
  const locale = requestLocale(ctx);
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [field, message[locale]]))
    : undefined;
  setRetryAfter(ctx, error);
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

export function idParam(ctx: Context, name = 'id'): number {
  const value = Number(ctx.params?.[name]);
  return Number.isInteger(value) && value > 0 ? value : -1;
}
