/**
 * Handling across the steps: the handling term (Awb 9:11: extended once by at most four weeks, further
 * only with the complainant's written consent), the handler (Awb 9:7: never the person complained about),
 * withdrawal by the complainant, and reopening a finished complaint.
 */
import type { Core } from '@strapi/strapi';
import { initialHandler } from '../../domain/procedure';
import { initialTerms, latestExtendedDue } from '../../domain/terms';
import { InvalidInputError } from '../../errors';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import { getService } from '../../services/registry';
import { usersRepository } from '../../persistence/users';
import { UID } from '../../uids';

export interface ExtendInput {
  until: string;
  reason: string;
}

export interface DelayConsentInput {
  until: string;
  consentNote: string;
}

/** What ended a complaint: cleared when it is reopened (kept in the audit event's `previous`). */
const ENDED_BY = [
  'closedAt',
  'withdrawnAt',
  'withdrawalReason',
  'outcomeSentAt',
  'outcomeAcceptedAt',
  'dissatisfactionDeclaredAt',
  'dissatisfactionNote',
  'disputeEligible',
  'disputeEligibleSince',
  'disputeEligibilityReason',
  'committeeOutcome',
  'committeeDecidedAt',
  'notAdmissibleReason',
  'notAdmissibleExplanation',
  'notAdmissibleReferral',
  'solvedAgreedAt',
  'solvedAgreedHow',
  'extendedAt',
  'extensionReason',
  'delayConsentAt',
  'delayConsentNote',
  'forwardedTo',
  'forwardedAt',
  'forwardReason',
  'handledInOriginalTerm',
  'handlingDays',
] as const;

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
        // a reopened complaint's terms count from its reopening
        latestAllowed: latestExtendedDue(complaint.reopenedAt ?? complaint.receivedAt, settings, calendars.statutory),
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

  /**
   * To another department (the wrong one was chosen, or the matter belongs elsewhere): staff move it only
   * into a department they may see themselves. A behaviour complaint goes to the new department's manager
   * (Awb 9:7: unless that is the person complained about); otherwise the handler stays only where they may
   * handle the new department's complaints. The terms run on: the complaint was received when it was.
   */
  async transferDepartment(complaintId: number, departmentId: number, reason: string, actor: Actor, scope: AccessScope | null) {
    if (scope) getService(strapi, 'access').assertMayRegisterInto(scope, departmentId);
    const department = (await getService(strapi, 'catalog').departments()).find((d) => d.id === departmentId && d.active);
    if (!department) throw new InvalidInputError({ departmentId: { nl: 'Kies een actieve afdeling.', en: 'Choose an active department.' } });
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'transferDepartment',
      actor,
      scope,
      input: (complaint) => ({ departmentId, currentDepartmentId: complaint.departmentId }),
      apply: async ({ complaint }) => {
        const staysWith = complaint.handlerId !== null && (await getService(strapi, 'access').mayHandle(complaint.handlerId, departmentId));
        const accusedUserIds = await getService(strapi, 'persons').accountsOn(complaint);
        const superiorId = complaint.aboutEmployeeBehaviour ? await getService(strapi, 'access').superiorFor(department, accusedUserIds) : null;
        const handlerId = complaint.aboutEmployeeBehaviour ? initialHandler({ aboutEmployeeBehaviour: true, accusedUserIds }, department.managerId ?? null, superiorId) : staysWith ? complaint.handlerId : null;
        return {
          changes: { departmentId, handlerId },
          note: reason,
          data: { from: complaint.departmentId, to: departmentId, department: department.name, handlerFrom: complaint.handlerId, handlerTo: handlerId },
        };
      },
    });
  },

  /**
   * Awb 2:3: a complaint meant for another organisation is sent on to it as soon as possible, and the
   * complainant is told so in writing (the letter "Klacht doorgestuurd"); here it is finished.
   */
  async forward(complaintId: number, organisation: string, reason: string, actor: Actor, scope: AccessScope | null) {
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'forward',
      actor,
      scope,
      input: { organisation },
      apply: ({ now }) => ({ changes: { forwardedTo: organisation, forwardedAt: now, forwardReason: reason, closedAt: now }, note: reason, data: { organisation } }),
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

  /**
   * A finished complaint handled again (new facts, an unhappy complainant): back to acknowledging, or
   * to hearing both sides when receipt was confirmed, with fresh terms from today. What ended it (the
   * outcome and the answer to it, the dispute, the withdrawal, the not-handled notice, an extension) is
   * cleared so the procedure can run again, and kept in the audit event; letters and hearings stay.
   */
  async reopen(complaintId: number, reason: string, actor: Actor, scope: AccessScope | null) {
    const settingsService = getService(strapi, 'settings');
    const [settings, calendars] = await Promise.all([settingsService.get(), settingsService.calendars()]);
    return getService(strapi, 'transitions').run({
      complaintId,
      action: 'reopen',
      actor,
      scope,
      input: { reason },
      apply: async ({ complaint, decision, now }) => {
        // heard anew: the conversations so far belong to the round that ended (kept, no longer counted)
        await strapi.db.query(UID.hearing).updateMany({ where: { complaintId: complaint.id }, data: { earlierRound: true } });
        // and the parts judged in the outcome that ended it
        await strapi.db.query(UID.part).updateMany({ where: { complaintId: complaint.id }, data: { earlierRound: true } });
        const previous = Object.fromEntries(ENDED_BY.map((field) => [field, (complaint as unknown as Record<string, unknown>)[field] ?? null]));
        const terms = initialTerms(now, calendars, settings);
        const changes: Record<string, unknown> = {
          ...Object.fromEntries(ENDED_BY.map((field) => [field, field === 'disputeEligible' ? false : null])),
          reopenedAt: now,
          reopenReason: reason,
          termStart: terms.termStart,
          handlingDueOriginal: terms.handlingDue,
          handlingDue: terms.handlingDue,
          notAdmissibleNoticeDue: terms.notAdmissibleNoticeDue,
          // receipt is confirmed again only when it never was
          ...(decision.to === 'received' ? { acknowledgementDue: terms.acknowledgementDue } : {}),
        };
        return { changes, note: reason, data: { from: complaint.status, previous, handlingDue: terms.handlingDue } };
      },
    });
  },
});
