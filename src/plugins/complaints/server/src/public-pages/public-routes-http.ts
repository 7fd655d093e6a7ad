/**
 * HTTP rules of the plugin's public routes that a site should not have to configure: CORS for the origins
 * that embed the form (the plugin's `embedOrigins`; the site's global CORS stays the site's business and
 * is overridden for these routes only), and the largest request body they accept (refused with 400: before
 * it is parsed when its Content-Length says so, while it is read when it comes chunked). Mounted in
 * `register`, so it runs before the site's middlewares.
 */
import { Transform } from 'stream';
import type { Core } from '@strapi/strapi';
import { sendError } from '../controllers/respond';
import { InvalidInputError } from '../errors';

const ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';

/** Set in ctx.state when a body without Content-Length ran past the limit. */
const BODY_TOO_LARGE = 'complaintsBodyTooLarge';

const tooLarge = () =>
  new InvalidInputError({ _: { nl: 'Uw bericht is te groot.', en: 'Your message is too large.' } }, { nl: 'De aanvraag is te groot.', en: 'The request is too large.' });

/**
 * The request body as a stream that counts its bytes and errors past `limit` (marking ctx.state). It
 * stands in for ctx.req where the body parser reads it (koa-body, co-body, raw-body read `ctx.req`,
 * its headers among them); Koa's own request (ctx.request.req) stays the original.
 */
function countingBody(ctx: any, limit: number): Transform {
  const original = ctx.req;
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen <= limit) return done(null, chunk);
      ctx.state[BODY_TOO_LARGE] = true;
      original.unpipe(counted);
      original.pause();
      done(Object.assign(new Error('request body too large'), { status: 413, expose: false }));
    },
  });
  Object.assign(counted, {
    headers: original.headers,
    rawHeaders: original.rawHeaders,
    method: original.method,
    url: original.url,
    httpVersion: original.httpVersion,
    socket: original.socket,
  });
  original.on('error', (error: Error) => counted.destroy(error));
  original.pipe(counted);
  return counted;
}

export function registerPublicRoutesHttp(strapi: Core.Strapi): void {
  const apiPrefix = `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/complaints/`;
  const options = () =>
    strapi.config.get('plugin::complaints') as { embedOrigins: string[]; bodyLimitKb: number; attachments: { scanner: unknown; maxFiles: number; maxMegabytes: number } };

  // origins told about once per process (a bounded set: a client can send any Origin it likes)
  const warned = new Set<string>();
  const warnOnce = (origin: string) => {
    if (warned.has(origin) || warned.size >= 100) return;
    warned.add(origin);
    const shown = origin.replace(/[^\x21-\x7e]/g, '').slice(0, 200);
    strapi.log.warn(`[complaints] a page on ${shown} called the public form API, but that origin is not in embedOrigins: the form cannot load there. If that site embeds the form, add the origin to the plugin's embedOrigins (COMPLAINTS_EMBED_ORIGINS in this app).`);
  };

  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(apiPrefix)) return next();
    const { embedOrigins, bodyLimitKb, attachments } = options();
    const origin = ctx.get('origin');
    const allowed = Boolean(origin) && embedOrigins.includes(origin);
    // a browser on another site (its own origin is same-origin and needs no entry)
    if (origin && !allowed && origin !== ctx.request.origin) warnOnce(origin);

    if (ctx.method === 'OPTIONS') {
      // a preflight: answered here, for an allowed origin only
      ctx.status = 204;
      ctx.set('Vary', 'Origin');
      if (allowed) {
        ctx.set('Access-Control-Allow-Origin', origin);
        ctx.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
        ctx.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        ctx.set('Access-Control-Max-Age', '600');
      }
      return;
    }

    // documents come as multipart, where the site accepts them: room for the most it accepts, and no more
    const withDocuments = Boolean(attachments.scanner) && ctx.is('multipart');
    const limit = bodyLimitKb * 1024 + (withDocuments ? Math.ceil(attachments.maxFiles * attachments.maxMegabytes * 1024 * 1024) + 64 * 1024 : 0);
    const declared = ctx.get('content-length');
    // a complaint's text fits easily; anything larger is not a complaint form
    if (Number(declared || 0) > limit) return sendError(ctx, tooLarge());
    // A body without Content-Length (chunked) says its size only by arriving: the body parser reads it
    // through a stream that counts the bytes and fails past the limit.
    if (!declared && ctx.get('transfer-encoding') && ctx.method !== 'GET' && ctx.method !== 'HEAD') ctx.req = countingBody(ctx, limit);

    try {
      try {
        await next();
      } catch (error) {
        if (!ctx.state[BODY_TOO_LARGE]) throw error;
      }
      // The parser's error became Strapi's answer (its error middleware runs inside this one): the answer
      // is the plugin's own, and the connection closes instead of reading the rest of the body.
      if (ctx.state[BODY_TOO_LARGE]) {
        sendError(ctx, tooLarge());
        ctx.set('Connection', 'close');
      }
    } finally {
      // whatever the site's CORS said, these routes answer for the embedding origins only
      ctx.vary('Origin');
      ctx.remove('Access-Control-Allow-Credentials');
      if (allowed) {
        ctx.set('Access-Control-Allow-Origin', origin);
        ctx.set('Access-Control-Expose-Headers', 'Retry-After');
      } else {
        ctx.remove('Access-Control-Allow-Origin');
      }
    }
  });
}
