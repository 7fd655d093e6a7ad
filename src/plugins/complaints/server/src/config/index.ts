/**
 * The plugin's options: `config/plugins.ts` → `complaints: { enabled: true, config: { … } }` in the site.
 * Every option has a default; Strapi merges the site's values over them and then calls `validator`, which
 * refuses a wrong value at start-up with a message that names the option, so a typo never runs silently.
 */
import { z } from 'zod';
import { ATTACHMENT_TYPES, DEFAULT_ATTACHMENT_RULES, type AttachmentType } from '../../../shared/contracts/attachments';

const rule = z.object({ points: z.number().int().min(1), durationSeconds: z.number().int().min(1) });

const origin = z.string().refine((value) => /^https?:\/\/[^/\s]+$/.test(value), {
  error: (issue) => `"${String(issue.input)}" is not an origin like https://www.example.nl (scheme and host, no path)`,
});

const schema = z.object({
  /** Run the background jobs (outbox worker, deadline sweep, retention). Off in tests that drive them by hand. */
  jobsEnabled: z.boolean(),
  /** Origins that embed the public form and call the public API from a browser (CORS, frame-ancestors). */
  embedOrigins: z.array(origin),
  /** Seed demo departments, categories and complaints at start-up (development sites only). */
  demoData: z.boolean(),
  /** On a database without categories, create the four of the procedure's scope (editable afterwards). */
  defaultCategories: z.boolean(),
  /** The address complainants reach the site at, for links in letters; empty: Strapi's `server.url`. */
  publicUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
  /**
   * The secret the complainants' status links are made with; empty: the first of the site's APP_KEYS.
   * Set it to that key before rotating APP_KEYS, or the links in letters already sent stop working.
   */
  statusLinkSecret: z.string().min(16).optional(),
  /** The largest request body the public routes accept, in kilobytes. */
  bodyLimitKb: z.number().int().min(8).max(1024),
  /** Requests per client IP per window: public submissions, and status lookups/responses. */
  rateLimits: z.object({ submissions: rule, status: rule }),
  /** Days the satisfaction survey stays open after closure (0: no survey is sent). */
  surveyDays: z.number().int().min(0).max(90),
  /** Minutes between deadline sweeps (also once at start-up). */
  sweepMinutes: z.number().int().min(1).max(24 * 60),
  /** The outbox worker: batch size, parallel sends, attempts, backoff base, lease, poll interval, composer thread. */
  outbox: z.object({
    batchSize: z.number().int().min(1).max(1000),
    concurrency: z.number().int().min(1).max(64),
    maxAttempts: z.number().int().min(1).max(50),
    backoffSeconds: z.number().min(0.1),
    /** How long a claimed letter stays a worker's without renewal (the worker renews it while it works). */
    leaseSeconds: z.number().min(0.5),
    pollSeconds: z.number().int().min(1).max(3600),
    composeThread: z.boolean(),
  }),
  /**
   * Documents with a complaint. Without a scanner none are accepted: a document nobody scanned never
   * reaches staff. `directory` is private storage (empty: `complaint-documents` in the site's folder);
   * several instances need it on shared storage.
   */
  attachments: z.object({
    scanner: z.union([
      z.null(),
      z.object({ host: z.string().min(1), port: z.number().int().min(1).max(65535), timeoutSeconds: z.number().min(1).max(600) }).strict(),
      z.object({ socket: z.string().min(1), timeoutSeconds: z.number().min(1).max(600) }).strict(),
    ]),
    /** When the scanner cannot be reached: keep the document in quarantine until it is scanned, or refuse it (503). */
    whenScannerUnavailable: z.enum(['quarantine', 'refuse']),
    directory: z.string(),
    maxFiles: z.number().int().min(1).max(20),
    maxMegabytes: z.number().min(0.01).max(50),
    types: z.array(z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]])).min(1),
  }),
});

export type ComplaintsPluginConfig = z.infer<typeof schema>;

export function defaultConfig(): ComplaintsPluginConfig {
  return {
    jobsEnabled: true,
    embedOrigins: [],
    demoData: false,
    defaultCategories: true,
    publicUrl: '',
    bodyLimitKb: 64,
    rateLimits: {
      submissions: { points: 10, durationSeconds: 3600 },
      status: { points: 60, durationSeconds: 600 },
    },
    sweepMinutes: 15,
    surveyDays: 14,
    outbox: { batchSize: 50, concurrency: 8, maxAttempts: 8, backoffSeconds: 30, leaseSeconds: 120, pollSeconds: 5, composeThread: true },
    attachments: { scanner: null, whenScannerUnavailable: 'quarantine', directory: '', ...DEFAULT_ATTACHMENT_RULES },
  };
}

/** Every problem of a configuration, one line each with the option's path (empty when it is valid). */
export function configProblems(config: unknown): string[] {
  const result = schema.strict().safeParse(config);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const where = issue.path.length ? `complaints.config.${issue.path.join('.')}` : 'complaints.config';
    return issue.code === 'unrecognized_keys' ? `${where}: unknown option(s) ${issue.keys.join(', ')}` : `${where}: ${issue.message}`;
  });
}

export default {
  default: defaultConfig,
  validator(config: unknown) {
    const problems = configProblems(config);
    if (problems.length) throw new Error(`The complaints plugin's configuration is not valid:\n- ${problems.join('\n- ')}`);
  },
};
