/**
 * Step 4, the outcome: the letter with the judgement and the agreements (Awb 9:12), and the complainant's
 * acceptance of it. Keeping the agreements is step 5 (steps/agreements).
 */
import type { Core } from '@strapi/strapi';
import type { Judgement } from '../../domain/procedure';
import { handlingOutcome, today } from '../../domain/terms';
import { InvalidInputError } from '../../errors';
import { UID } from '../../uids';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';

export interface AgreementInput {
  description: string;
  ownerUserId: number | null;
  ownerDepartmentId: number | null;
  dueDate: string;
}

/** A part (grievance) of the complaint with its own judgement. */
export interface PartInput {
  description: string;
  judgement: Judgement;
}

export interface SendOutcomeInput {
  judgement: Judgement;
  /** The complaint's parts, each judged; none: the complaint is judged as a whole. */
  parts?: PartInput[];
  findings: string;
  conclusions: string | null;
  agreements: AgreementInput[];
  noAgreements: boolean;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async sendOutcome(complaintId: number, input: SendOutcomeInput, actor: Actor, scope: AccessScope | null) {
    const now = getService(strapi, 'clock').now();
    const past = input.agreements.findIndex((a) => a.dueDate < today(now));
    if (past >= 0) {
      throw new InvalidInputError({ [`agreements.${past}.dueDate`]: { nl: 'De afspraakdatum ligt in het verleden.', en: 'The due date lies in the past.' } });
    }
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'sendOutcome',
      actor,
      scope,
      input: { judgement: input.judgement, findings: input.findings, agreementCount: input.agreements.length, noAgreements: input.noAgreements, parts: (input.parts ?? []).map((p) => p.judgement) },
      apply: async ({ complaint, now: at }) => {
        for (const [position, part] of (input.parts ?? []).entries()) {
          await strapi.db.query(UID.part).create({ data: { complaintId, position, description: part.description, judgement: part.judgement, earlierRound: false } });
        }
        const agreementIds: number[] = [];
        for (const agreement of input.agreements) {
          const row = await strapi.db.query(UID.agreement).create({ data: { complaintId, ...agreement, status: 'open' } });
          agreementIds.push(row.id);
        }
        // the draft has become the letter
        await strapi.db.query(UID.outcomeDraft).deleteMany({ where: { complaintId } });
        return {
          changes: { judgement: input.judgement, findings: input.findings, conclusions: input.conclusions, noAgreements: input.noAgreements, outcomeSentAt: at, ...handlingOutcome(complaint, at) },
          data: { judgement: input.judgement, agreementIds, ...(input.parts?.length ? { parts: input.parts.map((p) => p.judgement) } : {}) },
        };
      },
    });
  },

  /** The complainant accepts the outcome (status page or told to staff). */
  async acceptOutcome(complaintId: number, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'acceptOutcome',
      actor,
      scope,
      input: {},
      apply: ({ decision, now }) => ({ changes: { outcomeAcceptedAt: now, ...(decision.to === 'closed' ? { closedAt: now } : {}) } }),
    });
  },
});
