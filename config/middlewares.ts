/**
 * CORS of this app: no cross-origin browser calls unless CORS_ORIGINS lists them (the admin and the hosted
 * form pages are same-origin). The complaints plugin answers CORS for its own public routes from its own
 * `embedOrigins` option (COMPLAINTS_EMBED_ORIGINS), whatever is set here.
 */
export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', []),
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
