/**
 * Rate limits per client IP (rate-limiter-flexible). On PostgreSQL counted in the shared database, on
 * Strapi's own knex: several instances behind a load balancer share one count, which an in-process
 * limiter cannot; a memory limiter stands in when the database is unreachable. On SQLite (one instance)
 * counted in memory.
 */
import type { Core } from '@strapi/strapi';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../errors';

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

export type RateLimitName = 'submissions' | 'status';

const TABLE = 'complaints_rate_limits';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limiters = new Map<RateLimitName, RateLimiterAbstract>();

  function rules(): Record<RateLimitName, RateLimitRule> {
    return strapi.config.get('plugin::complaints.rateLimits') as Record<RateLimitName, RateLimitRule>;
  }

  async function create(name: RateLimitName, rule: RateLimitRule): Promise<RateLimiterAbstract> {
    const options = {
      keyPrefix: `complaints_${name}`,
      points: rule.points,
      duration: rule.durationSeconds,
      tableName: TABLE,
      storeClient: strapi.db.connection,
      storeType: 'knex',
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `complaints_${name}_insurance`, points: rule.points, duration: rule.durationSeconds }),
    };
    // SQLite is the single-instance setup (one process owns the file): count in memory and spare every
    // public request a second write transaction. PostgreSQL may serve several instances: count there.
    if (strapi.db.dialect.client !== 'postgres') return new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: rule.points, duration: rule.durationSeconds });
    return new Promise((resolve, reject) => {
      const limiter: RateLimiterAbstract = new RateLimiterPostgres(options, (error?: Error) => (error ? reject(error) : resolve(limiter)));
    });
  }

  return {
    /** Bootstrap: create the limiters (and their table) once. */
    async init(): Promise<void> {
      for (const [name, rule] of Object.entries(rules()) as [RateLimitName, RateLimitRule][]) {
        limiters.set(name, await create(name, rule));
      }
    },

    /** Counts one request of `key` (the client IP); throws 429 past the limit. */
    async consume(name: RateLimitName, key: string): Promise<void> {
      const limiter = limiters.get(name);
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw new TooManyRequestsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw rejection;
      }
    },
  };
};
