/** Benchmark baseline only (see the schema's description): Strapi's core controller, unchanged. */
import { factories } from '@strapi/strapi';

// `as any`: types/generated (not committed) lacks this uid until Strapi regenerates it, and tsc must
// compile on a fresh clone and on a checkout with stale generated types alike.
export default factories.createCoreController('api::bench-complaint.bench-complaint' as any);
