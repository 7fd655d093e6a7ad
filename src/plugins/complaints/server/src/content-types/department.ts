import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A department (afdeling): it acknowledges its complaints; its manager handles behaviour complaints. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_departments',
    info: { singularName: 'department', pluralName: 'departments', displayName: 'Afdeling' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      name: { type: 'string', required: true, unique: true },
      /** The name in English letters and on the English form; empty: the Dutch name (often a proper name). */
      nameEn: { type: 'string' },
      email: { type: 'string' },
      managerId: { type: 'integer' },
      /** The manager's superior: handles a behaviour complaint about the manager (Awb 9:7); empty: the coordinator assigns. */
      superiorId: { type: 'integer' },
      /** Admin users who handle this department's complaints (ids). */
      staffUserIds: { type: 'json' },
      active: { type: 'boolean', default: true },
      /** Complaints whose department is unknown land here. */
      receivesUnassigned: { type: 'boolean', default: false },
    },
  },
};
