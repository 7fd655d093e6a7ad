/**
 * The intake benchmark's baseline: a bare content type with the fields of a public submission, created
 * through Strapi's core REST controller (POST /api/bench-baseline/bench-complaints). Loaded only when the
 * benchmark starts the app with BENCH_BASELINE=true (config/plugins.ts); without a grant every route
 * answers 403, and the benchmark grants the public role `create` on its own throwaway database.
 */
const { factories } = require('@strapi/strapi');
const attributes = require('./attributes.json');

const UID = 'plugin::bench-baseline.bench-complaint';

module.exports = {
  contentTypes: {
    'bench-complaint': {
      schema: {
        kind: 'collectionType',
        collectionName: 'bench_complaints',
        info: { singularName: 'bench-complaint', pluralName: 'bench-complaints', displayName: 'Bench complaint' },
        options: { draftAndPublish: false },
        pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
        attributes,
      },
    },
  },
  controllers: { 'bench-complaint': factories.createCoreController(UID) },
  services: { 'bench-complaint': factories.createCoreService(UID) },
  routes: { 'content-api': factories.createCoreRouter(UID) },
};
