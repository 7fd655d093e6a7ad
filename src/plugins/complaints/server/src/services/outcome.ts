/**
 * Steps 4 and 5: the letter with the judgement and the agreements (Awb 9:12), then keeping the agreements:
 * each one kept or not, and the complaint closed when none is open.
 */
import type { Core } from '@strapi/strapi';
import type { Judgement } from '../domain/procedure';
import { handlingOutcome, today } from '../domain/terms';
import { InvalidInputError, NotFoundError } from '../errors';
import { UID } from '../uids';
import type { AccessScope } from './access';
import type { Actor } from './actor';
import { getService } from './registry';

export interface AgreementInput {
  description: string;
  ownerUserId: number | null;
  ownerDepartmentId: number | null;
  dueDate: string;
}

export interface SendOutcomeInput {
  judgement: Judgement;
  findings: string;
  conclusions: string | null;
  agreements: AgreementInput[];
  noAgreements: boolean;
}

export interface AgreementResultInput {
  result: 'kept' | 'not_kept';
  note: string | null;
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
      input: { judgement: input.judgement, findings: input.findings, agreementCount: input.agreements.length, noAgreements: input.noAgreements },
      apply: async ({ complaint, now: at }) => {
        const agreementIds: number[] = [];
        for (const agreement of input.agreements) {
          const row = await strapi.db.query(UID.agreement).create({ data: { complaintId, ...agreement, status: 'open' } });
          agreementIds.push(row.id);
        }
        return {
          changes: { judgement: input.judgement, findings: input.findings, conclusions: input.conclusions, noAgreements: input.noAgreements, outcomeSentAt: at, ...handlingOutcome(complaint, at) },
          data: { judgement: input.judgement, agreementIds },
        };
      },
    });
  },

  async startMonitoring(complaintId: number, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({ complaintId, action: 'startMonitoring', actor, scope, input: {} });
  },

  async recordAgreementResult(complaintId: number, agreementId: number, input: AgreementResultInput, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'recordAgreementResult',
      actor,
      scope,
      input: async () => {
        const agreement = await strapi.db.query(UID.agreement).findOne({ where: { id: agreementId, complaintId } });
        if (!agreement) throw new NotFoundError({ nl: 'Deze afspraak hoort niet bij deze klacht.', en: 'This agreement does not belong to this complaint.' });
        return { currentStatus: agreement.status };
      },
      apply: async ({ now }) => {
        await strapi.db.query(UID.agreement).update({ where: { id: agreementId }, data: { status: input.result, settledAt: now, settledNote: input.note } });
        return { note: input.note, data: { agreementId, result: input.result } };
      },
    });
  },

  async close(complaintId: number, note: string | null, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'close',
      actor,
      scope,
      input: {},
      apply: ({ now }) => ({ changes: { closedAt: now }, note }),
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
