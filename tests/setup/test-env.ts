/**
 * Environment every booted test instance shares: fixed test secrets (no .env needed on a fresh clone),
 * background jobs off unless a test turns them on, quiet logs.
 */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: 'testKeyA,testKeyB,testKeyC,testKeyD',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
  COMPLAINTS_JOBS_ENABLED: 'false',
  COMPLAINTS_DEMO_DATA: 'false',
  // Tests make the categories they need (tests/helpers/fixtures.ts); production-safety.test.ts turns these on.
  COMPLAINTS_DEFAULT_CATEGORIES: 'false',
  CRON_ENABLED: 'true',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'false',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'warn',
};
