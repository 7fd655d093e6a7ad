/** Plugin options, set in the app's config/plugins.ts under `complaints.config`. */
export interface ComplaintsPluginConfig {
  /** Run the background jobs (outbox worker, deadline sweep, retention). */
  jobsEnabled: boolean;
  /** Origins allowed to embed the public form and call the public API from a browser. */
  embedOrigins: string[];
  /** Seed demo departments, categories and complaints at start-up. */
  demoData: boolean;
  /** Requests per client IP per window: public submissions, and status lookups/responses. */
  rateLimits: {
    submissions: { points: number; durationSeconds: number };
    status: { points: number; durationSeconds: number };
  };
  /** Minutes between deadline sweeps (also once at start-up). */
  sweepMinutes: number;
  /** The outbox worker: batch size, parallel sends, attempts, backoff base, lease, poll interval, composer thread. */
  outbox: {
    batchSize: number;
    concurrency: number;
    maxAttempts: number;
    backoffSeconds: number;
    leaseSeconds: number;
    pollSeconds: number;
    composeThread: boolean;
  };
}

export default {
  default: (): ComplaintsPluginConfig => ({
    jobsEnabled: true,
    embedOrigins: [],
    demoData: false,
    rateLimits: {
      submissions: { points: 10, durationSeconds: 3600 },
      status: { points: 60, durationSeconds: 600 },
    },
    sweepMinutes: 15,
    outbox: { batchSize: 50, concurrency: 8, maxAttempts: 8, backoffSeconds: 30, leaseSeconds: 120, pollSeconds: 5, composeThread: true },
  }),
  validator(config: Partial<ComplaintsPluginConfig>) {
    if (config.embedOrigins !== undefined && !Array.isArray(config.embedOrigins)) {
      throw new Error('complaints.embedOrigins must be a list of origins');
    }
    for (const origin of config.embedOrigins ?? []) {
      if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`complaints.embedOrigins: "${origin}" is not an origin like https://www.example.nl`);
    }
  },
};
