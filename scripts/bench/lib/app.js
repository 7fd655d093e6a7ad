/**
 * The Strapi instance under test, in a child process of its own: the benchmark's load generator and SMTP
 * server must not share the app's event loop, or they would slow down what they measure.
 */
const { spawn } = require('child_process');
const net = require('net');
const path = require('path');
const { step } = require('./log');

/**
 * Fixed secrets (the benchmark computes form tokens with APP_KEYS) and the same switches as the test
 * suite's TEST_ENV (tests/setup/test-env.ts), but NODE_ENV=production: that is how the app runs for real.
 */
const BENCH_ENV = {
  NODE_ENV: 'production',
  APP_KEYS: 'benchKeyA,benchKeyB,benchKeyC,benchKeyD',
  API_TOKEN_SALT: 'bench-api-token-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'bench-transfer-token-salt',
  JWT_SECRET: 'bench-jwt-secret',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789abcdef',
  COMPLAINTS_DEMO_DATA: 'false',
  // the benchmarks make their own categories (a production site starts with the procedure's four)
  COMPLAINTS_DEFAULT_CATEGORIES: 'false',
  // the intake benchmark's baseline content type (scripts/bench/baseline-plugin), loaded for benchmarks only
  BENCH_BASELINE: 'true',
  CRON_ENABLED: 'true',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'false',
  LOG_LEVEL: 'warn',
  // Set, even if empty, so neither the shell nor a developer's .env (Strapi loads it, but never over a
  // variable that is already set) can point the benchmark at another database or mail server.
  DATABASE_URL: '',
  SMTP_HOST: '',
  SMTP_USER: '',
  PUBLIC_URL: '',
  TRUST_PROXY: 'false',
};

/** The parent's environment without the app's own settings (the benchmark sets those it wants). */
function inheritedEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(DATABASE_|SMTP_|MAIL_|COMPLAINTS_|ADMIN_|HOST$|PORT$)/.test(key)) delete env[key];
  return env;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the app and resolves once /api/complaints/health answers. `nodeArgs` go to the child's node
 * (e.g. --cpu-prof). The child's output is echoed with a prefix: at LOG_LEVEL=warn only warnings and
 * errors, which belong next to the figures they may explain.
 */
async function startApp({ db, env = {}, nodeArgs = [] }) {
  const port = await freePort();
  let tail = '';
  // Strapi prints its start-up banner whatever the log level: echo the child's output only once it is up.
  let up = false;
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, '..', 'server-entry.js')], {
    cwd: path.join(__dirname, '..', '..', '..'),
    env: { ...inheritedEnv(), ...BENCH_ENV, ...db.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const echo = (chunk) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-20000);
    if (!up) return;
    for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`    [app] ${line}\n`);
  };
  child.stdout.on('data', echo);
  child.stderr.on('data', echo);
  const url = `http://127.0.0.1:${port}`;

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with code ${child.exitCode} during start-up:\n${tail}`);
    try {
      const res = await fetch(`${url}/api/complaints/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) {
      child.kill('SIGKILL');
      throw new Error(`Strapi did not answer within 180 s:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  up = true;
  step(`Strapi is up at ${url} (pid ${child.pid}, boot ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  let stopping = null;
  return {
    url,
    child,
    /** SIGTERM: Strapi destroys itself (closing the database) and exits; SIGKILL after 30 s. */
    stop() {
      if (stopping) return stopping;
      stopping = new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}

module.exports = { startApp, freePort, BENCH_ENV };
