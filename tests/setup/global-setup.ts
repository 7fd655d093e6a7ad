/**
 * Runs once before the whole suite: builds the plugin as its package is built (`npm run build:plugin`:
 * Strapi's plugin SDK for server, thread and admin, then the form), then `strapi build` compiles the app
 * and builds the admin panel with the plugin's built admin (both builds are themselves under test: a
 * failure stops the run). Each test file only loads what was built, so parallel workers never write
 * into dist/ at the same time.
 *
 * ADMIN_BUILD=reuse skips the admin build when dist/build already holds one, and PLUGIN_BUILD=reuse the
 * plugin's build when its dist/ holds one (quicker local runs).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

export default async function globalSetup(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

  const pluginBuilt = fs.existsSync(path.join(root, 'src/plugins/complaints/dist/server/index.js')) && fs.existsSync(path.join(root, 'src/plugins/complaints/dist/form/form.js'));
  if (!(process.env.PLUGIN_BUILD === 'reuse' && pluginBuilt)) {
    const started = Date.now();
    process.stdout.write('\n[global-setup] building the plugin (npm run build:plugin)…\n');
    execFileSync('npm', ['run', '--silent', 'build:plugin'], { cwd: root, stdio: 'inherit' });
    process.stdout.write(`[global-setup] plugin built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }

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
