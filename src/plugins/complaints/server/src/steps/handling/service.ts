/**
 * Handling across the steps: the handling term (Awb 9:11: extended once by at most four weeks, further
 * only with the complainant's written consent), the handler (Awb 9:7: never the person complained about),
 * and withdrawal by the complainant.
 */
import type { Core } from '@strapi/strapi';
import { latestExtendedDue } from '../../domain/terms';
import { InvalidInputError } from '../../errors';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';
import { usersRepository } from '../../persistence/users';

export interface ExtendInput {
  until: string;
  reason: string;
}

export interface DelayConsentInput {
  until: string;
  consentNote: string;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async extendHandlingTerm(complaintId: number, input: ExtendInput, actor: Actor, scope: AccessScope | null) {
    const settingsService = getService(strapi, 'settings');
    const [settings, calendars] = await Promise.all([settingsService.get(), settingsService.calendars()]);
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'extendHandlingTerm',
      actor,
      scope,
      input: (complaint) => ({
        until: input.until,
        latestAllowed: latestExtendedDue(complaint.receivedAt, settings, calendars.statutory),
      }),
      apply: ({ complaint, now }) => ({
        changes: { handlingDue: input.until, extendedAt: now, extensionReason: input.reason },
        note: input.reason,
        data: { from: complaint.handlingDue, until: input.until },
      }),
    });
  },

  async recordDelayConsent(complaintId: number, input: DelayConsentInput, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'recordDelayConsent',
      actor,
      scope,
      input: { until: input.until },
      apply: ({ complaint, now }) => ({
        changes: { handlingDue: input.until, delayConsentAt: now, delayConsentNote: input.consentNote },
        note: input.consentNote,
        data: { from: complaint.handlingDue, until: input.until },
      }),
    });
  },

  async assignHandler(complaintId: number, handlerId: number, actor: Actor, scope: AccessScope | null) {
    if (!(await usersRepository(strapi).isActive(handlerId))) throw new InvalidInputError({ handlerId: { nl: 'Kies een actieve medewerker.', en: 'Choose an active staff member.' } });
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'assignHandler',
      actor,
      scope,
      input: { handlerId },
      apply: async ({ complaint }) => {
        // the handler must be able to act on the complaint: see it and handle it, in its department
        if (!(await getService(strapi, 'access').mayHandle(handlerId, complaint.departmentId))) {
          throw new InvalidInputError({
            handlerId: { nl: 'Kies een medewerker die klachten van deze afdeling mag behandelen.', en: 'Choose a staff member who may handle complaints of this department.' },
          });
        }
        return { changes: { handlerId }, data: { from: complaint.handlerId, to: handlerId } };
      },
    });
  },

  async withdraw(complaintId: number, reason: string | null, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'withdraw',
      actor,
      scope,
      input: {},
      apply: ({ now }) => ({ changes: { withdrawnAt: now, withdrawalReason: reason, closedAt: now }, note: reason }),
    });
  },
});
