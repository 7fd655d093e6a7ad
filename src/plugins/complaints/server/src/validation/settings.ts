/** Bodies of the editors' settings routes. */
import { z } from 'zod';
import { REGIMES } from '../../../shared/regimes';
import { categoryKey } from '../../../shared/contracts/settings';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../../shared/contracts/attachments';
import { fields } from './index';

const weeks = z.coerce.number().int().min(1).max(52);
/** Empty means "not set": the letters then refer to the body's own rules. */
const optionalWeeks = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.union([z.null(), z.coerce.number().int().min(1).max(104)]));

export const procedureSettingsSchema = z
  .object({
    regime: z.enum(REGIMES),
    acknowledgementWorkingDays: z.coerce.number().int().min(1).max(30),
    handlingWeeks: weeks,
    advisoryCommitteeHandlingWeeks: weeks,
    useAdvisoryCommittee: z.boolean(),
    maxExtensionWeeks: z.coerce.number().int().min(0).max(26),
    notAdmissibleNoticeWeeks: weeks,
    cutoffHour: z.coerce.number().int().min(0).max(24),
    goodFridayIsHoliday: z.boolean(),
    liberationDay: z.enum(['every_year', 'every_fifth_year']),
    referencePrefix: z.string().trim().regex(/^[A-Z]{1,6}$/),
    organisationName: fields.requiredText(200),
    organisationAddress: fields.text(1000),
    // an own regulation may name no body; the settings warn about it (services/settings.ts)
    committeeName: fields.text(200),
    committeeAddress: fields.text(1000),
    committeeWebsite: fields.webAddress(500),
    committeeEmail: fields.text(254),
    committeeTermWeeks: optionalWeeks,
    dissatisfactionWindowWeeks: z.coerce.number().int().min(1).max(104),
    furtherRecourse: fields.text(2000),
    retentionMonths: z.coerce.number().int().min(1).max(240),
    surveyWhenUnhappy: z.enum(['nothing', 'reopen', 'dispute']),
  })
  .partial();

const textsOfLocale = z.record(z.string().max(60), z.string().max(5000));
const fieldTextsOfLocale = z.record(z.string().max(60), z.object({ label: z.string().max(300).optional(), help: z.string().max(1000).optional() }));

export const formSettingsSchema = z
  .object({
    texts: z.object({ nl: textsOfLocale.optional(), en: textsOfLocale.optional() }).nullable(),
    fieldTexts: z.object({ nl: fieldTextsOfLocale.optional(), en: fieldTextsOfLocale.optional() }).nullable(),
    requiredFields: z.array(z.string().max(60)).max(30),
    showStaffNames: z.boolean(),
    minFillSeconds: z.coerce.number().int().min(0).max(120),
    surveyAskMark: z.boolean(),
    surveyAskComment: z.boolean(),
    // within the site's own limits: checked against the plugin option when saved (services/editor-settings.ts)
    attachmentMaxFiles: z.coerce.number().int().min(1).max(20).nullable(),
    attachmentMaxMegabytes: z.coerce.number().int().min(1).max(50).nullable(),
    attachmentTypes: z.array(z.enum(Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]])).min(1).max(20).nullable(),
  })
  .partial();

export const regimeSchema = z.object({ regime: z.enum(REGIMES) });

export const closedDaySchema = z.object({
  date: fields.isoDate(),
  name: fields.requiredText(200),
  kind: z.enum(['decree', 'organisation']).optional().default('organisation'),
});

export const departmentSchema = z.object({
  name: fields.requiredText(200),
  nameEn: fields.optionalText(200),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .nullable()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || z.email().safeParse(v).success),
  managerId: fields.optionalId(),
  superiorId: fields.optionalId(),
  staffUserIds: z.array(z.coerce.number().int().positive()).max(500).optional().default([]),
  active: z.boolean().optional().default(true),
  receivesUnassigned: z.boolean().optional().default(false),
});

export const categorySchema = z.object({
  // the same rule as the admin applies while typing: "Reparaties & onderhoud" is saved as reparaties-onderhoud
  key: z
    .string()
    .trim()
    .max(60)
    .transform((v) => categoryKey(v))
    .pipe(z.string().min(1).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  nameNl: fields.requiredText(200),
  nameEn: fields.requiredText(200),
  suggestsBehaviour: z.boolean().optional().default(false),
  active: z.boolean().optional().default(true),
  sortOrder: z.coerce.number().int().min(0).max(10000).optional().default(0),
});
