import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** The last reference number handed out per year; incremented atomically (persistence/references.ts). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_reference_counters',
    info: { singularName: 'reference-counter', pluralName: 'reference-counters', displayName: 'Referentieteller' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      year: { type: 'integer', required: true, unique: true },
      lastNumber: { type: 'integer', required: true, default: 0 },
    },
    // ON CONFLICT (year) needs a real unique index; `unique: true` alone is only checked by Strapi.
    indexes: [{ name: 'complaints_reference_counters_year_uq', columns: ['year'], type: 'unique' }],
  },
};
