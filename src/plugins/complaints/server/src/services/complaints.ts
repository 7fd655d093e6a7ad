/**
 * Reading complaints: one complaint, the facts the procedure rules need, and the row lock a change takes.
 * Lists and the dossier live in services/inbox.ts and services/dossier.ts.
 */
import type { Core } from '@strapi/strapi';
import type { AgreementStatus, ComplaintFacts } from '../domain/procedure';
import { NotFoundError } from '../errors';
import { TABLE, UID } from '../uids';

export type ComplaintRow = Record<string, any> & {
  id: number;
  reference: string;
  receivedAt: string;
  status: ComplaintFacts['status'];
  departmentId: number | null;
  handlerId: number | null;
  aboutEmployeeBehaviour: boolean;
};

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
  async lock(trx: any, id: number): Promise<void> {
    if (strapi.db.dialect.client === 'postgres') {
      await trx(TABLE.complaint).select('id').where({ id }).forUpdate();
    }
  },

  async agreementStatuses(complaintId: number): Promise<AgreementStatus[]> {
    const rows = await strapi.db.query(UID.agreement).findMany({ where: { complaintId }, select: ['status'] });
    return rows.map((r: { status: AgreementStatus }) => r.status);
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
    return {
      status: complaint.status,
      aboutEmployeeBehaviour: Boolean(complaint.aboutEmployeeBehaviour),
      accusedUserId: complaint.accusedUserId ?? null,
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
    };
  },
});
