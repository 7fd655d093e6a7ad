/**
 * Reading complaints: one complaint, the facts the procedure rules need, and the row lock a change takes.
 * Lists and the dossier live in services/inbox.ts and services/dossier.ts.
 */
import type { Core } from '@strapi/strapi';
import type { Locale } from '../../../shared/messages';
import type { PersonComplainedAbout } from '../../../shared/contracts/complaints';
import type { AgreementStatus, Channel, ComplaintFacts, ComplaintStatus, HearingMode, HearingSide, HearingSkipReason, Judgement, NotAdmissibleReason } from '../domain/procedure';
import { NotFoundError } from '../errors';
import { complaintsRepository } from '../persistence/complaints';
import { dissatisfactionOpenUntil, today } from '../domain/terms';
import { getService } from './registry';
import { hearingFact } from '../steps/hearing/rows';
import { UID } from '../uids';

/**
 * A complaint as `strapi.db.query(UID.complaint)` returns it (see content-types/complaint.ts). Dates are
 * `YYYY-MM-DD` strings, datetimes ISO strings; a column left empty is null.
 */
export interface ComplaintRow {
  id: number;
  documentId: string;
  reference: string;
  referenceYear: number;
  referenceNumber: number;
  channel: Channel;
  receivedAt: string;
  receivedOn: string | null;
  preferredLanguage: Locale | null;

  complainantName: string | null;
  complainantAddress: string | null;
  complainantPostalCode: string | null;
  complainantCity: string | null;
  complainantEmail: string | null;
  complainantPhone: string | null;
  complainantClientNumber: string | null;
  representativeName: string | null;
  representativeEmail: string | null;
  representativeAddress: string | null;
  representativePostalCode: string | null;
  representativeCity: string | null;
  representativeCopiesComplainant: boolean;

  categoryId: number | null;
  departmentId: number | null;
  aboutEmployeeBehaviour: boolean;
  /** The persons complained about, where the caller has them with the row (intake); else read (services/persons.ts). */
  persons?: PersonComplainedAbout[];
  description: string;
  desiredOutcome: string | null;

  status: ComplaintStatus;
  handlerId: number | null;

  termStart: string | null;
  acknowledgementDue: string | null;
  handlingDueOriginal: string | null;
  handlingDue: string | null;
  extendedAt: string | null;
  extensionReason: string | null;
  delayConsentAt: string | null;
  delayConsentNote: string | null;

  acknowledgedAt: string | null;
  acknowledgedInTime: boolean | null;
  handledInTime: boolean | null;
  handledInOriginalTerm: boolean | null;
  handlingDays: number | null;
  answerGivenInAcknowledgement: boolean | null;
  acknowledgementAnswer: string | null;
  hearingWaivedAt: string | null;
  solvedAgreedHow: string | null;
  solvedAgreedAt: string | null;

  judgement: Judgement | null;
  findings: string | null;
  conclusions: string | null;
  noAgreements: boolean | null;
  outcomeSentAt: string | null;
  outcomeAcceptedAt: string | null;

  dissatisfactionDeclaredAt: string | null;
  dissatisfactionNote: string | null;
  disputeEligible: boolean | null;
  disputeEligibleSince: string | null;
  disputeEligibilityReason: string | null;
  committeeOutcome: string | null;
  committeeDecidedAt: string | null;

  notAdmissibleReason: NotAdmissibleReason | null;
  notAdmissibleExplanation: string | null;
  notAdmissibleReferral: string | null;
  notAdmissibleNoticeDue: string | null;

  withdrawnAt: string | null;
  withdrawalReason: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
  relatedComplaintIds: number[] | null;
  forwardedTo: string | null;
  forwardedAt: string | null;
  forwardReason: string | null;
  closedAt: string | null;
  anonymisedAt: string | null;
  surveySatisfied: boolean | null;
  surveyMark: number | null;
  surveyComment: string | null;
  surveyAnsweredAt: string | null;

  submissionKeyHash: string | null;
  trackingTokenHash: string | null;
  formTokenNonce: string | null;

  createdAt: string;
  updatedAt: string;
}

/** An agreement row (content-types/agreement.ts). */
export interface AgreementRow {
  id: number;
  complaintId: number;
  description: string;
  ownerUserId: number | null;
  ownerDepartmentId: number | null;
  dueDate: string;
  status: AgreementStatus;
  settledAt: string | null;
  settledNote: string | null;
}

/** A part of a complaint with its own judgement (content-types/complaint-part.ts). */
export interface PartRow {
  id: number;
  complaintId: number;
  position: number;
  description: string;
  judgement: Judgement;
  earlierRound: boolean | null;
}

/** A hearing row (content-types/hearing.ts); the complaint's current one is its latest. */
export interface HearingRow {
  id: number;
  complaintId: number;
  side: HearingSide | null;
  respondBy: string | null;
  earlierRound: boolean | null;
  plannedAt: string | null;
  mode: HearingMode | null;
  location: string | null;
  attendees: string | null;
  accusedInvited: boolean | null;
  accusedPresent: boolean | null;
  complainantPresent: boolean | null;
  minutes: string | null;
  proposedSolution: string | null;
  heldAt: string | null;
  skippedReason: HearingSkipReason | null;
  skippedNote: string | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findById(id: number): Promise<ComplaintRow | null> {
    if (!Number.isInteger(id) || id <= 0) return null;
    return strapi.db.query(UID.complaint).findOne({ where: { id } });
  },

  async requireById(id: number): Promise<ComplaintRow> {
    const complaint = await this.findById(id);
    if (!complaint) throw new NotFoundError({ nl: 'Deze klacht bestaat niet.', en: 'This complaint does not exist.' });
    return complaint;
  },

  /** Inside a transaction: lock the complaint row until commit (PostgreSQL; SQLite has one writer). */
  async lock(trx: Core.Strapi['db']['connection'], id: number): Promise<void> {
    await complaintsRepository(strapi).lock(trx, id);
  },

  async agreementStatuses(complaintId: number): Promise<AgreementStatus[]> {
    const rows = await strapi.db.query(UID.agreement).findMany({ where: { complaintId }, select: ['status'] });
    return rows.map((r: Pick<AgreementRow, 'status'>) => r.status);
  },

  async departmentManagerId(departmentId: number | null): Promise<number | null> {
    if (!departmentId) return null;
    const department = await strapi.db.query(UID.department).findOne({ where: { id: departmentId }, select: ['managerId'] });
    return department?.managerId ?? null;
  },

  async facts(complaint: ComplaintRow): Promise<ComplaintFacts> {
    // Sequential: inside a transaction both queries share one connection.
    const agreementStatuses = await this.agreementStatuses(complaint.id);
    const departmentManagerId = await this.departmentManagerId(complaint.departmentId);
    const hearings = await getService(strapi, 'hearing').ofRound(complaint);
    const accusedUserIds = await getService(strapi, 'persons').accountsOn(complaint);
    const settings = await getService(strapi, 'settings').get();
    return {
      status: complaint.status,
      aboutEmployeeBehaviour: Boolean(complaint.aboutEmployeeBehaviour),
      accusedUserIds,
      handlerId: complaint.handlerId ?? null,
      departmentManagerId,
      acknowledgedAt: complaint.acknowledgedAt ?? null,
      answerGivenInAcknowledgement: Boolean(complaint.answerGivenInAcknowledgement),
      outcomeSentAt: complaint.outcomeSentAt ?? null,
      outcomeAcceptedAt: complaint.outcomeAcceptedAt ?? null,
      handlingDueOriginal: complaint.handlingDueOriginal ?? null,
      handlingDue: complaint.handlingDue ?? null,
      extendedAt: complaint.extendedAt ?? null,
      dissatisfactionDeclaredAt: complaint.dissatisfactionDeclaredAt ?? null,
      disputeEligible: Boolean(complaint.disputeEligible),
      noAgreements: Boolean(complaint.noAgreements),
      agreementStatuses,
      hearings: hearings.map(hearingFact),
      today: today(getService(strapi, 'clock').now()),
      dissatisfactionOpenUntil: dissatisfactionOpenUntil(complaint.outcomeSentAt, settings.dissatisfactionWindowWeeks),
    };
  },
});
