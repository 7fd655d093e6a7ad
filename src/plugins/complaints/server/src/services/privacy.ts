/**
 * Privacy by default (AVG/GDPR): personal data kept no longer than the retention term after closing,
 * then anonymised by a daily job; erasure on request, audited with who and why; and the right of access:
 * everything held on one complainant as JSON or a readable PDF.
 *
 * Anonymisation keeps what statistics need (reference, dates, category, department, step history,
 * judgement, terms) and removes the rest: complainant fields, free text, hearing minutes, letters and the
 * notes and data of audit events. The audit trail is append-only for every other code path; scrubbing its
 * personal data here is the single, audited exception (raw knex, past the lifecycle guard).
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { AGREEMENT_STATUS_LABELS, JUDGEMENT_LABELS, STATUS_LABELS, type AgreementStatus, type Judgement } from '../domain/procedure';
import { LETTER_STATUS_LABELS, type LetterStatus } from '../../../shared/procedure';
import { ZONE } from '../domain/calendar';
import { InvalidInputError, ProcedureConflictError } from '../errors';
import { blocksToText } from '../letters/render';
import type { InlineRun, LetterBlock } from '../letters/types';
import { eraseAroundComplaint } from '../persistence/erasure';
import { UID } from '../uids';
import type { Actor } from './actor';
import type { AgreementRow, ComplaintRow, HearingRow, PartRow } from './complaints';
import type { LetterRow } from './letters';
import type { IncomingMail } from '../../../shared/contracts/mail';
import type { LegacyAccusedColumns } from './persons';
import { getService } from './registry';
import { retentionJob } from '../jobs/retention';

export const ANONYMISED = '[geanonimiseerd]';

/** Event data keys that never hold personal data (codes, ids, dates); the rest is dropped. */
const SAFE_EVENT_KEYS = new Set(['format', 'attachments', 'source', 'count', 'questionId', 'satisfied', 'mark', 'channel', 'departmentId', 'handlerId', 'aboutEmployeeBehaviour', 'inviteForHearing', 'hearingWaived', 'reason', 'hearingId', 'plannedAt', 'mode', 'accusedInvited', 'side', 'respondBy', 'rescheduled', 'complainantPresent', 'accusedPresent', 'judgement', 'parts', 'agreementIds', 'agreementId', 'result', 'from', 'to', 'until', 'letterId', 'kind', 'relatedId']);

const COMPLAINT_SCRUB = {
  complainantName: ANONYMISED,
  complainantEmail: null,
  complainantPhone: null,
  complainantAddress: null,
  complainantPostalCode: null,
  complainantCity: null,
  complainantClientNumber: null,
  representativeName: null,
  representativeEmail: null,
  representativeAddress: null,
  representativePostalCode: null,
  representativeCity: null,
  accusedName: null,
  accusedFunction: null,
  description: ANONYMISED,
  desiredOutcome: null,
  acknowledgementAnswer: null,
  findings: null,
  conclusions: null,
  notAdmissibleExplanation: null,
  notAdmissibleReferral: null,
  extensionReason: null,
  delayConsentNote: null,
  dissatisfactionNote: null,
  disputeEligibilityReason: null,
  committeeOutcome: null,
  withdrawalReason: null,
  reopenReason: null,
  forwardReason: null,
  surveyComment: null,
  trackingTokenHash: null,
};

export interface ComplainantQuery {
  email?: string | null;
  clientNumber?: string | null;
  /** A complainant who writes by post: the name and postal code together (the name alone is too broad). */
  name?: string | null;
  postalCode?: string | null;
}

/** "1234ab" → "1234 AB", as complaints store it (validation/complaint-details.ts); other input as given. */
function storedPostalCode(value: string): string {
  const upper = value.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(upper) ? `${upper.slice(0, 4)} ${upper.slice(4)}` : value.trim();
}

/** A mail in the complaints mailbox as the person's own data: what they (or their server) sent, and when. */
function mailOfPerson(mail: IncomingMail) {
  return { kind: mail.kind, state: mail.state, receivedAt: mail.receivedAt, from: mail.fromAddress, subject: mail.subject, text: mail.text, attachments: mail.attachments };
}

/** A mail as the complainant reads it in the PDF: what it was about and when it came (its text is in the JSON). */
function mailLine(mail: ReturnType<typeof mailOfPerson>): string {
  const day = mail.receivedAt ? DateTime.fromISO(String(mail.receivedAt), { zone: ZONE }).toFormat('d-M-yyyy') : '—';
  const documents = mail.attachments?.length ? `, bijlagen: ${mail.attachments.join(', ')}` : '';
  return `E-mail: ${mail.subject ?? '(zonder onderwerp)'} (ontvangen ${day}${documents})`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const retention = retentionJob(strapi);

  return {
    async anonymise(complaintId: number, actor: Actor, reason: string): Promise<ComplaintRow> {
      const now = getService(strapi, 'clock').now();
      const attachments = getService(strapi, 'attachments');
      let documentKeys: string[] = [];
      const anonymised = await strapi.db.transaction(async ({ trx }) => {
        const complaints = getService(strapi, 'complaints');
        await complaints.lock(trx, complaintId);
        const complaint = await complaints.requireById(complaintId);
        if (complaint.anonymisedAt) throw new ProcedureConflictError('already_anonymised', { nl: 'Deze klacht is al geanonimiseerd.', en: 'This complaint has already been anonymised.' });
        await eraseAroundComplaint(strapi, trx, complaintId, { anonymised: ANONYMISED, keepEventKeys: SAFE_EVENT_KEYS });
        documentKeys = await attachments.removeAllOf(trx, complaintId);
        const updated = await strapi.db.query(UID.complaint).update({ where: { id: complaintId }, data: { ...COMPLAINT_SCRUB, anonymisedAt: now } });
        await getService(strapi, 'audit').record({ complaintId, type: 'complaint.anonymised', actor, note: reason, at: now });
        return updated;
      });
      // the documents' bytes go once their rows are gone for good (a rolled-back erasure keeps both)
      await attachments.forget(documentKeys);
      return anonymised;
    },

    /** The daily job (jobs/retention.ts): anonymise every finished complaint closed longer ago than the retention term. */
    async applyRetention(): Promise<{ anonymised: number }> {
      return retention.run();
    },

    /** Everything held on one complainant (found by e-mail address or client number). */
    async exportData(query: ComplainantQuery, actor?: Actor, format: 'json' | 'pdf' = 'json') {
      const email = query.email?.trim().toLowerCase() || null;
      const clientNumber = query.clientNumber?.trim() || null;
      const name = query.name?.trim() || null;
      const postalCode = query.postalCode?.trim() ? storedPostalCode(query.postalCode) : null;
      if (Boolean(name) !== Boolean(postalCode)) {
        const missing = name ? 'postalCode' : 'name';
        throw new InvalidInputError({ [missing]: { nl: 'Vul naam én postcode in: een van beide is niet genoeg om iemand te vinden.', en: 'Enter both the name and the postal code: one of them is not enough to find someone.' } });
      }
      if (!email && !clientNumber && !name) {
        throw new InvalidInputError({ email: { nl: 'Vul een e-mailadres, een klantnummer, of naam en postcode in.', en: 'Enter an e-mail address, a client number, or name and postal code.' } });
      }
      const or = [
        email ? { complainantEmail: email } : null,
        clientNumber ? { complainantClientNumber: clientNumber } : null,
        name && postalCode ? { complainantName: { $eqi: name }, complainantPostalCode: postalCode } : null,
      ].filter(Boolean);
      const complaints: ComplaintRow[] = await strapi.db.query(UID.complaint).findMany({ where: { $or: or }, orderBy: { receivedAt: 'asc' } });
      const catalog = getService(strapi, 'catalog');
      const result = [];
      for (const complaint of complaints) {
        const { trackingTokenHash: _secret, submissionKeyHash: _key, formTokenNonce: _nonce, accusedName: _name, accusedFunction: _function, accusedUserId: _account, ...data } = complaint as ComplaintRow & LegacyAccusedColumns;
        result.push({
          ...data,
          category: (await catalog.category(complaint.categoryId))?.nameNl ?? null,
          department: (await catalog.department(complaint.departmentId))?.name ?? null,
          hearings: (await strapi.db.query(UID.hearing).findMany({ where: { complaintId: complaint.id } })) as HearingRow[],
          agreements: (await strapi.db.query(UID.agreement).findMany({ where: { complaintId: complaint.id } })) as AgreementRow[],
          // as named, without the staff accounts they were linked to
          persons: (await getService(strapi, 'persons').of(complaint)).map((p) => ({ name: p.name, function: p.function })),
          parts: (await strapi.db.query(UID.part).findMany({ where: { complaintId: complaint.id }, orderBy: [{ id: 'asc' }] })) as PartRow[],
          letters: ((await strapi.db.query(UID.letter).findMany({ where: { complaintId: complaint.id, audience: { $ne: 'staff' } }, orderBy: { id: 'asc' } })) as LetterRow[]).map((l) => ({
            kind: l.kind,
            channel: l.channel,
            recipient: l.recipientEmail ?? l.recipientName,
            subject: l.subject,
            text: l.blocks ? blocksToText(l.blocks) : null,
            status: l.status,
            sentAt: l.sentAt,
            createdAt: l.createdAt,
          })),
          outcomeDraft: (await getService(strapi, 'outcomeDrafts').get(complaint.id))?.values ?? null,
          questions: (await getService(strapi, 'questions').list(complaint.id)).map((q) => ({ question: q.question, askedAt: q.askedAt, answerBy: q.answerBy, answer: q.answer, answeredAt: q.answeredAt })),
          attachments: (await getService(strapi, 'attachments').rowsOf(complaint.id)).map((a) => ({ fileName: a.fileName, type: a.mimeType, size: a.size, source: a.source, createdAt: a.createdAt })),
          mails: (await getService(strapi, 'mailIntake').forComplaint(complaint.id)).map(mailOfPerson),
          events: await getService(strapi, 'audit').list(complaint.id),
        });
      }
      // Accountability (AVG art. 5(2)): each export is recorded on the complaints it covered, with who.
      if (actor) {
        const now = getService(strapi, 'clock').now();
        for (const complaint of complaints) await getService(strapi, 'audit').record({ complaintId: complaint.id, type: 'complaint.data_exported', actor, data: { format }, at: now });
      }
      // mails from this address that are no complaint (yet): drafts, "not a complaint", ones that matched none
      const mails = email ? (await getService(strapi, 'mailIntake').unlinkedFrom(email)).map(mailOfPerson) : [];
      return { query: { email, clientNumber, name, postalCode }, generatedAt: getService(strapi, 'clock').now().toISOString(), complaints: result, mails };
    },

    /** The same export as a readable PDF letter to the complainant. */
    async exportPdf(query: ComplainantQuery, actor?: Actor): Promise<Buffer> {
      const data = await this.exportData(query, actor, 'pdf');
      const settings = await getService(strapi, 'settings').get();
      const first = data.complaints[0];
      const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
      const line = (label: string, value: unknown): InlineRun[] => [{ text: `${label}: `, bold: true }, { text: text(value) }];
      const blocks: LetterBlock[] = [
        { type: 'paragraph', runs: [{ text: `Dit overzicht bevat alle gegevens die ${settings.organisationName} over u heeft vastgelegd in verband met klachten (artikel 15 AVG).` }] },
      ];
      if (!data.complaints.length) blocks.push({ type: 'paragraph', runs: [{ text: 'Wij hebben geen klachten van u gevonden.' }] });
      for (const complaint of data.complaints) {
        blocks.push({ type: 'paragraph', runs: [{ text: `Klacht ${complaint.reference}`, bold: true }] });
        blocks.push({
          type: 'list',
          ordered: false,
          items: [
            line('Ontvangen', DateTime.fromISO(String(complaint.receivedAt)).setZone(ZONE).toFormat('d-M-yyyy HH:mm')),
            line('Status', STATUS_LABELS[complaint.status as keyof typeof STATUS_LABELS]?.nl ?? complaint.status),
            line('Naam', complaint.complainantName),
            line('E-mailadres', complaint.complainantEmail),
            line('Telefoon', complaint.complainantPhone),
            line('Adres', [complaint.complainantAddress, complaint.complainantPostalCode, complaint.complainantCity].filter(Boolean).join(', ')),
            line('Klantnummer', complaint.complainantClientNumber),
            ...(complaint.representativeName
              ? [line('Gemachtigde', [complaint.representativeName, complaint.representativeEmail, complaint.representativeAddress, complaint.representativePostalCode, complaint.representativeCity].filter(Boolean).join(', '))]
              : []),
            line('Categorie', complaint.category),
            line('Afdeling', complaint.department),
            line('Omschrijving', complaint.description),
            line('Gewenste oplossing', complaint.desiredOutcome),
            line('Oordeel', complaint.judgement ? JUDGEMENT_LABELS[complaint.judgement as Judgement].nl : null),
            line('Bevindingen', complaint.findings),
          ],
        });
        // words, not stored codes: the complainant reads this
        const day = (value: unknown) => (value ? DateTime.fromISO(String(value).slice(0, 10), { zone: ZONE }).toFormat('d-M-yyyy') : '—');
        if (complaint.parts.length) {
          blocks.push({
            type: 'list',
            ordered: true,
            items: complaint.parts.map((p) => [{ text: `Onderdeel: ${p.description} (${JUDGEMENT_LABELS[p.judgement].nl.toLowerCase()})` }]),
          });
        }
        if (complaint.agreements.length) {
          blocks.push({
            type: 'list',
            ordered: true,
            items: complaint.agreements.map((a) => [{ text: `Afspraak: ${a.description} (uiterlijk ${day(a.dueDate)}, ${AGREEMENT_STATUS_LABELS[a.status as AgreementStatus]?.nl ?? a.status})` }]),
          });
        }
        for (const hearing of complaint.hearings) if (hearing.minutes) blocks.push({ type: 'paragraph', runs: line('Verslag gesprek', hearing.minutes) });
        if (complaint.letters.length) {
          blocks.push({
            type: 'list',
            ordered: false,
            items: complaint.letters.map((l) => [{ text: `Brief: ${text(l.subject)} (${l.channel === 'post' ? 'per post' : 'per e-mail'}, ${LETTER_STATUS_LABELS[l.status as LetterStatus]?.nl ?? l.status}${l.sentAt ? `, ${day(l.sentAt)}` : ''})` }]),
          });
        }
        if (complaint.attachments.length) {
          blocks.push({ type: 'list', ordered: false, items: complaint.attachments.map((a) => [{ text: `Document: ${a.fileName} (${day(a.createdAt)})` }]) });
        }
        if (complaint.mails.length) blocks.push({ type: 'list', ordered: false, items: complaint.mails.map((m) => [{ text: mailLine(m) }]) });
      }
      // mails from the address asked for that belong to no complaint: a draft, "not a complaint"
      if (data.mails.length) {
        blocks.push({ type: 'paragraph', runs: [{ text: 'E-mails zonder klacht', bold: true }] });
        blocks.push({ type: 'list', ordered: false, items: data.mails.map((m) => [{ text: mailLine(m as ReturnType<typeof mailOfPerson>) }]) });
      }
      // laid out on a worker, with time and memory limits: the complainant's own long text must not stall the server
      const bytes = await getService(strapi, 'work').run('pdf', {
        locale: 'nl',
        organisation: { name: settings.organisationName, addressLines: settings.organisationAddress.split('\n') },
        recipient: { name: first?.complainantName ?? '', addressLines: first ? [first.complainantAddress, [first.complainantPostalCode, first.complainantCity].filter(Boolean).join('  ')].filter((part): part is string => Boolean(part)) : [] },
        date: getService(strapi, 'clock').now(),
        reference: first?.reference ?? '—',
        subject: 'Inzage in uw persoonsgegevens',
        blocks,
        signature: { name: settings.organisationName, role: 'Functionaris gegevensbescherming' },
      });
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    start(): void {
      retention.start();
    },

    stop(): void {
      retention.stop();
    },
  };
};
