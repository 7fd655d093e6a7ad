/**
 * One run, four projects: pure unit tests once, every integration test on SQLite and on PostgreSQL, and
 * the packed plugin installed into a fresh site (tests/package).
 * Each integration test file boots its own Strapi once (tests/helpers/strapi.ts).
 */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2021', transform: { react: { runtime: 'automatic' } } }, module: { type: 'commonjs', ignoreDynamic: true } },
  ],
};

const common = {
  transform,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/build/', '<rootDir>/.tmp/', '<rootDir>/src/plugins/complaints/dist/'],
};

const integration = ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/browser/**/*.test.ts'];

module.exports = {
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
  testTimeout: 180000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'sqlite', testMatch: integration, setupFiles: ['<rootDir>/tests/setup/use-sqlite.ts'] },
    { ...common, displayName: 'postgres', testMatch: ['<rootDir>/tests/integration/**/*.test.ts'], setupFiles: ['<rootDir>/tests/setup/use-postgres.ts'] },
    // the packed plugin in a fresh Strapi site of its own, on both databases
    { ...common, displayName: 'package', testMatch: ['<rootDir>/tests/package/**/*.test.ts'] },
  ],
};
