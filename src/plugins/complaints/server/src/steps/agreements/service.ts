/**
 * Step 5, keeping the agreements: staff start monitoring, record each agreement as kept or not, and close
 * the complaint when none is open.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE } from '../../domain/calendar';
import { today } from '../../domain/terms';
import { InvalidInputError, NotFoundError } from '../../errors';
import { UID } from '../../uids';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';

export interface AgreementResultInput {
  result: 'kept' | 'not_kept';
  note: string | null;
  /** yyyy-MM-dd; null: today. */
  settledOn?: string | null;
}

/**
 * When an agreement was settled: now, or a past day staff name (noon, Amsterdam time, so the date reads
 * the same everywhere). Not in the future, nor before the letter that made the agreement.
 */
export function settledAt(settledOn: string | null | undefined, now: Date, outcomeSentAt: string | null): Date {
  if (!settledOn || settledOn === today(now)) return now;
  if (settledOn > today(now)) throw new InvalidInputError({ settledOn: { nl: 'Deze datum ligt in de toekomst.', en: 'This date lies in the future.' } });
  if (outcomeSentAt && settledOn < today(new Date(outcomeSentAt))) {
    throw new InvalidInputError({ settledOn: { nl: 'Deze datum ligt vóór de brief met de afspraken.', en: 'This date lies before the letter with the agreements.' } });
  }
  return DateTime.fromISO(settledOn, { zone: ZONE }).set({ hour: 12 }).toJSDate();
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
      apply: async ({ complaint, now }) => {
        const at = settledAt(input.settledOn, now, complaint.outcomeSentAt);
        await strapi.db.query(UID.agreement).update({ where: { id: agreementId }, data: { status: input.result, settledAt: at, settledNote: input.note } });
        return { note: input.note, data: { agreementId, result: input.result, ...(at === now ? {} : { settledOn: input.settledOn }) } };
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
