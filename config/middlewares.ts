/**
 * CORS: only the origins that embed the public form (COMPLAINTS_EMBED_ORIGINS, comma separated) may call
 * the API from a browser; same-origin requests (the admin, the hosted form page) need no CORS at all.
 */
export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('COMPLAINTS_EMBED_ORIGINS', []),
      credentials: false,
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Accept-Language'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'global::unreadable-body',
  { name: 'strapi::body', config: { jsonLimit: '1mb', formLimit: '256kb', textLimit: '256kb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
