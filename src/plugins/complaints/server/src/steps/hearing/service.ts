/**
 * Step 3, hoor en wederhoor (Awb 9:10): plan a conversation with both sides or with one of them, record it
 * with a report, or record why a side is not heard. The rules of which side still has to be heard live in
 * domain/hearings.ts; this keeps the rows. A reopened complaint is heard anew: the conversations of the
 * round that ended stay, marked as such.
 */
import type { Core } from '@strapi/strapi';
import { CURRENT_ROUND } from '../../persistence/database';
import { InvalidInputError } from '../../errors';
import type { HearingMode, HearingSide, HearingSkipReason, HeardSide } from '../../domain/procedure';
import { sidesOf, sidesToHear } from '../../domain/procedure';
import { UID } from '../../uids';
import type { AccessScope } from '../../services/access';
import type { Actor } from '../../services/actor';
import type { PreparedAttachment } from '../../services/attachments';
import type { ComplaintRow, HearingRow } from '../../services/complaints';
import { getService } from '../../services/registry';
import { hears, sideOf, stateOf } from './rows';

export interface PlanHearingInput {
  plannedAt: Date;
  mode: HearingMode;
  location: string | null;
  attendees: string | null;
  side: HearingSide;
  /** The day by which the invitee is asked to say whether they want to be heard. */
  respondBy: string | null;
}

export interface RecordHearingInput {
  /** Which planned conversation, where more than one is planned. */
  side: HearingSide | null;
  heldAt: Date | null;
  minutes: string;
  proposedSolution: string | null;
  complainantPresent: boolean;
  accusedPresent: boolean;
}

export interface SkipHearingInput {
  side: HeardSide;
  reason: HearingSkipReason;
  note: string | null;
}

const planned = (row: HearingRow) => stateOf(row) === 'planned';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(UID.hearing);

  /** The conversations of the current round, oldest first. */
  async function ofRound(complaint: Pick<ComplaintRow, 'id'>): Promise<HearingRow[]> {
    return rows().findMany({ where: { complaintId: complaint.id, ...CURRENT_ROUND }, orderBy: { id: 'asc' } });
  }

  /** The planned conversation `side` names; without one, the only one planned. */
  function plannedOne(round: HearingRow[], side: HearingSide | null): HearingRow | null {
    const open = round.filter(planned);
    if (side) return open.filter((row) => sideOf(row) === side).at(-1) ?? null;
    if (open.length > 1) {
      throw new InvalidInputError({
        side: { nl: 'Er zijn meerdere gesprekken gepland: kies welk gesprek u vastlegt.', en: 'More than one hearing is planned: choose the one you record.' },
      });
    }
    return open[0] ?? null;
  }

  return {
    ofRound,

    /** The latest conversation, whichever side it heard. */
    async current(complaintId: number): Promise<HearingRow | null> {
      return rows().findOne({ where: { complaintId }, orderBy: { id: 'desc' } });
    },

    /** The latest conversation that heard `side` (the complainant's letters speak of theirs, the employee's of theirs). */
    async currentFor(complaintId: number, side: HeardSide): Promise<HearingRow | null> {
      // a complaint has a few conversations: all are read, the side decided here (rows from before sides have none)
      const latest: HearingRow[] = await rows().findMany({ where: { complaintId }, orderBy: { id: 'desc' } });
      return latest.find((row) => hears(row, side)) ?? null;
    },

    async planHearing(complaintId: number, input: PlanHearingInput, actor: Actor, scope: AccessScope | null) {
      let replanned: HearingRow | null = null;
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'planHearing',
        actor,
        scope,
        input: async (complaint) => {
          // planning again moves the conversation planned for the same people; another side gets its own
          replanned = (await ofRound(complaint)).filter((row) => planned(row) && sideOf(row) === input.side).at(-1) ?? null;
          return { plannedAt: input.plannedAt, side: input.side, respondBy: input.respondBy };
        },
        apply: async () => {
          const data = { ...input, accusedInvited: input.side !== 'complainant' };
          const hearing = replanned ? await rows().update({ where: { id: replanned.id }, data }) : await rows().create({ data: { complaintId, ...data } });
          return {
            data: {
              hearingId: hearing.id,
              side: input.side,
              plannedAt: input.plannedAt.toISOString(),
              mode: input.mode,
              location: input.location,
              respondBy: input.respondBy,
              accusedInvited: data.accusedInvited,
              rescheduled: Boolean(replanned),
            },
          };
        },
      });
    },

    /** With `documents` (checked and scanned already) stored as the report's, in the same transaction. */
    async recordHearing(complaintId: number, input: RecordHearingInput, actor: Actor, scope: AccessScope | null, documents: PreparedAttachment[] = []) {
      let hearing: HearingRow | null = null;
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'recordHearing',
        actor,
        scope,
        input: async (complaint) => {
          hearing = plannedOne(await ofRound(complaint), input.side);
          return { minutes: input.minutes, side: hearing ? sideOf(hearing) : (input.side ?? 'both') };
        },
        apply: async ({ now, trx }) => {
          // the letters say "on <day> we talked with you": a day that has not come yet cannot be it
          if (input.heldAt && input.heldAt.getTime() > now.getTime()) {
            throw new InvalidInputError({
              heldAt: { nl: 'Dit moment ligt in de toekomst: vul in wanneer het gesprek is gehouden.', en: 'This moment lies in the future: enter when the hearing was held.' },
            });
          }
          const { side: _side, ...report } = input;
          const data = { ...report, heldAt: input.heldAt ?? now };
          const row = hearing ? await rows().update({ where: { id: hearing.id }, data }) : await rows().create({ data: { complaintId, side: input.side ?? 'both', ...data } });
          await getService(strapi, 'attachments').insert(trx, documents, complaintId, 'hearing_report', actor, now);
          return {
            data: { hearingId: row.id, side: sideOf(row), complainantPresent: input.complainantPresent, accusedPresent: input.accusedPresent, ...(documents.length ? { attachments: documents.length } : {}) },
          };
        },
      });
    },

    /**
     * A side not heard: the conversation planned for that side alone is called off with the reason; one
     * planned with both goes on with the other side where that side still has to be heard.
     */
    async skipHearing(complaintId: number, input: SkipHearingInput, actor: Actor, scope: AccessScope | null) {
      let round: HearingRow[] = [];
      let complaintRow: ComplaintRow | null = null;
      return getService(strapi, 'transitions').run({
        complaintId,
        action: 'skipHearing',
        actor,
        scope,
        input: async (complaint) => {
          complaintRow = complaint;
          round = await ofRound(complaint);
          return { reason: input.reason, side: input.side };
        },
        apply: async ({ now }) => {
          const skipped = { skippedReason: input.reason, skippedNote: input.note };
          const open = round.filter((row) => planned(row) && hears(row, input.side)).at(-1);
          const other: HeardSide = input.side === 'complainant' ? 'accused' : 'complainant';
          const otherStillToHear =
            sidesToHear({ aboutEmployeeBehaviour: Boolean(complaintRow?.aboutEmployeeBehaviour) }).includes(other) &&
            !round.some((row) => !planned(row) && sidesOf(sideOf(row)).includes(other));
          let hearing: HearingRow;
          if (open && sideOf(open) === 'both' && otherStillToHear) {
            await rows().update({ where: { id: open.id }, data: { side: other, accusedInvited: other === 'accused' } });
            hearing = await rows().create({ data: { complaintId, side: input.side, ...skipped } });
          } else if (open) {
            hearing = await rows().update({ where: { id: open.id }, data: skipped });
          } else {
            hearing = await rows().create({ data: { complaintId, side: input.side, accusedInvited: input.side === 'accused', ...skipped } });
          }
          return {
            changes: input.side === 'complainant' && input.reason === 'complainant_waived' ? { hearingWaivedAt: now } : {},
            note: input.note,
            data: { hearingId: hearing.id, side: input.side, reason: input.reason },
          };
        },
      });
    },
  };
};
