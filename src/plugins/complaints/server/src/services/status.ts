/**
 * The complainant's own view of their complaint (status page), reached with the reference and the secret
 * token from the confirmation: where it stands, the dates, what happens next, and the complainant's answer
 * to the outcome. No other person's data; staff names only when editors allow it.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import type { Locale, Message } from '../../../shared/messages';
import type { StatusStep, StatusView } from '../../../shared/public-api';
import { ZONE } from '../domain/calendar';
import { FINAL_STATUSES, JUDGEMENT_LABELS, STATUS_LABELS, STEP_LABELS, STEP_OF_STATUS, precondition, type ComplaintStatus, type Judgement } from '../domain/procedure';
import { NotFoundError, ProcedureConflictError } from '../errors';
import { statusLinkSecret, tokenMatches } from '../status-link';
import { blocksToText } from '../letters/render';
import type { LetterBlock } from '../letters/types';
import { UID } from '../uids';
import { PUBLIC } from './actor';
import type { IncomingFile } from './attachments';
import type { AgreementRow, ComplaintRow } from './complaints';
import { getService } from './registry';

/** The complainant's letters, once they went out: by e-mail, or printed (or waiting to be) for the post. */
const THEIRS = { audience: 'complainant', status: { $in: ['sent', 'to_print', 'printed'] } };

const NOT_FOUND: Message = {
  nl: 'Wij vinden geen klacht met dit nummer en deze code. Controleer de link uit uw bevestiging.',
  en: 'We find no complaint with this number and code. Please check the link from your confirmation.',
};

function formatDate(value: string | null, locale: Locale): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? DateTime.fromISO(value, { zone: ZONE }) : DateTime.fromISO(value).setZone(ZONE);
  return date.setLocale(locale === 'en' ? 'en-GB' : 'nl-NL').toFormat('d MMMM yyyy');
}

function nextStep(complaint: ComplaintRow, locale: Locale): string {
  const due = (value: string | null) => formatDate(value, locale);
  const texts: Record<ComplaintStatus, Message> = {
    received: { nl: `De afdeling stuurt u uiterlijk ${due(complaint.acknowledgementDue)} een ontvangstbevestiging.`, en: `The department will send you an acknowledgement by ${due(complaint.acknowledgementDue)}.` },
    acknowledged: { nl: `Wij nemen contact met u op voor een gesprek. Wij ronden uw klacht af uiterlijk ${due(complaint.handlingDue)}.`, en: `We will contact you for a conversation. We will finish handling your complaint by ${due(complaint.handlingDue)}.` },
    hearing_planned: { nl: 'Het gesprek is gepland. U heeft de uitnodiging ontvangen.', en: 'The conversation has been planned. You have received the invitation.' },
    hearing_held: { nl: `U ontvangt uiterlijk ${due(complaint.handlingDue)} een brief met ons oordeel en de gemaakte afspraken.`, en: `You will receive a letter with our judgement and the agreements by ${due(complaint.handlingDue)}.` },
    agreements_sent: { nl: 'U heeft onze brief met de afspraken ontvangen. Laat ons weten of u tevreden bent.', en: 'You have received our letter with the agreements. Let us know whether you are satisfied.' },
    monitoring: { nl: 'Wij houden in de gaten dat de gemaakte afspraken worden nagekomen.', en: 'We are making sure the agreements are kept.' },
    closed: { nl: 'Uw klacht is afgehandeld.', en: 'Your complaint has been dealt with.' },
    not_admissible: { nl: 'Wij nemen uw klacht niet in behandeling. U heeft daarover een brief ontvangen met waar u wel terecht kunt.', en: 'We do not handle your complaint. You have received a letter saying where you can go instead.' },
    solved_at_acknowledgement: { nl: 'Uw klacht is opgelost. Dank u voor uw reactie.', en: 'Your complaint has been resolved. Thank you for your response.' },
    withdrawn: { nl: 'U heeft uw klacht ingetrokken.', en: 'You have withdrawn your complaint.' },
    forwarded: {
      nl: `Wij hebben uw klacht doorgestuurd naar ${complaint.forwardedTo ?? 'de organisatie die erover gaat'}. U heeft daarover een brief ontvangen.`,
      en: `We have forwarded your complaint to ${complaint.forwardedTo ?? 'the organisation responsible'}. You have received a letter about it.`,
    },
    dispute: complaint.disputeEligible
      ? { nl: 'U kunt uw geschil voorleggen aan de geschillencommissie. U heeft daarover een brief ontvangen.', en: 'You can put your dispute to the disputes committee. You have received a letter about it.' }
      : { nl: 'U bent niet tevreden. Wij laten u schriftelijk weten hoe u de geschillencommissie bereikt.', en: 'You are not satisfied. We will tell you in writing how to reach the disputes committee.' },
  };
  return texts[complaint.status][locale];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The complaint for this reference and token; an unknown reference, a wrong token and an anonymised
   * complaint look the same.
   */
  async authorise(reference: string, token: unknown): Promise<ComplaintRow> {
    const complaint: ComplaintRow | null =
      typeof reference === 'string' && reference.length <= 40 ? await strapi.db.query(UID.complaint).findOne({ where: { reference: reference.toUpperCase() } }) : null;
    const open = tokenMatches(statusLinkSecret(strapi), complaint as { reference: string; trackingTokenHash: string | null } | null, token);
    if (!complaint || !open || complaint.anonymisedAt) throw new NotFoundError(NOT_FOUND);
    return complaint;
  },

  async view(complaint: ComplaintRow, locale: Locale): Promise<StatusView> {
    const [hearing, agreements, formSettings, settings, documents] = await Promise.all([
      getService(strapi, 'hearing').currentFor(complaint.id, 'complainant'),
      strapi.db.query(UID.agreement).findMany({ where: { complaintId: complaint.id }, orderBy: { dueDate: 'asc' }, select: ['description', 'dueDate', 'status'] }),
      getService(strapi, 'publicForm').settings(),
      getService(strapi, 'settings').get(),
      getService(strapi, 'attachments').rowsOf(complaint.id),
    ]);
    // a finished complaint has every step behind it
    const current = STEP_OF_STATUS[complaint.status] ?? STEP_LABELS.length + 1;
    const lastStep = complaint.status === 'dispute' || complaint.dissatisfactionDeclaredAt ? 6 : 5;
    const steps: StatusStep[] = STEP_LABELS.slice(0, lastStep).map((label, index) => ({
      step: index + 1,
      label: label[locale],
      state: index + 1 < current ? 'done' : index + 1 === current ? 'current' : 'todo',
    }));
    const facts = await getService(strapi, 'complaints').facts(complaint);
    const finished = FINAL_STATUSES.includes(complaint.status);
    const canRespond = precondition('acceptOutcome', facts) === null && precondition('declareDissatisfaction', facts) === null;
    const unanswered = Boolean(complaint.outcomeSentAt) && !complaint.outcomeAcceptedAt && !complaint.dissatisfactionDeclaredAt;
    const respondUntil = unanswered ? facts.dissatisfactionOpenUntil : null;
    const handlerName = formSettings.showStaffNames && complaint.handlerId ? ((await getService(strapi, 'dossier').userNames([complaint.handlerId])).get(complaint.handlerId) ?? null) : null;

    return {
      reference: complaint.reference,
      locale,
      status: complaint.status,
      statusLabel: STATUS_LABELS[complaint.status][locale],
      steps,
      receivedAt: new Date(complaint.receivedAt).toISOString(),
      acknowledgedAt: complaint.acknowledgedAt ? new Date(complaint.acknowledgedAt).toISOString() : null,
      acknowledgementDue: complaint.acknowledgementDue ?? null,
      handlingDue: complaint.handlingDue ?? null,
      nextStep: nextStep(complaint, locale),
      hearing: hearing?.plannedAt && hearing.mode && !hearing.skippedReason ? { plannedAt: new Date(hearing.plannedAt).toISOString(), heldAt: hearing.heldAt ? new Date(hearing.heldAt).toISOString() : null, mode: hearing.mode, location: hearing.location ?? null } : null,
      outcomeSentAt: complaint.outcomeSentAt ? new Date(complaint.outcomeSentAt).toISOString() : null,
      judgement: complaint.judgement ? JUDGEMENT_LABELS[complaint.judgement as Judgement][locale] : null,
      agreements: agreements.map((a: Pick<AgreementRow, 'description' | 'dueDate' | 'status'>) => ({ description: a.description, dueDate: a.dueDate, status: a.status })),
      canRespond,
      respondUntil,
      respondClosed: Boolean(respondUntil && facts.today > respondUntil),
      disputeEligible: Boolean(complaint.disputeEligible),
      committee: complaint.disputeEligible ? { name: settings.committeeName, website: settings.committeeWebsite, email: settings.committeeEmail, address: settings.committeeAddress } : null,
      handlerName,
      // what staff added stays theirs: the complainant sees what they sent themselves
      documents: documents
        .filter((d) => d.source === 'form' || d.source === 'status_page')
        .map((d) => ({ fileName: d.fileName, type: d.mimeType, size: d.size, addedAt: new Date(d.createdAt).toISOString() })),
      attachments: finished ? null : await getService(strapi, 'publicForm').attachmentRules(locale),
      // staff's questions with the answers given; who asked stays as private as the handler's name
      questions: (await getService(strapi, 'questions').view(complaint.id, { withNames: false })).map(({ askedBy: _who, ...question }) => question),
      canAnswer: !finished,
      survey: await getService(strapi, 'survey').statusView(complaint, locale),
      letters: await this.letters(complaint.id),
    };
  },

  /**
   * The letters the complainant was sent, as they were sent (their text, from the stored blocks): what
   * went by e-mail and what was printed and posted. Letters to staff or to the person complained about
   * are not theirs to see; one still waiting in the outbox is shown once it has gone.
   */
  async letters(complaintId: number): Promise<StatusView['letters']> {
    const rows = (await strapi.db.query(UID.letter).findMany({
      where: { complaintId, ...THEIRS },
      orderBy: { id: 'asc' },
      select: ['id', 'subject', 'channel', 'sentAt', 'printedAt', 'createdAt', 'blocks'],
    })) as Array<{ id: number; subject: string | null; channel: string; sentAt: string | null; printedAt: string | null; createdAt: string; blocks: LetterBlock[] | null }>;
    return rows
      .filter((row) => row.blocks)
      .map((row) => ({
        id: row.id,
        subject: row.subject ?? '',
        channel: row.channel === 'post' ? 'post' : 'email',
        date: new Date(row.sentAt ?? row.printedAt ?? row.createdAt).toISOString(),
        // the status link in a letter is a stand-in: the complainant is on that page already
        text: blocksToText(row.blocks as LetterBlock[]),
      }));
  },

  /** A letter the complainant was sent, as the PDF that was (or would have been) posted. */
  async letterPdf(complaint: ComplaintRow, letterId: number): Promise<{ filename: string; pdf: Buffer }> {
    const theirs = await strapi.db.query(UID.letter).findOne({ where: { id: letterId, complaintId: complaint.id, ...THEIRS }, select: ['id', 'blocks'] });
    if (!theirs?.blocks) throw new NotFoundError({ nl: 'Deze brief vinden wij niet bij uw klacht.', en: 'We cannot find this letter with your complaint.' });
    return getService(strapi, 'printing').pdf(letterId);
  },

  /** Documents the complainant sends later, on this page; the handler sees them in the dossier and its timeline. */
  async addDocuments(complaint: ComplaintRow, files: IncomingFile[]): Promise<void> {
    if (FINAL_STATUSES.includes(complaint.status)) {
      throw new ProcedureConflictError('complaint_finished', {
        nl: 'Deze klacht is afgehandeld; u kunt geen documenten meer toevoegen. Neem contact met ons op als u nog iets wilt laten weten.',
        en: 'This complaint has been dealt with; you can no longer add documents. Please contact us if there is something you still want to tell us.',
      });
    }
    await getService(strapi, 'attachments').attach(complaint.id, files, 'status_page', PUBLIC);
  },

  /** The complainant accepts the outcome, or stays dissatisfied (which opens the dispute path). */
  async respond(complaint: ComplaintRow, response: 'accept' | 'dissatisfied', note: string | null): Promise<ComplaintRow> {
    if (response === 'accept') return getService(strapi, 'outcome').acceptOutcome(complaint.id, PUBLIC, null);
    return getService(strapi, 'dispute').declareDissatisfaction(complaint.id, note, PUBLIC, null);
  },
});
