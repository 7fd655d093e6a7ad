/** Benchmark baseline only (see the schema's description): Strapi's core service, unchanged. */
import { factories } from '@strapi/strapi';

// `as any`: see controllers/bench-complaint.ts.
export default factories.createCoreService('api::bench-complaint.bench-complaint' as any);
