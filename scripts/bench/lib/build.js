/**
 * Makes sure the compiled app exists before a Strapi child loads it: the plugin's server (Strapi loads a
 * plugin's server as JavaScript only) and the app's own TypeScript (config, src/index, the bench-complaint
 * API). Both tsc runs are incremental, so on an up-to-date tree they take seconds. The admin panel is not
 * built: the benchmark instances run with serveAdminPanel false.
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
  step('compiling the plugin server (tsc -p src/plugins/complaints/tsconfig.server.json)…');
  tsc('src/plugins/complaints/tsconfig.server.json');
  step('compiling the app (tsc -p tsconfig.json → dist/)…');
  tsc('tsconfig.json');
}

module.exports = { ensureBuilt, ROOT };
