/** Request bodies of the admin transition routes. Rules of the procedure itself live in domain/procedure. */
import { z } from 'zod';
import { HEARING_MODES, HEARING_SIDES, HEARING_SKIP_REASONS, JUDGEMENTS, NOT_ADMISSIBLE_REASONS, STATUSES } from '../domain/procedure';
import { BULK_ACTIONS } from '../../../shared/contracts/complaints';
import { AGREED_HOW } from '../../../shared/procedure';
import { bilingual, fields } from './index';

const NOTE = 5000;
const LONG = 20000;

const flag = z
  .union([z.boolean(), z.literal('true'), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'true');

export const acknowledgeSchema = z.object({
  answer: fields.optionalText(LONG),
  inviteForHearing: flag,
});

export const resolveSchema = z.object({
  agreedHow: z.enum(AGREED_HOW),
  hearingWaived: flag,
  note: fields.optionalText(NOTE),
});

export const notAdmissibleSchema = z
  .object({
    reason: z.enum(NOT_ADMISSIBLE_REASONS),
    explanation: fields.requiredText(LONG),
    referral: fields.requiredText(NOTE),
    /** The earlier complaint; "handled before" names it (Awb 9:8 lid 1 a). */
    relatedReference: fields.optionalText(40),
  })
  .superRefine((value, ctx) => {
    if (value.reason === 'handled_before' && !value.relatedReference) {
      ctx.addIssue({
        code: 'custom',
        path: ['relatedReference'],
        params: { message: { nl: 'Noem het kenmerk van de klacht die eerder is behandeld.', en: 'Give the reference of the complaint handled before.' } },
      });
    }
  });

/**
 * Whom the conversation hears. A client that predates sides sends only `accusedInvited`: the employee
 * invited is a conversation with both, else with the complainant.
 */
export const planHearingSchema = z
  .object({
    plannedAt: fields.dateTime(),
    mode: z.enum(HEARING_MODES),
    location: fields.optionalText(500),
    attendees: fields.optionalText(NOTE),
    side: z.enum(HEARING_SIDES).optional(),
    accusedInvited: flag,
    respondBy: fields.isoDate().optional().nullable().transform((v) => v ?? null),
  })
  .transform(({ accusedInvited, side, ...rest }) => ({ ...rest, side: side ?? (accusedInvited ? ('both' as const) : ('complainant' as const)) }));

export const recordHearingSchema = z.object({
  side: z.enum(HEARING_SIDES).optional().nullable().transform((v) => v ?? null),
  heldAt: fields.dateTime().optional().nullable().transform((v) => v ?? null),
  minutes: fields.requiredText(LONG),
  proposedSolution: fields.optionalText(LONG),
  complainantPresent: flag,
  accusedPresent: flag,
});

export const skipHearingSchema = z.object({
  /** The side not heard; a client that predates sides means the complainant. */
  side: z.enum(['complainant', 'accused'] as const).optional().transform((v) => v ?? 'complainant'),
  reason: z.enum(HEARING_SKIP_REASONS),
  note: fields.optionalText(NOTE),
});

const agreementSchema = z
  .object({
    description: fields.requiredText(NOTE),
    ownerUserId: fields.optionalId(),
    ownerDepartmentId: fields.optionalId(),
    dueDate: fields.isoDate(),
  })
  .refine((a) => a.ownerUserId !== null || a.ownerDepartmentId !== null, {
    path: ['ownerUserId'],
    ...bilingual({ nl: 'Wie is eigenaar van deze afspraak? Kies een medewerker of afdeling.', en: 'Who owns this agreement? Choose an employee or department.' }),
  });

/** A part (grievance) of the complaint with its own judgement. */
const partSchema = z.object({
  description: fields.requiredText(NOTE),
  judgement: z.enum(JUDGEMENTS),
});

export const sendOutcomeSchema = z.object({
  judgement: z.enum(JUDGEMENTS),
  parts: z.array(partSchema).max(20).optional().default([]),
  findings: fields.requiredText(LONG),
  conclusions: fields.optionalText(LONG),
  agreements: z.array(agreementSchema).max(50).optional().default([]),
  noAgreements: flag,
});

export const agreementResultSchema = z.object({
  result: z.enum(['kept', 'not_kept']),
  note: fields.optionalText(NOTE),
  /** The day it was kept (or found not kept), when that was not today. */
  settledOn: z.union([fields.isoDate(), z.literal(''), z.null()]).optional().transform((v) => v || null),
});

export const noteSchema = z.object({
  note: fields.optionalText(NOTE),
});

export const extendSchema = z.object({
  until: fields.isoDate(),
  reason: fields.requiredText(NOTE),
});

export const delayConsentSchema = z.object({
  until: fields.isoDate(),
  consentNote: fields.requiredText(NOTE),
});

export const assignSchema = z.object({
  handlerId: fields.id(),
});

export const transferSchema = z.object({
  departmentId: fields.id(),
  reason: fields.requiredText(NOTE),
});

export const withdrawSchema = z.object({
  reason: fields.optionalText(NOTE),
});

export const forwardSchema = z.object({
  organisation: fields.requiredText(200),
  reason: fields.requiredText(NOTE),
});

export const reopenSchema = z.object({
  reason: fields.requiredText(NOTE),
});

export const eligibleSchema = z.object({
  reason: fields.requiredText(NOTE),
});

export const committeeOutcomeSchema = z.object({
  outcome: fields.requiredText(LONG),
  decidedAt: fields.dateTime().optional().nullable().transform((v) => v ?? null),
});

const one = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).optional();

export const inboxQuerySchema = z.object({
  step: z.coerce.number().int().min(1).max(6).optional(),
  status: one(z.enum(STATUSES)).transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
  departmentId: z.coerce.number().int().positive().optional(),
  overdue: z.enum(['acknowledgement', 'handling', 'agreements', 'any']).optional(),
  expiring: z.coerce.number().int().min(1).max(60).optional(),
  disputeEligible: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  behaviour: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  search: z.string().trim().max(200).optional(),
  sort: z.enum(['due', 'received', 'reference']).optional(),
  page: z.coerce.number().int().min(1).max(100000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(100).optional().default(25),
});

/**
 * The outcome while it is being written (PUT …/outcome/draft): anything may still be empty, only the sizes
 * are those of the outcome itself; what is missing is named when it is sent.
 */
export const outcomeDraftSchema = z.object({
  values: z.object({
    judgement: z.union([z.enum(JUDGEMENTS), z.literal('')]),
    findings: z.string().max(LONG),
    conclusions: z.string().max(LONG),
    noAgreements: z.boolean(),
    parts: z
      .array(z.object({ description: z.string().max(NOTE), judgement: z.union([z.enum(JUDGEMENTS), z.literal('')]) }))
      .max(20)
      .optional()
      .default([]),
    agreements: z
      .array(
        z.object({
          description: z.string().max(NOTE),
          ownerType: z.enum(['user', 'department']),
          ownerId: z.string().regex(/^\d*$/).max(12),
          dueDate: z.string().max(10),
        }),
      )
      .max(50),
  }),
  basedOn: z.number().int().min(0),
});

/** POST /complaints/bulk: one action on the rows staff selected (services/bulk.ts). */
export const bulkSchema = z
  .object({
    action: z.enum(BULK_ACTIONS),
    ids: z.array(fields.id()).min(1).max(100),
    handlerId: fields.optionalId(),
  })
  .superRefine((value, ctx) => {
    if (value.action === 'assignHandler' && value.handlerId === null) {
      ctx.addIssue({ code: 'custom', path: ['handlerId'], params: { message: { nl: 'Kies de behandelaar.', en: 'Choose the handler.' } } });
    }
  })
  .transform((value) => ({ ...value, handlerId: value.handlerId ?? undefined }));
