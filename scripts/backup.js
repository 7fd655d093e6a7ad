#!/usr/bin/env node
/**
 * Backs up the database the app is configured for (the same env as the app: DATABASE_CLIENT, …):
 *   SQLite      → an online, consistent copy with SQLite's backup API (safe while Strapi runs)
 *   PostgreSQL  → pg_dump in custom format
 * Usage: node scripts/backup.js <target-file>
 * Restore: SQLite — stop Strapi, put the file in place of DATABASE_FILENAME;
 *          PostgreSQL — createdb <name> && pg_restore --no-owner -d <name> <target-file>
 */
const { execFileSync } = require('child_process');
const path = require('path');

async function main() {
  require('dotenv').config({ path: path.join(__dirname, '..', '.env') });
  const target = process.argv[2];
  if (!target) throw new Error('usage: node scripts/backup.js <target-file>');
  const client = process.env.DATABASE_CLIENT || 'sqlite';
  if (client === 'postgres') {
    const args = ['-Fc', '-f', target];
    if (process.env.DATABASE_URL) args.push(process.env.DATABASE_URL);
    else args.push('-h', process.env.DATABASE_HOST || '127.0.0.1', '-p', process.env.DATABASE_PORT || '5432', '-U', process.env.DATABASE_USERNAME || 'postgres', process.env.DATABASE_NAME || 'strapi');
    execFileSync('pg_dump', args, { stdio: 'inherit', env: { ...process.env, PGPASSWORD: process.env.DATABASE_PASSWORD || '' } });
  } else {
    const Database = require('better-sqlite3');
    const file = process.env.DATABASE_FILENAME || '.tmp/data.db';
    const source = new Database(path.isAbsolute(file) ? file : path.join(__dirname, '..', file), { readonly: true });
    await source.backup(target);
    source.close();
  }
  console.log(`[backup] ${client} database written to ${target}`);
}

main().catch((error) => {
  console.error(`[backup] failed: ${error.message}`);
  process.exit(1);
});
