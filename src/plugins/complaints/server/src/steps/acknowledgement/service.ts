/**
 * Step 2, acknowledgement (ontvangstbevestiging, Awb 9:6): confirm receipt, possibly with an answer; close
 * early when the complainant agrees with that answer (Awb 9:5); or decline to handle (Awb 9:8).
 */
import type { Core } from '@strapi/strapi';
import type { NotAdmissibleReason } from '../../domain/procedure';
import type { AgreedHow } from '../../../../shared/procedure';
import { handlingOutcome, today } from '../../domain/terms';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import type { ComplaintRow } from '../../services/complaints';
import { getService } from '../../services/registry';
import { ProcedureConflictError } from '../../errors';

const HANDLER_REQUIRED = {
  nl: 'Deze klacht heeft nog geen behandelaar en u mag klachten van deze afdeling niet zelf behandelen. Wijs eerst een behandelaar toe.',
  en: 'This complaint has no handler yet and you may not handle complaints of this department yourself. Assign a handler first.',
};

export interface AcknowledgeInput {
  answer: string | null;
  inviteForHearing: boolean;
}

export interface ResolveInput {
  agreedHow: AgreedHow;
  hearingWaived: boolean;
  note: string | null;
}

export interface NotAdmissibleInput {
  reason: NotAdmissibleReason;
  explanation: string;
  referral: string;
  relatedReference?: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Who handles the complaint from its acknowledgement on: its handler, or else the staff member who
   * acknowledges it, when they may handle its department. Nobody handling it is not an option: the terms
   * and reminders need someone to go to.
   */
  const handlerOnAcknowledgement = async (complaint: ComplaintRow, actor: Actor): Promise<number> => {
    if (complaint.handlerId) return complaint.handlerId;
    if (actor.type === 'admin' && (await getService(strapi, 'access').mayHandle(actor.id, complaint.departmentId))) return actor.id;
    throw new ProcedureConflictError('handler_required', HANDLER_REQUIRED);
  };

  return {
    async acknowledge(complaintId: number, input: AcknowledgeInput, actor: Actor, scope: AccessScope | null) {
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'acknowledge',
        actor,
        scope,
        input: { answer: input.answer },
        apply: async ({ complaint, now }) => {
          const handlerId = await handlerOnAcknowledgement(complaint, actor);
          return {
            changes: {
              handlerId,
              acknowledgedAt: now,
              acknowledgedInTime: !complaint.acknowledgementDue || today(now) <= complaint.acknowledgementDue,
              answerGivenInAcknowledgement: Boolean(input.answer),
              acknowledgementAnswer: input.answer,
            },
            data: { answer: input.answer, inviteForHearing: input.inviteForHearing, ...(complaint.handlerId ? {} : { handlerAssigned: handlerId }) },
          };
        },
      });
    },

    async resolveAtAcknowledgement(complaintId: number, input: ResolveInput, actor: Actor, scope: AccessScope | null) {
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'resolveAtAcknowledgement',
        actor,
        scope,
        input: { hearingWaived: input.hearingWaived },
        apply: ({ complaint, now }) => ({
          changes: { solvedAgreedAt: now, solvedAgreedHow: input.agreedHow, hearingWaivedAt: input.hearingWaived ? now : complaint.hearingWaivedAt, closedAt: now, ...handlingOutcome(complaint, now) },
          note: input.note,
          data: { hearingWaived: input.hearingWaived, agreedHow: input.agreedHow },
        }),
      });
    },

    /** "Handled before" names the earlier complaint: the two are linked with the notice, in its transaction. */
    async declareNotAdmissible(complaintId: number, input: NotAdmissibleInput, actor: Actor, scope: AccessScope | null) {
      const links = getService(strapi, 'links');
      const related = input.relatedReference ? await links.resolve(await getService(strapi, 'complaints').requireById(complaintId), input.relatedReference, scope) : null;
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'declareNotAdmissible',
        actor,
        scope,
        input: { reason: input.reason },
        apply: async ({ complaint, now }) => {
          if (related) await links.link(complaint, related, actor, now);
          return {
          changes: {
            // in time against the notice's own term (Awb 9:8: four weeks), not the handling term
            ...handlingOutcome(complaint, now, 'not_handled_notice'),
            notAdmissibleReason: input.reason,
            notAdmissibleExplanation: input.explanation,
            notAdmissibleReferral: input.referral,
            closedAt: now,
          },
          note: input.explanation,
          data: { reason: input.reason, referral: input.referral, ...(related ? { relatedId: related.id } : {}) },
          };
        },
      });
    },
  };
};
