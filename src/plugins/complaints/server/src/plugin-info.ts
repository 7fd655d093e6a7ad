import fs from 'fs';
import path from 'path';

export const PLUGIN_ID = 'complaints';

/** The plugin's package.json: in the source tree two levels up, in dist/server/src three. */
function readPackageJson(): { version: string } {
  for (const up of ['../..', '../../..']) {
    const candidate = path.join(__dirname, up, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8'));
      if (pkg.name === PLUGIN_ID) return pkg;
    }
  }
  return { version: '0.0.0' };
}

export const PLUGIN_VERSION = readPackageJson().version;
