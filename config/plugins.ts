import net from 'net';

/**
 * The SMTP connection with TCP_NODELAY: nodemailer leaves Nagle's algorithm on, and the small final
 * "." of every message then waits ~40 ms for the server's delayed ACK (measured: 170 → 950 mails/s to a
 * local relay). nodemailer still does the TLS (implicit or STARTTLS) on the socket it is given.
 */
function noDelaySocket(options: { host: string; port: number }, callback: (error: Error | null, socket?: { connection: net.Socket }) => void) {
  const socket = net.connect(options.port, options.host);
  let answered = false;
  const answer = (error: Error | null) => {
    if (answered) return;
    answered = true;
    if (error) callback(error);
    else callback(null, { connection: socket });
  };
  socket.setNoDelay(true);
  socket.once('connect', () => answer(null));
  socket.once('error', (error) => answer(error));
}

/** "10/3600" → 10 requests per 3600 seconds. */
function rateLimit(value: string | undefined, fallback: { points: number; durationSeconds: number }) {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '');
  return match ? { points: Number(match[1]), durationSeconds: Number(match[2]) } : fallback;
}

/** "127.0.0.1:3310" → a TCP scanner, "/run/clamav/clamd.ctl" → a local socket, empty → no scanner. */
function scanner(value: string | undefined) {
  if (!value) return null;
  const tcp = /^([^/:]+):(\d+)$/.exec(value);
  return tcp ? { host: tcp[1], port: Number(tcp[2]), timeoutSeconds: 60 } : { socket: value, timeoutSeconds: 60 };
}

/**
 * Plugins: the complaints plugin (developed in this repository, loaded from its folder as a site loads the
 * installed package), e-mail through nodemailer (SMTP settings from env) and users-permissions for the
 * public API. This app maps its environment variables onto the plugin's options; a site sets them in
 * its own config/plugins.ts.
 */
export default ({ env }) => ({
  ...(env.bool('BENCH_BASELINE', false) ? { 'bench-baseline': { enabled: true, resolve: './scripts/bench/baseline-plugin' } } : {}),
  complaints: {
    enabled: true,
    resolve: './src/plugins/complaints',
    config: {
      // Background jobs (outbox worker, deadline sweep, retention). Off in tests that drive them by hand.
      jobsEnabled: env.bool('COMPLAINTS_JOBS_ENABLED', true),
      // Origins allowed to embed the public form (comma separated); empty = same origin only.
      embedOrigins: env.array('COMPLAINTS_EMBED_ORIGINS', []),
      // Seed demo departments, categories, staff and complaints at start-up: only when asked for, by default
      // with the other development conveniences (COMPLAINTS_DEV_SEED, set by `npm run develop`); never
      // because NODE_ENV happens to be unset.
      demoData: env.bool('COMPLAINTS_DEMO_DATA', env.bool('COMPLAINTS_DEV_SEED', false)),
      // The categories of the procedure's scope on a database without any, so a fresh site takes complaints
      // before an editor has been there.
      defaultCategories: env.bool('COMPLAINTS_DEFAULT_CATEGORIES', true),
      rateLimits: {
        submissions: rateLimit(env('COMPLAINTS_RATE_LIMIT_SUBMISSIONS'), { points: 10, durationSeconds: 3600 }),
        status: rateLimit(env('COMPLAINTS_RATE_LIMIT_STATUS'), { points: 60, durationSeconds: 600 }),
      },
      // The address complainants reach the site at (links in letters); empty: server.url.
      publicUrl: env('COMPLAINTS_PUBLIC_URL', ''),
      // The largest request body the public routes accept (KB).
      bodyLimitKb: env.int('COMPLAINTS_BODY_LIMIT_KB', 64),
      sweepMinutes: env.int('COMPLAINTS_SWEEP_MINUTES', 15),
      // Days the satisfaction survey stays open after closure (0: none is sent).
      surveyDays: env.int('COMPLAINTS_SURVEY_DAYS', 14),
      outbox: {
        batchSize: env.int('COMPLAINTS_OUTBOX_BATCH', 50),
        concurrency: env.int('COMPLAINTS_OUTBOX_CONCURRENCY', 8),
        maxAttempts: env.int('COMPLAINTS_OUTBOX_MAX_ATTEMPTS', 8),
        backoffSeconds: env.int('COMPLAINTS_OUTBOX_BACKOFF_SECONDS', 30),
        leaseSeconds: env.float('COMPLAINTS_OUTBOX_LEASE_SECONDS', 120),
        pollSeconds: env.int('COMPLAINTS_OUTBOX_POLL_SECONDS', 5),
        // Render and compose letters on a thread of their own (off the thread that serves requests).
        composeThread: env.bool('COMPLAINTS_OUTBOX_COMPOSE_THREAD', true),
      },
      // Documents with a complaint: accepted only with a ClamAV daemon to scan them (COMPLAINTS_CLAMD).
      attachments: {
        scanner: scanner(env('COMPLAINTS_CLAMD', '')),
        whenScannerUnavailable: env('COMPLAINTS_WHEN_SCANNER_UNAVAILABLE', 'quarantine'),
        directory: env('COMPLAINTS_ATTACHMENTS_DIR', ''),
        maxFiles: env.int('COMPLAINTS_ATTACHMENTS_MAX_FILES', 5),
        maxMegabytes: env.float('COMPLAINTS_ATTACHMENTS_MAX_MB', 10),
        types: ['application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'text/plain'],
      },
      // Complaints by e-mail: one mailbox from the environment here (a site may list several, per department).
      mailIntake: {
        pollSeconds: env.int('COMPLAINTS_IMAP_POLL_SECONDS', 60),
        batchSize: env.int('COMPLAINTS_IMAP_BATCH', 50),
        mailboxes: env('COMPLAINTS_IMAP_HOST')
          ? [
              {
                name: env('COMPLAINTS_IMAP_NAME', 'klachten'),
                host: env('COMPLAINTS_IMAP_HOST'),
                port: env.int('COMPLAINTS_IMAP_PORT', 993),
                secure: env.bool('COMPLAINTS_IMAP_SECURE', true),
                user: env('COMPLAINTS_IMAP_USER', ''),
                // a password, or an OAuth2 access token (Microsoft 365)
                ...(env('COMPLAINTS_IMAP_ACCESS_TOKEN') ? { accessToken: env('COMPLAINTS_IMAP_ACCESS_TOKEN') } : { password: env('COMPLAINTS_IMAP_PASSWORD', '') }),
                folder: env('COMPLAINTS_IMAP_FOLDER', 'INBOX'),
                afterProcessing: env('COMPLAINTS_IMAP_AFTER_PROCESSING', 'move'),
                processedFolder: env('COMPLAINTS_IMAP_PROCESSED_FOLDER', 'Verwerkt'),
                ...(env('COMPLAINTS_IMAP_DEPARTMENT') ? { department: env('COMPLAINTS_IMAP_DEPARTMENT') } : {}),
              },
            ]
          : [],
      },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', ''),
        port: env.int('SMTP_PORT', 587),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: env.bool('SMTP_IGNORE_TLS', false),
        auth: env('SMTP_USER') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS', '') } : undefined,
        pool: env.bool('SMTP_POOL', false),
        getSocket: env.bool('SMTP_NODELAY', true) ? noDelaySocket : undefined,
      },
      settings: {
        defaultFrom: env('MAIL_FROM', 'klachten@example.nl'),
        defaultReplyTo: env('MAIL_REPLY_TO', env('MAIL_FROM', 'klachten@example.nl')),
      },
    },
  },
});
