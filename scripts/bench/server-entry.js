/**
 * Entry of the Strapi child process a benchmark starts: the compiled app (dist/), no admin panel.
 * Everything comes from the environment the benchmark sets. Strapi's own SIGTERM handler destroys the
 * instance and exits normally, so a `--cpu-prof` profile is written on stop.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.join(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
