#!/usr/bin/env node
/**
 * Builds the embeddable form/status bundle: form/src/index.ts → dist/form/form.js (IIFE, minified,
 * es2019), shipped in the package and served by the plugin at /complaints/form.js.
 * `--sourcemap` also writes form.js.map; without it a stale map is removed, so repeated runs give the same output.
 */
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'form/src/index.ts');
const outDir = path.join(root, 'dist/form');
const outfile = path.join(outDir, 'form.js');
const sourcemap = process.argv.includes('--sourcemap');

fs.mkdirSync(outDir, { recursive: true });
esbuild.buildSync({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: sourcemap ? 'linked' : false,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!sourcemap) fs.rmSync(`${outfile}.map`, { force: true });

const code = fs.readFileSync(outfile);
const gzip = zlib.gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`[build-form] ${path.relative(root, outfile)}: ${kb(code.length)} raw, ${kb(gzip)} gzip`);
