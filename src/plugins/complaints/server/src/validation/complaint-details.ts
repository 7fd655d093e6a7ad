/**
 * The fields of a complaint as the complainant or staff enter them: the same rules for the public form and
 * for staff registration (post, phone, e-mail, desk).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { MAX_PERSONS, REPRESENTATIVE_FIELDS, type PersonComplainedAbout } from '../../../shared/contracts/complaints';
import { CHANNELS } from '../domain/procedure';
import { bilingual, fields } from './index';

export const LIMITS = {
  name: 200,
  email: 254,
  phone: 40,
  address: 200,
  postalCode: 10,
  city: 100,
  clientNumber: 50,
  accusedName: 200,
  accusedFunction: 200,
  descriptionMin: 10,
  description: 10000,
  desiredOutcome: 5000,
} as const;

const POSTAL_CODE = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/i;

const phone = z
  .string()
  .trim()
  .max(LIMITS.phone)
  .optional()
  .nullable()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || Boolean(parsePhoneNumberFromString(v, 'NL')?.isValid()), bilingual({ nl: 'Vul een geldig telefoonnummer in, zoals 0612345678.', en: 'Enter a valid phone number, such as +31 6 12345678.' }))
  .transform((v) => (v === null ? null : (parsePhoneNumberFromString(v, 'NL')?.number ?? v)));

const postalCode = fields
  .optionalText(LIMITS.postalCode)
  .refine((v) => v === null || POSTAL_CODE.test(v), bilingual({ nl: 'Vul een Nederlandse postcode in, zoals 1234 AB.', en: 'Enter a Dutch postal code, such as 1234 AB.' }))
  .transform((v) => (v === null ? null : `${v.slice(0, 4)} ${v.replace(/ /g, '').slice(4).toUpperCase()}`));

const email = z
  .string()
  .trim()
  .max(LIMITS.email)
  .optional()
  .nullable()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || z.email().safeParse(v).success, bilingual({ nl: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', en: 'Enter a valid e-mail address, such as name@example.com.' }));

const flag = z
  .union([z.boolean(), z.literal('true'), z.literal('false'), z.literal('on')])
  .optional()
  .transform((v) => v === true || v === 'true' || v === 'on');

export const complaintDetailsShape = {
  complainantName: fields.requiredText(LIMITS.name),
  complainantEmail: email,
  complainantPhone: phone,
  complainantAddress: fields.optionalText(LIMITS.address),
  complainantPostalCode: postalCode,
  complainantCity: fields.optionalText(LIMITS.city),
  complainantClientNumber: fields.optionalText(LIMITS.clientNumber),
  /** Filed by a representative (gemachtigde): their fields count only then (the form shows them only then). */
  represented: flag,
  representativeName: fields.optionalText(LIMITS.name),
  representativeEmail: email,
  representativeAddress: fields.optionalText(LIMITS.address),
  representativePostalCode: postalCode,
  representativeCity: fields.optionalText(LIMITS.city),
  representativeCopiesComplainant: flag,
  categoryId: fields.id(),
  departmentId: fields.optionalId(),
  aboutEmployeeBehaviour: flag,
  accusedName: fields.optionalText(LIMITS.accusedName),
  accusedFunction: fields.optionalText(LIMITS.accusedFunction),
  description: fields.text(LIMITS.description).min(LIMITS.descriptionMin),
  desiredOutcome: fields.optionalText(LIMITS.desiredOutcome),
  preferredLanguage: z.enum(['nl', 'en']).optional().default('nl'),
};

type Details = z.output<z.ZodObject<typeof complaintDetailsShape>>;

/** A person complained about as staff name them: the public form names at most one, by accusedName. */
const person = z.object({
  name: fields.requiredText(LIMITS.accusedName),
  function: fields.optionalText(LIMITS.accusedFunction),
  userId: fields.optionalId(),
});

const persons = z
  .array(person)
  .max(MAX_PERSONS)
  .optional();

/** What staff send about the persons: the list, or (a client from before the list) one person's fields. */
const staffPersonsShape = { persons, accusedUserId: fields.optionalId() };

type PersonsInput = { aboutEmployeeBehaviour?: boolean; persons?: PersonComplainedAbout[]; accusedName?: string | null; accusedFunction?: string | null; accusedUserId?: number | null };

/**
 * The persons as stored: none unless the complaint is about behaviour; else the list staff sent, or the
 * one person the public form (or a client from before the list) names.
 */
export function personsOf(value: PersonsInput): PersonComplainedAbout[] {
  if (!value.aboutEmployeeBehaviour) return [];
  if (value.persons) return value.persons.map((p) => ({ name: p.name, function: p.function ?? null, userId: p.userId ?? null }));
  return value.accusedName ? [{ name: value.accusedName, function: value.accusedFunction ?? null, userId: value.accusedUserId ?? null }] : [];
}

/**
 * Rules across fields: a way to reach the complainant; a behaviour complaint names the employee; a
 * representative has a name and a way to reach them.
 */
export function crossFieldRules(
  value: Pick<Details, 'complainantEmail' | 'complainantAddress' | 'complainantPostalCode' | 'complainantCity' | 'aboutEmployeeBehaviour' | 'accusedName' | RepresentativeField | 'represented'> & { persons?: PersonComplainedAbout[] },
  ctx: z.RefinementCtx,
) {
  if (value.represented) representativeRules(value, ctx);
  const hasPostalAddress = Boolean(value.complainantAddress && value.complainantPostalCode && value.complainantCity);
  if (!value.complainantEmail && !hasPostalAddress) {
    ctx.addIssue({
      code: 'custom',
      path: ['complainantEmail'],
      params: {
        message: {
          nl: 'Vul een e-mailadres in, of uw adres, postcode en woonplaats, zodat wij u kunnen antwoorden.',
          en: 'Enter an e-mail address, or your address, postal code and city, so that we can reply.',
        },
      },
    });
  }
  if (value.aboutEmployeeBehaviour && !personsOf(value).length) {
    ctx.addIssue({
      code: 'custom',
      path: [value.persons ? 'persons' : 'accusedName'],
      params: {
        message: {
          nl: 'Over welke medewerker gaat uw klacht? Vul de naam in.',
          en: 'Which employee is your complaint about? Enter the name.',
        },
      },
    });
  }
}

type RepresentativeField = (typeof REPRESENTATIVE_FIELDS)[number];

function representativeRules(value: Pick<Details, RepresentativeField>, ctx: z.RefinementCtx) {
  if (!value.representativeName) {
    ctx.addIssue({
      code: 'custom',
      path: ['representativeName'],
      params: { message: { nl: 'Vul de naam van de gemachtigde in.', en: 'Enter the name of the representative.' } },
    });
  }
  if (!value.representativeEmail && !(value.representativeAddress && value.representativePostalCode && value.representativeCity)) {
    ctx.addIssue({
      code: 'custom',
      path: ['representativeEmail'],
      params: {
        message: {
          nl: 'Vul het e-mailadres van de gemachtigde in, of het adres, de postcode en de plaats: de brieven gaan naar de gemachtigde.',
          en: "Enter the representative's e-mail address, or address, postal code and city: the letters go to the representative.",
        },
      },
    });
  }
}

/**
 * The representative as stored: their fields when the complaint is filed by one, all empty otherwise (what
 * a form sent for a representative it then hid is not kept).
 */
export function representativeOf(value: Partial<Pick<Details, RepresentativeField | 'represented'>>): Record<RepresentativeField, string | boolean | null> {
  const represented = Boolean(value.represented && value.representativeName);
  return {
    representativeName: represented ? (value.representativeName ?? null) : null,
    representativeEmail: represented ? (value.representativeEmail ?? null) : null,
    representativeAddress: represented ? (value.representativeAddress ?? null) : null,
    representativePostalCode: represented ? (value.representativePostalCode ?? null) : null,
    representativeCity: represented ? (value.representativeCity ?? null) : null,
    representativeCopiesComplainant: represented && Boolean(value.representativeCopiesComplainant),
  };
}

/** Staff registration of a complaint that came by post, phone, e-mail or at the desk. */
export const staffRegistrationSchema = z
  .object({
    ...complaintDetailsShape,
    channel: z.enum(CHANNELS.filter((c) => c !== 'online') as ['post', 'telefoon', 'e-mail', 'balie']),
    receivedAt: fields.dateTime().optional(),
    ...staffPersonsShape,
    /** Registered from a mail in the complaints mailbox (mail-intake/): its channel and date of receipt are the mail's. */
    incomingMailId: fields.optionalId(),
  })
  .superRefine(crossFieldRules);

export type StaffRegistrationInput = z.output<typeof staffRegistrationSchema>;

/** A correction of what was registered (services/corrections.ts): every field as it should be, and why. */
const { departmentId: _department, ...correctableShape } = complaintDetailsShape;
export const correctionSchema = z
  .object({ ...correctableShape, ...staffPersonsShape, reason: fields.requiredText(2000) })
  .superRefine(crossFieldRules);

export type CorrectionInput = z.output<typeof correctionSchema>;
/** A complaint's details as intake takes them: the representative's only when there is one. */
export type ComplaintDetails = Omit<Details, RepresentativeField | 'represented'> & Partial<Pick<Details, RepresentativeField | 'represented'>> & { accusedUserId?: number | null; persons?: PersonComplainedAbout[] };
