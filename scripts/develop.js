#!/usr/bin/env node
/**
 * `npm run develop`: Strapi's own `develop`, with the development conveniences asked for explicitly
 * (COMPLAINTS_DEV_SEED=true: the development admin with its printed login, demo staff and demo complaints
 * on an empty database). `strapi start` never sets it, so a production start gets none of them. Set here
 * rather than in the npm script so it also works where the shell has no `VAR=value command` (Windows).
 */
const path = require('path');

if (process.env.COMPLAINTS_DEV_SEED === undefined) process.env.COMPLAINTS_DEV_SEED = 'true';
const cli = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
process.argv = [process.argv[0], cli, 'develop', ...process.argv.slice(2)];
require(cli);
