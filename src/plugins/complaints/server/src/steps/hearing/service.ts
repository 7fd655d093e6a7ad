/**
 * Step 3, hoor en wederhoor (Awb 9:10): plan the conversation, record it with a report, or skip it with the
 * recorded reason. One hearing row per complaint; planning again reschedules it.
 */
import type { Core } from '@strapi/strapi';
import { InvalidInputError } from '../../errors';
import type { HearingMode, HearingSkipReason } from '../../domain/procedure';
import { UID } from '../../uids';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import type { PreparedAttachment } from '../../services/attachments';
import { getService } from '../../services/registry';

export interface PlanHearingInput {
  plannedAt: Date;
  mode: HearingMode;
  location: string | null;
  attendees: string | null;
  accusedInvited: boolean;
}

export interface RecordHearingInput {
  heldAt: Date | null;
  minutes: string;
  proposedSolution: string | null;
  complainantPresent: boolean;
  accusedPresent: boolean;
}

export interface SkipHearingInput {
  reason: HearingSkipReason;
  note: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function current(complaintId: number) {
    return strapi.db.query(UID.hearing).findOne({ where: { complaintId }, orderBy: { id: 'desc' } });
  }

  /** The hearing being planned changes; one already held or skipped stays as it was (a reopened complaint is heard anew). */
  async function save(complaintId: number, data: Record<string, unknown>) {
    const existing = await current(complaintId);
    return existing && !existing.heldAt && !existing.skippedReason
      ? strapi.db.query(UID.hearing).update({ where: { id: existing.id }, data })
      : strapi.db.query(UID.hearing).create({ data: { complaintId, ...data } });
  }

  return {
    current,

    async planHearing(complaintId: number, input: PlanHearingInput, actor: Actor, scope: AccessScope | null) {
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'planHearing',
        actor,
        scope,
        input: { plannedAt: input.plannedAt, accusedInvited: input.accusedInvited },
        apply: async ({ complaint }) => {
          const hearing = await save(complaintId, { ...input });
          return {
            data: {
              hearingId: hearing.id,
              plannedAt: input.plannedAt.toISOString(),
              mode: input.mode,
              location: input.location,
              accusedInvited: input.accusedInvited,
              rescheduled: complaint.status === 'hearing_planned',
            },
          };
        },
      });
    },

    /** With `documents` (checked and scanned already) stored as the report's, in the same transaction. */
    async recordHearing(complaintId: number, input: RecordHearingInput, actor: Actor, scope: AccessScope | null, documents: PreparedAttachment[] = []) {
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'recordHearing',
        actor,
        scope,
        input: { minutes: input.minutes },
        apply: async ({ now, trx }) => {
          // the letters say "on <day> we talked with you": a day that has not come yet cannot be it
          if (input.heldAt && input.heldAt.getTime() > now.getTime()) {
            throw new InvalidInputError({
              heldAt: { nl: 'Dit moment ligt in de toekomst: vul in wanneer het gesprek is gehouden.', en: 'This moment lies in the future: enter when the hearing was held.' },
            });
          }
          const hearing = await save(complaintId, { ...input, heldAt: input.heldAt ?? now });
          await getService(strapi, 'attachments').insert(trx, documents, complaintId, 'hearing_report', actor, now);
          return {
            data: { hearingId: hearing.id, complainantPresent: input.complainantPresent, accusedPresent: input.accusedPresent, ...(documents.length ? { attachments: documents.length } : {}) },
          };
        },
      });
    },

    async skipHearing(complaintId: number, input: SkipHearingInput, actor: Actor, scope: AccessScope | null) {
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'skipHearing',
        actor,
        scope,
        input: { reason: input.reason },
        apply: async ({ now }) => {
          const hearing = await save(complaintId, { skippedReason: input.reason, skippedNote: input.note });
          return {
            changes: input.reason === 'complainant_waived' ? { hearingWaivedAt: now } : {},
            note: input.note,
            data: { hearingId: hearing.id, reason: input.reason },
          };
        },
      });
    },
  };
};
