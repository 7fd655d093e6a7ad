import { LETTER_KINDS } from '../letters/types';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A letter template editors write: one per kind, audience and language (seeded with the defaults). */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_letter_templates',
    info: { singularName: 'letter-template', pluralName: 'letter-templates', displayName: 'Briefsjabloon' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      kind: { type: 'enumeration', enum: [...LETTER_KINDS], required: true },
      audience: { type: 'enumeration', enum: ['complainant', 'accused', 'staff'], required: true },
      locale: { type: 'enumeration', enum: ['nl', 'en'], required: true },
      subject: { type: 'string', required: true },
      body: { type: 'text', required: true },
      editedByUserId: { type: 'integer' },
    },
    indexes: [{ name: 'complaints_letter_templates_kind_uq', columns: ['kind', 'audience', 'locale'], type: 'unique' }],
  },
};
