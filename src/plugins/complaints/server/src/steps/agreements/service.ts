/**
 * Step 5, keeping the agreements: staff start monitoring, record each agreement as kept or not, and close
 * the complaint when none is open.
 */
import type { Core } from '@strapi/strapi';
import { NotFoundError } from '../../errors';
import { UID } from '../../uids';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';

export interface AgreementResultInput {
  result: 'kept' | 'not_kept';
  note: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
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
});
