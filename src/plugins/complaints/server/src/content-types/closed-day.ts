import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** A day that is not a working day beyond weekends and public holidays: decree days and own closed days. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'complaints_closed_days',
    info: { singularName: 'closed-day', pluralName: 'closed-days', displayName: 'Sluitingsdag' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      date: { type: 'date', required: true, unique: true },
      name: { type: 'string', required: true },
      kind: { type: 'enumeration', enum: ['decree', 'organisation'], default: 'organisation' },
    },
    indexes: [{ name: 'complaints_closed_days_date_uq', columns: ['date'], type: 'unique' }],
  },
};
