/**
 * Questions from staff to the complainant: asked in the dossier (a letter with the question goes out, by
 * e-mail or by post as the complainant's other letters do), answered on the status page, with documents if
 * need be. The answer lands in the dossier and its timeline, and the handler hears of it by e-mail.
 */
import type { Core } from '@strapi/strapi';
import { FINAL_STATUSES } from '../domain/procedure';
import { InvalidInputError, NotFoundError, ProcedureConflictError } from '../errors';
import { today } from '../domain/terms';
import { UID } from '../uids';
import type { Actor } from './actor';
import { PUBLIC } from './actor';
import type { IncomingFile } from './attachments';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

export interface QuestionRow {
  id: number;
  complaintId: number;
  question: string;
  askedById: number | null;
  askedAt: string;
  answerBy: string | null;
  answer: string | null;
  answeredAt: string | null;
}

const FINISHED = {
  nl: 'Deze klacht is afgehandeld; er kan geen vraag meer worden gesteld of beantwoord.',
  en: 'This complaint has been dealt with; no question can be asked or answered any more.',
};

const ANSWERED = { nl: 'Deze vraag heeft u al beantwoord.', en: 'You have already answered this question.' };

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
const day = (value: unknown) => (value ? String(value instanceof Date ? value.toISOString() : value).slice(0, 10) : null);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(complaintId: number): Promise<QuestionRow[]> {
    return (await strapi.db.query(UID.question).findMany({ where: { complaintId }, orderBy: [{ askedAt: 'asc' }, { id: 'asc' }] })) as QuestionRow[];
  },

  /** As the dossier and the status page show them (the status page names nobody: no lookup of names). */
  async view(complaintId: number, { withNames = true }: { withNames?: boolean } = {}) {
    const rows = await this.list(complaintId);
    const names = withNames ? await getService(strapi, 'dossier').userNames(rows.map((r) => r.askedById)) : new Map<number, string>();
    return rows.map((r) => ({
      id: r.id,
      question: r.question,
      askedAt: iso(r.askedAt) as string,
      askedBy: r.askedById ? (names.get(r.askedById) ?? null) : null,
      answerBy: day(r.answerBy),
      answer: r.answer ?? null,
      answeredAt: iso(r.answeredAt),
    }));
  },

  /** Staff ask: the question, its audit event and the letter to the complainant are stored together. */
  async ask(complaintId: number, actor: Actor, input: { question: string; answerBy: string | null }): Promise<void> {
    const now = getService(strapi, 'clock').now();
    if (input.answerBy && input.answerBy < today(now)) {
      throw new InvalidInputError({ answerBy: { nl: 'Deze datum ligt in het verleden.', en: 'This date lies in the past.' } });
    }
    await strapi.db.transaction(async ({ trx }) => {
      const complaints = getService(strapi, 'complaints');
      await complaints.lock(trx, complaintId);
      const complaint = await complaints.requireById(complaintId);
      if (FINAL_STATUSES.includes(complaint.status) || complaint.anonymisedAt) throw new ProcedureConflictError('complaint_finished', FINISHED);
      const question = await strapi.db.query(UID.question).create({ data: { complaintId, question: input.question, askedById: actor.type === 'admin' ? actor.id : null, askedAt: now, answerBy: input.answerBy } });
      await getService(strapi, 'audit').record({ complaintId, type: 'complaint.question_asked', actor, data: { questionId: question.id }, at: now });
      const letters = getService(strapi, 'letters');
      const asked = { text: input.question, answerBy: input.answerBy, answer: null };
      await letters.queueMany(
        complaint,
        letters.complainantSide(complaint).map(({ recipient, channel }) => ({ kind: 'complainant_question' as const, audience: 'complainant' as const, recipient, channel, question: asked })),
      );
    });
  },

  /** The complainant answers on the status page; documents with the answer are scanned like every upload. */
  async answer(complaint: ComplaintRow, questionId: number, answer: string, files: IncomingFile[]): Promise<void> {
    const question = (await strapi.db.query(UID.question).findOne({ where: { id: questionId, complaintId: complaint.id } })) as QuestionRow | null;
    if (!question) throw new NotFoundError({ nl: 'Deze vraag bestaat niet.', en: 'This question does not exist.' });
    if (question.answeredAt) throw new ProcedureConflictError('question_answered', ANSWERED);
    if (FINAL_STATUSES.includes(complaint.status)) throw new ProcedureConflictError('complaint_finished', FINISHED);
    // the documents first (checked and scanned); an answer is stored only with them
    if (files.length) await getService(strapi, 'attachments').attach(complaint.id, files, 'answer', PUBLIC);
    const now = getService(strapi, 'clock').now();
    const stored = await strapi.db.transaction(async () => {
      // only an open question takes the answer: two answers at once store one
      const updated = await strapi.db.query(UID.question).updateMany({ where: { id: questionId, answeredAt: { $null: true } }, data: { answer, answeredAt: now } });
      if (!updated.count) return false;
      await getService(strapi, 'audit').record({ complaintId: complaint.id, type: 'complaint.question_answered', actor: PUBLIC, data: { questionId, attachments: files.length }, at: now });
      const letters = getService(strapi, 'letters');
      const handler = await letters.staff([complaint.handlerId]);
      const recipients = handler.length ? handler : await letters.departmentRecipients(complaint);
      await letters.queueMany(
        complaint,
        recipients.filter((r) => r.email).map((recipient) => ({ kind: 'staff_question_answered' as const, audience: 'staff' as const, recipient, channel: 'email' as const, question: { text: question.question, answerBy: day(question.answerBy), answer } })),
      );
      return true;
    });
    if (!stored) throw new ProcedureConflictError('question_answered', ANSWERED);
  },
});
