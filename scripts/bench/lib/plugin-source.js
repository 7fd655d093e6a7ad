/**
 * A module of the plugin's TypeScript sources, for a benchmark that uses the plugin's own code beside the
 * running app (rendering a letter as the worker did, the working-day calendar for seeding): bundled once
 * with esbuild into .tmp/, its npm dependencies left to node_modules.
 */
const esbuild = require('esbuild');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
const PLUGIN = path.join(ROOT, 'src/plugins/complaints');

function pluginSource(relativePath) {
  const outfile = path.join(ROOT, '.tmp', 'bench-modules', `${relativePath.replace(/[\\/]/g, '_')}.js`);
  esbuild.buildSync({ entryPoints: [path.join(PLUGIN, relativePath)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', logLevel: 'warning' });
  return require(outfile);
}

module.exports = { pluginSource };
