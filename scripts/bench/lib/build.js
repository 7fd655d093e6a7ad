/**
 * Makes sure the built app exists before a Strapi child loads it: the plugin as its package is built
 * (`npm run build:plugin`: server, thread and admin bundles and the form) and the app's own TypeScript
 * (config, src/index). The admin panel is not built: the benchmark instances run with serveAdminPanel false.
 */
const { execFileSync } = require('child_process');
const path = require('path');
const { step } = require('./log');

const ROOT = path.join(__dirname, '..', '..', '..');

function tsc(project) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [ROOT] }), '-p', project], { cwd: ROOT, stdio: 'inherit' });
}

function ensureBuilt({ skip = false } = {}) {
  if (skip) {
    step('build skipped (--skip-build): using dist/ and src/plugins/complaints/dist as they are');
    return;
  }
  step('building the plugin (npm run build:plugin)…');
  execFileSync('npm', ['run', '--silent', 'build:plugin'], { cwd: ROOT, stdio: 'inherit' });
  step('compiling the app (tsc -p tsconfig.json → dist/)…');
  tsc('tsconfig.json');
}

module.exports = { ensureBuilt, ROOT };
