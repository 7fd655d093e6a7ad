import path from 'path';

/**
 * SQLite (default, a file under .tmp/) or PostgreSQL (DATABASE_URL or the separate settings).
 * SQLite runs in WAL mode with synchronous=FULL: every committed complaint is durable and writes are
 * several times cheaper than Strapi's default rollback journal.
 */
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: env('DATABASE_URL')
          ? { connectionString: env('DATABASE_URL'), ssl: sslFrom(env) }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'strapi'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              ssl: sslFrom(env),
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  }

  const filename = env('DATABASE_FILENAME', '.tmp/data.db');
  const busyTimeoutMs = env.int('DATABASE_BUSY_TIMEOUT', 100);
  const cacheMegabytes = env.int('DATABASE_CACHE_MB', 64);
  return {
    connection: {
      client: 'sqlite',
      connection: {
        // config is compiled to dist/config, so the app root is two levels up
        filename: path.isAbsolute(filename) ? filename : path.join(__dirname, '..', '..', filename),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate(conn: any, done: (err: Error | null, conn: any) => void) {
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = FULL');
          // better-sqlite3 waits for a lock held by another process synchronously, freezing the whole
          // process: keep that wait short. The intake's commit group retries with asynchronous pauses
          // (server/src/persistence/commit-group.ts); a lock that stays answers 503 with Retry-After, not 500.
          conn.pragma(`busy_timeout = ${busyTimeoutMs}`);
          // SQLite's page cache, per connection (better-sqlite3 builds it small). Once the complaints table
          // outgrows it, a list that reads thousands of scattered rows (a search for a common name, sorted
          // by date and counted) fetches most of its pages from the operating system again on every request.
          conn.pragma(`cache_size = ${-cacheMegabytes * 1024}`);
          reusePreparedStatements(conn);
          done(null, conn);
        },
      },
    },
  };
};

/**
 * knex has better-sqlite3 compile every statement anew, which is a sizeable share of a write's CPU time.
 * One SQL text always compiles to the same program and better-sqlite3 runs a statement to its end before
 * the next (knex never iterates), so a connection can keep one prepared statement per text; SQLite
 * re-prepares it by itself after a schema change. Bounded: the least recently used text goes first.
 */
function reusePreparedStatements(conn: any, size = 500) {
  const prepare = conn.prepare.bind(conn);
  const statements = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else statement = prepare(sql);
    statements.set(sql, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value as string);
    return statement;
  };
}

function sslFrom(env: any) {
  return env.bool('DATABASE_SSL', false)
    ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
    : false;
}
