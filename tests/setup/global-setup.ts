/**
 * Runs once before the whole suite: compiles the plugin's server, then `strapi build` compiles the app and
 * builds the admin panel (the admin build is itself under test: a failure stops the run). Each test file
 * only loads the compiled app, so parallel workers never write into dist/ at the same time.
 *
 * ADMIN_BUILD=reuse skips the admin build when dist/build already holds one (quicker local runs).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export default async function globalSetup(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

  run([require.resolve('typescript/bin/tsc'), '-p', 'src/plugins/complaints/tsconfig.server.json']);

  const reuse = process.env.ADMIN_BUILD === 'reuse' && fs.existsSync(path.join(root, 'dist', 'build', 'index.html'));
  if (reuse) {
    // compileStrapi would empty dist/ (the admin build with it): compile the app's TypeScript only.
    run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  } else {
    const started = Date.now();
    process.stdout.write('\n[global-setup] strapi build (app + admin panel)…\n');
    run([path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build', '--silent']);
    process.stdout.write(`[global-setup] admin panel built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
}
