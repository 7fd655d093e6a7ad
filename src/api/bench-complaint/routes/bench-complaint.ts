/**
 * Benchmark baseline only (see the schema's description). Core routes, but without a grant they answer
 * 403 to everyone: `npm run bench:intake` grants the public role `create` on its own throwaway database.
 */
import { factories } from '@strapi/strapi';

// `as any`: see controllers/bench-complaint.ts.
export default factories.createCoreRouter('api::bench-complaint.bench-complaint' as any);
