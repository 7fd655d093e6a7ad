/** The public form's submission: the complaint fields, consent, and the anti-bot fields. */
import { z } from 'zod';
import { complaintDetailsShape, crossFieldRules } from './complaint-details';
import { bilingual } from './index';

const REQUIRED = { nl: 'Dit veld is verplicht.', en: 'This field is required.' };

export function publicSubmissionSchema(extraRequired: string[]) {
  return z
    .object({
      ...complaintDetailsShape,
      locale: z.enum(['nl', 'en']).optional(),
      privacyConsent: z
        .union([z.boolean(), z.literal('true'), z.literal('on')])
        .optional()
        .refine((v) => v === true || v === 'true' || v === 'on', bilingual({ nl: 'Geef toestemming om uw gegevens te gebruiken; zonder die toestemming kunnen wij uw klacht niet behandelen.', en: 'Please agree to the use of your details; without it we cannot handle your complaint.' })),
      formToken: z.string().max(200).optional(),
      submissionKey: z
        .string()
        .regex(/^[A-Za-z0-9_-]{16,64}$/)
        .optional(),
    })
    .superRefine((value, ctx) => {
      crossFieldRules(value, ctx);
      for (const field of extraRequired) {
        const current = (value as Record<string, unknown>)[field];
        if (current === null || current === undefined || current === '') ctx.addIssue({ code: 'custom', path: [field], params: { message: REQUIRED } });
      }
    });
}
