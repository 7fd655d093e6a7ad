/**
 * Entry of a Strapi instance in its own process (a second instance on the same database, or one that a
 * test kills). Reads everything from the environment its parent sets.
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
