import { REGIMES } from '../../../shared/regimes';
import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/** The procedure's settings editors manage: terms, calendar, committee, references, organisation. */
export default {
  schema: {
    kind: 'singleType',
    collectionName: 'complaints_settings',
    info: { singularName: 'settings', pluralName: 'settings-entries', displayName: 'Klachtinstellingen' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      /** shared/regimes.ts: the preset the settings were filled from (stored as text). */
      regime: { type: 'enumeration', enum: [...REGIMES], default: 'housing' },
      acknowledgementWorkingDays: { type: 'integer', default: 3 },
      handlingWeeks: { type: 'integer', default: 6 },
      advisoryCommitteeHandlingWeeks: { type: 'integer', default: 10 },
      useAdvisoryCommittee: { type: 'boolean', default: false },
      maxExtensionWeeks: { type: 'integer', default: 4 },
      notAdmissibleNoticeWeeks: { type: 'integer', default: 4 },
      cutoffHour: { type: 'integer', default: 17 },
      goodFridayIsHoliday: { type: 'boolean', default: true },
      liberationDay: { type: 'enumeration', enum: ['every_year', 'every_fifth_year'], default: 'every_year' },
      referencePrefix: { type: 'string', default: 'KL' },
      organisationName: { type: 'string' },
      organisationAddress: { type: 'text' },
      committeeName: { type: 'string' },
      committeeAddress: { type: 'text' },
      committeeWebsite: { type: 'string' },
      committeeEmail: { type: 'string' },
      /** Empty: not set (the body's own rules say); the letters then refer to them. */
      committeeTermWeeks: { type: 'integer' },
      dissatisfactionWindowWeeks: { type: 'integer', default: 12 },
      /** Where else a complainant can go (ombudsman, Huurcommissie), shown in outcome letters. */
      furtherRecourse: { type: 'text' },
      retentionMonths: { type: 'integer', default: 24 },
      /** What an unhappy answer to the satisfaction survey does: nothing more, reopen, or the dispute path. */
      surveyWhenUnhappy: { type: 'enumeration', enum: ['nothing', 'reopen', 'dispute'], default: 'nothing' },
    },
  },
};
