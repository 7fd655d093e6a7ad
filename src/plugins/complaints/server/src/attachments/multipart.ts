/**
 * A request with documents is multipart: its fields travel as JSON in the field `data` (the same JSON a
 * request without documents sends as its body), the files in `attachments`.
 */
import type { Context } from 'koa';

/** The JSON of `data`, which then stands as the request's body (so the answer follows its locale); null when it is missing or not JSON. */
export function multipartData(ctx: Context): Record<string, unknown> | null {
  const body = ctx.request.body as Record<string, unknown> | undefined;
  let parsed: unknown = null;
  try {
    parsed = typeof body?.data === 'string' ? JSON.parse(body.data) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  ctx.request.body = parsed;
  return parsed as Record<string, unknown>;
}

/** The request's fields: its JSON body, or with documents the JSON in the multipart field `data`. */
export function requestFields(ctx: Context): unknown {
  return ctx.is('multipart') ? multipartData(ctx) : ctx.request.body;
}
