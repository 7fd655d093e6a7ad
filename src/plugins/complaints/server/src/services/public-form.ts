/**
 * The public complaint form: what it shows (editor texts over Dutch/English defaults, categories,
 * departments, required fields) and the signed, single-use form token that proves a person took some time
 * to fill it.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Locale } from '../../../shared/messages';
import { typeNames, type AttachmentType } from '../../../shared/contracts/attachments';
import { isRequirable, type FieldType, type FormDefinition, type FormField, type FormFieldName, type FormTexts } from '../../../shared/public-api';
import { InvalidInputError } from '../errors';
import { UID } from '../uids';
import { departmentName } from '../../../shared/procedure';
import { LIMITS } from '../validation/complaint-details';
import { getService } from './registry';
import { sameText } from '../status-link';

export const HONEYPOT_FIELD = 'website';
const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** A form token's nonce: 16 random bytes, base64url. */
const NONCE = /^[A-Za-z0-9_-]{22}$/;
const CACHE_MS = 5000;

export const DEFAULT_FORM_TEXTS: Record<Locale, FormTexts> = {
  nl: {
    title: 'Klacht indienen',
    intro: 'Bent u niet tevreden over onze dienstverlening, over het contact met een medewerker of over hoe wij onze regels toepassen? Vertel het ons. Wij lossen het graag samen met u op.',
    sectionComplainant: 'Uw gegevens',
    sectionComplaint: 'Uw klacht',
    requiredHint: 'Velden met een * zijn verplicht.',
    privacyStatement: 'Wij gebruiken uw gegevens alleen om uw klacht te behandelen en bewaren ze niet langer dan nodig. Lees meer in onze privacyverklaring.',
    submit: 'Klacht versturen',
    sending: 'Bezig met versturen…',
    errorSummaryTitle: 'Controleer de volgende velden',
    networkError: 'Het versturen is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw; uw gegevens staan er nog.',
    tooManyRequests: 'Er zijn te veel klachten vanaf dit adres verstuurd. Probeer het later opnieuw of bel ons.',
    confirmationTitle: 'Wij hebben uw klacht ontvangen',
    confirmation: 'Uw klacht heeft nummer {reference}. Binnen drie werkdagen ontvangt u een ontvangstbevestiging van de afdeling die uw klacht behandelt.',
    statusLinkLabel: 'Volg de behandeling van uw klacht',
    surveyIntro: 'De behandeling van uw klacht is afgerond. Wij horen graag hoe u die hebt ervaren. U kunt deze vragen beantwoorden tot en met {until}.',
    surveySatisfied: 'Bent u tevreden over de behandeling van uw klacht?',
    surveyMark: 'Welk cijfer geeft u de behandeling? (1 tot en met 10, niet verplicht)',
    surveyComment: 'Wilt u nog iets toelichten? (niet verplicht)',
  },
  en: {
    title: 'File a complaint',
    intro: 'Are you unhappy with our service, with the contact with an employee, or with how we apply our rules? Tell us. We would like to solve it together with you.',
    sectionComplainant: 'Your details',
    sectionComplaint: 'Your complaint',
    requiredHint: 'Fields marked * are required.',
    privacyStatement: 'We use your details only to handle your complaint and keep them no longer than necessary. Read more in our privacy statement.',
    submit: 'Send complaint',
    sending: 'Sending…',
    errorSummaryTitle: 'Please check the following fields',
    networkError: 'Sending failed. Check your internet connection and try again; what you entered is still there.',
    tooManyRequests: 'Too many complaints were sent from this address. Please try again later or call us.',
    confirmationTitle: 'We have received your complaint',
    confirmation: 'Your complaint has number {reference}. Within three working days you will receive an acknowledgement from the department handling your complaint.',
    statusLinkLabel: 'Follow the handling of your complaint',
    surveyIntro: 'The handling of your complaint has been completed. We would like to hear how you experienced it. You can answer these questions until {until}.',
    surveySatisfied: 'Are you satisfied with the handling of your complaint?',
    surveyMark: 'What mark do you give the handling? (1 to 10, optional)',
    surveyComment: 'Anything you would like to add? (optional)',
  },
};

interface FieldSpec {
  name: FormFieldName;
  type: FieldType;
  section: FormField['section'];
  required: boolean;
  maxLength: number | null;
  autocomplete: string | null;
  showWhen?: string;
  label: Record<Locale, string>;
  help?: Record<Locale, string>;
}

export const FIELD_SPECS: FieldSpec[] = [
  { name: 'complainantName', type: 'text', section: 'complainant', required: true, maxLength: LIMITS.name, autocomplete: 'name', label: { nl: 'Naam', en: 'Name' } },
  { name: 'complainantEmail', type: 'email', section: 'complainant', required: false, maxLength: LIMITS.email, autocomplete: 'email', label: { nl: 'E-mailadres', en: 'E-mail address' }, help: { nl: 'Geen e-mail? Vul dan uw adres in, dan krijgt u onze brieven per post.', en: 'No e-mail? Fill in your address and we will reply by post.' } },
  { name: 'complainantPhone', type: 'tel', section: 'complainant', required: false, maxLength: LIMITS.phone, autocomplete: 'tel', label: { nl: 'Telefoonnummer', en: 'Phone number' } },
  { name: 'complainantAddress', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.address, autocomplete: 'street-address', label: { nl: 'Straat en huisnummer', en: 'Street and house number' } },
  { name: 'complainantPostalCode', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.postalCode, autocomplete: 'postal-code', label: { nl: 'Postcode', en: 'Postal code' }, help: { nl: 'Bijvoorbeeld 1234 AB', en: 'For example 1234 AB' } },
  { name: 'complainantCity', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.city, autocomplete: 'address-level2', label: { nl: 'Woonplaats', en: 'City' } },
  { name: 'complainantClientNumber', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.clientNumber, autocomplete: null, label: { nl: 'Klantnummer', en: 'Client number' }, help: { nl: 'Staat op uw brieven van ons, als u het heeft.', en: 'Shown on our letters to you, if you have one.' } },
  { name: 'represented', type: 'checkbox', section: 'complainant', required: false, maxLength: null, autocomplete: null, label: { nl: 'Iemand anders (een gemachtigde) dient de klacht voor mij in of treedt voor mij op', en: 'Someone else (a representative) files the complaint for me or acts for me' }, help: { nl: 'Dan sturen wij onze brieven naar de gemachtigde.', en: 'Then we send our letters to the representative.' } },
  { name: 'representativeName', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.name, autocomplete: 'off', showWhen: 'represented', label: { nl: 'Naam van de gemachtigde', en: 'Name of the representative' } },
  { name: 'representativeEmail', type: 'email', section: 'complainant', required: false, maxLength: LIMITS.email, autocomplete: 'off', showWhen: 'represented', label: { nl: 'E-mailadres van de gemachtigde', en: "Representative's e-mail address" }, help: { nl: 'Geen e-mail? Vul dan het adres van de gemachtigde in.', en: "No e-mail? Fill in the representative's address." } },
  { name: 'representativeAddress', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.address, autocomplete: 'off', showWhen: 'represented', label: { nl: 'Straat en huisnummer van de gemachtigde', en: "Representative's street and house number" } },
  { name: 'representativePostalCode', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.postalCode, autocomplete: 'off', showWhen: 'represented', label: { nl: 'Postcode van de gemachtigde', en: "Representative's postal code" } },
  { name: 'representativeCity', type: 'text', section: 'complainant', required: false, maxLength: LIMITS.city, autocomplete: 'off', showWhen: 'represented', label: { nl: 'Plaats van de gemachtigde', en: "Representative's city" } },
  { name: 'representativeCopiesComplainant', type: 'checkbox', section: 'complainant', required: false, maxLength: null, autocomplete: null, showWhen: 'represented', label: { nl: 'Stuur mij een kopie van de brieven aan de gemachtigde', en: 'Send me a copy of the letters to the representative' } },
  { name: 'categoryId', type: 'select', section: 'complaint', required: true, maxLength: null, autocomplete: null, label: { nl: 'Waar gaat uw klacht over?', en: 'What is your complaint about?' } },
  { name: 'departmentId', type: 'select', section: 'complaint', required: false, maxLength: null, autocomplete: null, label: { nl: 'Afdeling (als u die weet)', en: 'Department (if you know)' } },
  { name: 'aboutEmployeeBehaviour', type: 'checkbox', section: 'complaint', required: false, maxLength: null, autocomplete: null, label: { nl: 'Mijn klacht gaat over het gedrag van een medewerker', en: "My complaint is about an employee's behaviour" }, help: { nl: 'Dan behandelt de leidinggevende van de afdeling uw klacht en nodigen wij u altijd uit voor een gesprek.', en: "Then the department manager handles your complaint and we always invite you for a conversation." } },
  { name: 'accusedName', type: 'text', section: 'complaint', required: false, maxLength: LIMITS.accusedName, autocomplete: 'off', showWhen: 'aboutEmployeeBehaviour', label: { nl: 'Naam van de medewerker', en: 'Name of the employee' } },
  { name: 'accusedFunction', type: 'text', section: 'complaint', required: false, maxLength: LIMITS.accusedFunction, autocomplete: 'off', showWhen: 'aboutEmployeeBehaviour', label: { nl: 'Functie van de medewerker (als u die weet)', en: 'Role of the employee (if you know)' } },
  { name: 'description', type: 'textarea', section: 'complaint', required: true, maxLength: LIMITS.description, autocomplete: null, label: { nl: 'Beschrijf uw klacht', en: 'Describe your complaint' }, help: { nl: 'Wat is er gebeurd, wanneer, en met wie?', en: 'What happened, when, and with whom?' } },
  { name: 'desiredOutcome', type: 'textarea', section: 'complaint', required: false, maxLength: LIMITS.desiredOutcome, autocomplete: null, label: { nl: 'Wat zou u graag zien als oplossing?', en: 'What solution would you like?' } },
  { name: 'privacyConsent', type: 'checkbox', section: 'consent', required: true, maxLength: null, autocomplete: null, label: { nl: 'Ik heb de privacyverklaring gelezen en geef toestemming om mijn gegevens te gebruiken voor de behandeling van mijn klacht', en: 'I have read the privacy statement and agree that my details are used to handle my complaint' } },
];

export interface FormSettingsRow {
  texts: Partial<Record<Locale, Partial<FormTexts>>> | null;
  fieldTexts: Partial<Record<Locale, Record<string, { label?: string; help?: string }>>> | null;
  requiredFields: string[] | null;
  showStaffNames: boolean;
  minFillSeconds: number;
  /** Which of the survey's optional questions editors ask (the yes/no question is always asked). */
  surveyAskMark: boolean;
  surveyAskComment: boolean;
  /** The editors' document limits; null: the site's own (services/attachments.ts narrows them). */
  attachmentMaxFiles: number | null;
  attachmentMaxMegabytes: number | null;
  attachmentTypes: AttachmentType[] | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: { at: number; row: FormSettingsRow } | null = null;

  function secret(): string {
    const keys = strapi.config.get('server.app.keys') as string[] | undefined;
    return `complaints-form:${(keys ?? []).join(',')}`;
  }

  function sign(issuedAt: number, nonce: string): string {
    return crypto.createHmac('sha256', secret()).update(`${issuedAt}.${nonce}`).digest('base64url');
  }

  return {
    async settings(): Promise<FormSettingsRow> {
      if (cached && Date.now() - cached.at < CACHE_MS) return cached.row;
      const row = await strapi.db.query(UID.formSettings).findOne({});
      const settings: FormSettingsRow = {
        texts: row?.texts ?? null,
        fieldTexts: row?.fieldTexts ?? null,
        requiredFields: Array.isArray(row?.requiredFields) ? row.requiredFields : [],
        showStaffNames: Boolean(row?.showStaffNames),
        minFillSeconds: Number.isInteger(row?.minFillSeconds) ? row.minFillSeconds : 3,
        surveyAskMark: row?.surveyAskMark !== false,
        surveyAskComment: row?.surveyAskComment !== false,
        attachmentMaxFiles: row?.attachmentMaxFiles ?? null,
        attachmentMaxMegabytes: row?.attachmentMaxMegabytes ?? null,
        attachmentTypes: Array.isArray(row?.attachmentTypes) ? row.attachmentTypes : null,
      };
      cached = { at: Date.now(), row: settings };
      return settings;
    },

    invalidate() {
      cached = null;
    },

    async update(data: Partial<FormSettingsRow>): Promise<FormSettingsRow> {
      const row = await strapi.db.query(UID.formSettings).findOne({});
      if (row) await strapi.db.query(UID.formSettings).update({ where: { id: row.id }, data });
      else await strapi.db.query(UID.formSettings).create({ data });
      cached = null;
      return this.settings();
    },

    /** Optional fields editors made required (only those that may be). */
    async extraRequiredFields(): Promise<string[]> {
      const settings = await this.settings();
      return (settings.requiredFields ?? []).filter(isRequirable);
    },

    async texts(locale: Locale): Promise<FormTexts> {
      const settings = await this.settings();
      const own = settings.texts?.[locale] ?? {};
      // Keyed by string: the editors' stored texts are copied over the defaults key by key, as stored.
      const merged: FormTexts & Record<string, string> = { ...DEFAULT_FORM_TEXTS[locale] };
      for (const [key, value] of Object.entries(own)) if (typeof value === 'string' && value.trim()) merged[key] = value;
      return merged;
    },

    async definition(locale: Locale, now: Date): Promise<FormDefinition> {
      const settings = await this.settings();
      const extraRequired = new Set(await this.extraRequiredFields());
      const catalog = getService(strapi, 'catalog');
      const categories = (await catalog.categories()).filter((c) => c.active);
      const departments = (await catalog.departments()).filter((d) => d.active);
      const fieldTexts = settings.fieldTexts?.[locale] ?? {};

      const fields: FormField[] = FIELD_SPECS.map((spec) => {
        const custom = fieldTexts[spec.name] ?? {};
        const field: FormField = {
          name: spec.name,
          type: spec.type,
          label: custom.label?.trim() || spec.label[locale],
          help: custom.help?.trim() || spec.help?.[locale] || null,
          required: spec.required || extraRequired.has(spec.name),
          maxLength: spec.maxLength,
          autocomplete: spec.autocomplete,
          section: spec.section,
        };
        if (spec.showWhen) field.showWhen = spec.showWhen;
        if (spec.name === 'categoryId') field.options = categories.map((c) => ({ value: String(c.id), label: locale === 'en' ? c.nameEn : c.nameNl }));
        if (spec.name === 'departmentId') field.options = departments.map((d) => ({ value: String(d.id), label: departmentName(d, locale) }));
        return field;
      });

      return { locale, texts: await this.texts(locale), fields, formToken: this.issueToken(now), honeypotField: HONEYPOT_FIELD, attachments: await this.attachmentRules(locale) };
    },

    /** What the form tells about documents: the types by their real type, the limits, a line of help. */
    async attachmentRules(locale: Locale): Promise<FormDefinition['attachments']> {
      const attachments = getService(strapi, 'attachments');
      if (!attachments.accepting()) return null;
      const rules = await attachments.rules();
      const names = typeNames(rules.types);
      return {
        maxFiles: rules.maxFiles,
        maxMegabytes: rules.maxMegabytes,
        accept: rules.types,
        label: locale === 'en' ? 'Attachments (optional)' : 'Bijlagen (niet verplicht)',
        help:
          locale === 'en'
            ? `A photo, a letter or a bill: at most ${rules.maxFiles} files of ${rules.maxMegabytes} MB each (${names}). Every file is checked for viruses.`
            : `Een foto, een brief of een rekening: ten hoogste ${rules.maxFiles} bestanden van ${rules.maxMegabytes} MB elk (${names}). Elk bestand wordt op virussen gecontroleerd.`,
      };
    },

    /**
     * `<issuedAt>.<nonce>.<signature>`: the nonce is random, and the complaint the token files stores it in
     * a unique column (complaint.formTokenNonce), so one token files one complaint, whichever instance of
     * the site receives it.
     */
    issueToken(now: Date): string {
      const issuedAt = now.getTime();
      const nonce = crypto.randomBytes(16).toString('base64url');
      return `${issuedAt}.${nonce}.${sign(issuedAt, nonce)}`;
    },

    /**
     * Refuses a submission whose token is forged, expired, or came back faster than a person can type;
     * answers the token's nonce, which the complaint stores (a second use of the token is refused there).
     */
    async verifyToken(token: unknown, now: Date): Promise<string> {
      const [issuedText, nonce, signature, ...rest] = typeof token === 'string' ? token.split('.') : [];
      const issuedAt = Number(issuedText);
      const wellFormed = rest.length === 0 && Number.isFinite(issuedAt) && typeof nonce === 'string' && NONCE.test(nonce);
      const valid = sameText(typeof signature === 'string' ? signature : '', wellFormed ? sign(issuedAt, nonce) : '') && wellFormed;
      if (!valid || now.getTime() - issuedAt > TOKEN_MAX_AGE_MS) {
        throw new InvalidInputError(
          { formToken: { nl: 'Het formulier is verlopen. Laad de pagina opnieuw; uw tekst kunt u kopiëren.', en: 'The form has expired. Reload the page; you can copy your text first.' } },
          { nl: 'Het formulier is verlopen.', en: 'The form has expired.' },
        );
      }
      const { minFillSeconds } = await this.settings();
      if (now.getTime() - issuedAt < minFillSeconds * 1000) {
        throw new InvalidInputError(
          { formToken: { nl: 'Het formulier is wel heel snel verstuurd. Wacht een paar seconden en verstuur het opnieuw.', en: 'The form was sent very quickly. Wait a few seconds and send it again.' } },
          { nl: 'Het formulier is te snel verstuurd.', en: 'The form was sent too quickly.' },
        );
      }
      return nonce;
    },
  };
};
