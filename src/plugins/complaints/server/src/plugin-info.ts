import fs from 'fs';
import path from 'path';

export const PLUGIN_ID = 'complaints';

/**
 * The plugin's package folder and its package.json, found by walking up from this file: the code runs from
 * `server/src` (unit tests), from the bundle in `dist/server` (a site, and this repository's app).
 */
function findPackage(): { root: string; version: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8'));
      if (pkg.strapi?.kind === 'plugin' && pkg.strapi?.name === PLUGIN_ID) return { root: dir, version: pkg.version };
    }
    if (path.dirname(dir) === dir) return { root: __dirname, version: '0.0.0' };
  }
}

const found = findPackage();
export const PLUGIN_ROOT = found.root;
export const PLUGIN_VERSION = found.version;
