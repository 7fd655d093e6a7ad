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

/**
 * A complaints mailbox read over IMAP (mail-intake/). A password, or an OAuth2 access token (Microsoft 365,
 * Google): a token expires, so a site that uses one renews it in its own config (a function of env).
 */
const mailbox = z
  .object({
    /** Names the mailbox in the dossier and in the record of processed mails: keep it once chosen. */
    name: z.string().min(1).max(64),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535),
    /** TLS from the start (port 993); false: plain (a local test server). */
    secure: z.boolean(),
    /** false only for a server with a self-signed certificate on a private network. */
    rejectUnauthorized: z.boolean().optional(),
    user: z.string().min(1),
    password: z.string().min(1).optional(),
    accessToken: z.string().min(1).optional(),
    folder: z.string().min(1),
    /** A processed mail is moved to `processedFolder`, or flagged and left where it is. */
    afterProcessing: z.enum(['move', 'flag']),
    processedFolder: z.string().min(1),
    /** A department's mailbox: the name of that department; without it, complaints go where unknown ones go. */
    department: z.string().min(1).optional(),
  })
  .strict()
  .refine((box) => Boolean(box.password) !== Boolean(box.accessToken), { error: 'give either a password or an accessToken', path: ['password'] });

export type MailboxSettings = z.infer<typeof mailbox>;

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
  /**
   * Complaints by e-mail: mailboxes read every `pollSeconds` where the plugin's jobs run, `batchSize` mails
   * per mailbox per round. No mailboxes: no intake by e-mail.
   */
  mailIntake: z.object({
    pollSeconds: z.number().int().min(1).max(3600),
    batchSize: z.number().int().min(1).max(500),
    mailboxes: z.array(mailbox).refine((boxes) => new Set(boxes.map((b) => b.name)).size === boxes.length, { error: 'each mailbox needs a name of its own' }),
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
    mailIntake: { pollSeconds: 60, batchSize: 50, mailboxes: [] },
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
