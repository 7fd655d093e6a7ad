/**
 * Step 6, disputes (geschil): a complainant who stays dissatisfied after the internal procedure has a
 * dispute that may go to the Onafhankelijke Regionale Geschillencommissie; staff mark it eligible (the
 * committee letter follows) and record the committee's decision.
 */
import type { Core } from '@strapi/strapi';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async declareDissatisfaction(complaintId: number, note: string | null, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'declareDissatisfaction',
      actor,
      scope,
      input: {},
      apply: ({ now }) => ({ changes: { dissatisfactionDeclaredAt: now, dissatisfactionNote: note, closedAt: null }, note }),
    });
  },

  async markDisputeEligible(complaintId: number, reason: string, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'markDisputeEligible',
      actor,
      scope,
      input: {},
      apply: ({ now }) => ({ changes: { disputeEligible: true, disputeEligibleSince: now, disputeEligibilityReason: reason }, note: reason }),
    });
  },

  async recordCommitteeOutcome(complaintId: number, input: { outcome: string; decidedAt: Date | null }, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'recordCommitteeOutcome',
      actor,
      scope,
      input: {},
      apply: ({ now }) => ({
        changes: { committeeOutcome: input.outcome, committeeDecidedAt: input.decidedAt ?? now, closedAt: now },
        note: input.outcome,
      }),
    });
  },
});
