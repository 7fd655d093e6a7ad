/**
 * HTTP rules of the plugin's public routes that a site should not have to configure: CORS for the origins
 * that embed the form (the plugin's `embedOrigins`; the site's global CORS stays the site's business and
 * is overridden for these routes only), and the largest request body they accept (refused with 400 before
 * it is parsed). Mounted in `register`, so it runs before the site's middlewares.
 */
import type { Core } from '@strapi/strapi';
import { sendError } from '../controllers/respond';
import { InvalidInputError } from '../errors';

const ALLOWED_HEADERS = 'Content-Type, Accept, Accept-Language';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';

export function registerPublicRoutesHttp(strapi: Core.Strapi): void {
  const apiPrefix = `${String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/$/, '')}/complaints/`;
  const options = () => strapi.config.get('plugin::complaints') as { embedOrigins: string[]; bodyLimitKb: number };

  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    if (!ctx.path.startsWith(apiPrefix)) return next();
    const { embedOrigins, bodyLimitKb } = options();
    const origin = ctx.get('origin');
    const allowed = Boolean(origin) && embedOrigins.includes(origin);

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

    const length = Number(ctx.get('content-length') || 0);
    if (length > bodyLimitKb * 1024) {
      // a complaint's text fits easily; anything larger is not a complaint form
      return sendError(
        ctx,
        new InvalidInputError({ _: { nl: 'Uw bericht is te groot.', en: 'Your message is too large.' } }, { nl: 'De aanvraag is te groot.', en: 'The request is too large.' }),
      );
    }

    try {
      await next();
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
