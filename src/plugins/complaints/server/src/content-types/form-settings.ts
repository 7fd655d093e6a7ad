import { HIDDEN_FROM_CONTENT_MANAGER } from './hidden';

/**
 * What editors say on the public form, per language: titles, intro, privacy statement, confirmation,
 * per-field labels and help texts, and which optional fields are required. Empty values fall back to
 * the defaults in services/public-form.ts.
 */
export default {
  schema: {
    kind: 'singleType',
    collectionName: 'complaints_form_settings',
    info: { singularName: 'form-settings', pluralName: 'form-settings-entries', displayName: 'Klachtenformulier' },
    options: { draftAndPublish: false },
    pluginOptions: HIDDEN_FROM_CONTENT_MANAGER,
    attributes: {
      /** { nl: Partial<FormTexts>, en: Partial<FormTexts> } */
      texts: { type: 'json' },
      /** { nl: { [field]: { label?, help? } }, en: … } */
      fieldTexts: { type: 'json' },
      /** Optional fields editors made required, e.g. ["complainantPhone"]. */
      requiredFields: { type: 'json' },
      /** Show the handler's name on the complainant's status page. */
      showStaffNames: { type: 'boolean', default: false },
      /** Seconds a person needs at least to fill in the form (faster = a bot). */
      minFillSeconds: { type: 'integer', default: 3 },
      /** The satisfaction survey's optional questions: a mark from 1 to 10, and an open answer. */
      surveyAskMark: { type: 'boolean', default: true },
      surveyAskComment: { type: 'boolean', default: true },
      /**
       * What documents the form, the status page and staff take, within what the site allows (the plugin
       * option `attachments`); empty: the site's own limits.
       */
      attachmentMaxFiles: { type: 'integer' },
      attachmentMaxMegabytes: { type: 'integer' },
      attachmentTypes: { type: 'json' },
    },
  },
};
