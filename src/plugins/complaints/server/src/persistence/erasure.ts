/**
 * Erasure (AVG art. 17) of what surrounds a complaint: the texts of its hearings and agreements, an outcome
 * still being written, its letters' addressees and contents, and the personal parts of its audit events.
 * The complaint row itself is the privacy service's; this is the part that needs the tables as stored.
 */
import type { Core } from '@strapi/strapi';
import { TABLE, UID } from '../uids';
import type { Executor } from './database';

export async function eraseAroundComplaint(
  strapi: Core.Strapi,
  trx: Executor,
  complaintId: number,
  { anonymised, keepEventKeys }: { anonymised: string; keepEventKeys: ReadonlySet<string> },
): Promise<void> {
  await strapi.db.query(UID.hearing).updateMany({ where: { complaintId }, data: { minutes: null, proposedSolution: null, attendees: null, location: null, skippedNote: null } });
  await strapi.db.query(UID.agreement).updateMany({ where: { complaintId }, data: { description: anonymised, settledNote: null } });
  await strapi.db.query(UID.part).updateMany({ where: { complaintId }, data: { description: anonymised } });
  // the persons complained about keep their account link (who may not see the complaint), not how they were named
  await strapi.db.query(UID.person).updateMany({ where: { complaintId }, data: { name: anonymised, function: null } });
  await strapi.db.query(UID.outcomeDraft).deleteMany({ where: { complaintId } });
  await strapi.db.query(UID.question).updateMany({ where: { complaintId }, data: { question: anonymised, answer: null } });
  await trx(TABLE.letter)
    .where({ complaint_id: complaintId })
    .update({ recipient_name: null, recipient_email: null, recipient_address: null, context: null, subject: anonymised, blocks: null, last_error: null });
  // mails about it: the sender and the text go; that a mail came, and its kind, stay
  await trx(TABLE.incomingMail)
    .where({ complaint_id: complaintId })
    .update({ from_name: null, from_address: null, subject: anonymised, text: null, attachments: null, refused_attachments: null });
  const events: Array<{ id: number; data: unknown }> = await trx(TABLE.event).where({ complaint_id: complaintId }).select('id', 'data');
  for (const event of events) {
    const data: unknown = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    const safe = data && typeof data === 'object' ? Object.fromEntries(Object.entries(data).filter(([key]) => keepEventKeys.has(key))) : null;
    await trx(TABLE.event).where({ id: event.id }).update({ note: null, data: safe ? JSON.stringify(safe) : null });
  }
}
