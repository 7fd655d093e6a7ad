import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A complaint category editors define (dienstverlening, contact met medewerker, ...). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_categories',
    info: { singularName: 'category', pluralName: 'categories', displayName: 'Categorie' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      key: { type: 'string', required: true, unique: true },
      nameNl: { type: 'string', required: true },
      nameEn: { type: 'string', required: true },
      /** Complaints in this category are about an employee's behaviour unless the complainant says otherwise. */
      suggestsBehaviour: { type: 'boolean', default: false },
      active: { type: 'boolean', default: true },
      sortOrder: { type: 'integer', default: 0 },
    },
  },
};
