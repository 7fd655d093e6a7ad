import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A list's filters and order saved under a name by one staff member, for one list page (services/saved-views.ts). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_saved_views',
    info: { singularName: 'saved-view', pluralName: 'saved-views', displayName: 'Opgeslagen weergave' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      userId: { type: 'integer', required: true },
      page: { type: 'string', required: true },
      name: { type: 'string', required: true },
      filters: { type: 'json', required: true },
    },
    indexes: [{ name: 'complaints_saved_views_user_page_name_uq', columns: ['user_id', 'page', 'name'], type: 'unique' }],
  },
};
