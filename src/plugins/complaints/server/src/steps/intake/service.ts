/**
 * Step 1, filing (klacht indienen): a complaint from the public form or registered by staff becomes a
 * row with its reference, terms, routing and audit event, in one transaction.
 */
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE, type WorkingDayCalendar } from '../../domain/calendar';
import { initialHandler, type Channel } from '../../domain/procedure';
import { initialTerms, type InitialTerms, type TermCalendars, type TermSettings } from '../../domain/terms';
import { databaseTrouble } from '../../database-outage';
import { InvalidInputError, ProcedureConflictError } from '../../errors';
import { TABLE, UID } from '../../uids';
import { intakeRepository } from '../../persistence/intake';
import { sha256, statusLinkSecret, trackingToken } from '../../status-link';
import { PUBLIC, type Actor } from '../../services/actor';
import type { PreparedAttachment } from '../../services/attachments';
import type { ComplaintRow } from '../../services/complaints';
import { formatReference } from '../../services/reference';
import { getService } from '../../services/registry';
import { personsOf, representativeOf, type ComplaintDetails } from '../../validation/complaint-details';
import { accountsOf, assertStaffAccounts, personRows } from '../../services/persons';

export interface IntakeRequest extends ComplaintDetails {
  channel: Channel;
  /** The public form's idempotency key (see content-types/complaint.ts). */
  submissionKey?: string | null;
  /** The nonce of the public form's token (services/public-form.ts): stored unique, one token files one complaint. */
  formTokenNonce?: string | null;
  /** When the complaint arrived (staff registration of a letter); defaults to now. */
  receivedAt?: Date;
  /** Documents checked and stored already (services/attachments.ts), recorded with the complaint. */
  attachments?: PreparedAttachment[];
  /** The mail it was registered from (mail-intake/), with that mail's documents. */
  incomingMail?: { id: number; attachments: PreparedAttachment[] };
}

export interface IntakeResult {
  complaint: ComplaintRow;
  /** The secret for the complainant's status lookup: returned once, to the complainant only. */
  trackingToken: string;
  /** Filed now (false: the same form was sent before, and this is the complaint it filed then). */
  fresh: boolean;
}

/**
 * Whether a complaint filed earlier under a submission key holds what this submission says: the form
 * element sends its key again only when an answer was lost, with the same content. Compared as stored
 * (the values passed the same validation): the description, the complainant's name and e-mail, the category.
 */
export function sameSubmission(
  complaint: ComplaintRow,
  request: Pick<IntakeRequest, 'description' | 'complainantName' | 'complainantEmail' | 'categoryId'>,
): boolean {
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  return (
    text(complaint.description) === text(request.description) &&
    text(complaint.complainantName) === text(request.complainantName) &&
    text(complaint.complainantEmail) === text(request.complainantEmail) &&
    Number(complaint.categoryId) === Number(request.categoryId)
  );
}

const FORM_ALREADY_SENT = { nl: 'Dit formulier is al verstuurd. Laad de pagina opnieuw.', en: 'This form has already been sent. Reload the page.' };
const SUBMISSION_KEY_REUSED = {
  nl: 'Dit formulier is al eerder verstuurd, met een andere inhoud; die klacht hebben wij ontvangen. Wilt u iets toevoegen of een nieuwe klacht indienen? Laad dan de pagina opnieuw.',
  en: 'This form was sent before, with different content; we have received that complaint. Would you like to add something or file a new complaint? Then reload the page.',
};

/**
 * The terms of a receipt moment depend only on its day, whether it was after the cut-off hour, and the
 * settings (a new calendar object per settings load): computed once per day instead of per complaint.
 */
const termsByCalendar = new WeakMap<WorkingDayCalendar, Map<string, InitialTerms>>();

function termsFor(receivedAt: Date, local: DateTime, calendars: TermCalendars, settings: TermSettings): InitialTerms {
  const key = `${local.toISODate()}|${local.hour >= settings.cutoffHour}`;
  let cache = termsByCalendar.get(calendars.own);
  if (!cache) termsByCalendar.set(calendars.own, (cache = new Map()));
  let terms = cache.get(key);
  if (!terms) {
    terms = initialTerms(receivedAt, calendars, settings);
    if (cache.size > 1000) cache.clear();
    cache.set(key, terms);
  }
  return terms;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * A complaint from the public form. Unique keys let one complaint in: the submission key (one filled-in
   * form) and the form token's nonce (one form token), looked up only on a conflict, so the common case
   * pays no extra query. The same filled-in form sent again (its answer was lost, or two attempts at once)
   * answers with the complaint it filed; the same key with other content files nothing.
   */
  async fileOnline(request: IntakeRequest & { formTokenNonce: string }): Promise<IntakeResult> {
    return this.file(request, PUBLIC).catch(async (error) => {
      // the database is down or locked: nothing was filed, and the lookup would only wait for it again
      if (databaseTrouble(error)) throw error;
      const earlier = await this.findBySubmissionKey(request.submissionKey);
      if (earlier) {
        if (!sameSubmission(earlier.complaint, request)) throw new ProcedureConflictError('submission_key_reused', SUBMISSION_KEY_REUSED);
        return earlier;
      }
      if (await this.formTokenUsed(request.formTokenNonce)) {
        throw new InvalidInputError({ formToken: FORM_ALREADY_SENT }, { nl: 'Dit formulier is al verstuurd.', en: 'This form has already been sent.' });
      }
      throw error;
    });
  },

  /** The complaint an earlier attempt of the same filled-in form created, if any. */
  async findBySubmissionKey(submissionKey: string | null | undefined): Promise<IntakeResult | null> {
    if (!submissionKey) return null;
    const complaint: ComplaintRow | null = await strapi.db.query(UID.complaint).findOne({ where: { submissionKeyHash: sha256(submissionKey) } });
    return complaint ? { complaint, trackingToken: trackingToken(statusLinkSecret(strapi), complaint.reference), fresh: false } : null;
  },

  /** Whether a complaint was filed with this form token already (its nonce is stored with it). */
  async formTokenUsed(nonce: string | null | undefined): Promise<boolean> {
    if (!nonce) return false;
    return (await strapi.db.query(UID.complaint).count({ where: { formTokenNonce: nonce } })) > 0;
  },

  async file(request: IntakeRequest, actor: Actor): Promise<IntakeResult> {
    const now = getService(strapi, 'clock').now();
    const receivedAt = request.receivedAt ?? now;
    if (receivedAt.getTime() > now.getTime() + 60_000) {
      throw new InvalidInputError({ receivedAt: { nl: 'De ontvangstdatum ligt in de toekomst.', en: 'The date of receipt lies in the future.' } });
    }

    const catalog = getService(strapi, 'catalog');
    const category = await catalog.category(request.categoryId);
    if (!category || !category.active) {
      throw new InvalidInputError({ categoryId: { nl: 'Kies een van de categorieën.', en: 'Choose one of the categories.' } });
    }
    const department = request.departmentId ? await catalog.department(request.departmentId) : await catalog.intakeDepartment();
    if (request.departmentId && (!department || !department.active)) {
      throw new InvalidInputError({ departmentId: { nl: 'Kies een van de afdelingen.', en: 'Choose one of the departments.' } });
    }

    const settingsService = getService(strapi, 'settings');
    const settings = await settingsService.get();
    const calendars = await settingsService.calendars();
    // one conversion to Amsterdam time (luxon computes the zone offset with Intl, which is not cheap)
    const local = DateTime.fromJSDate(receivedAt, { zone: ZONE });
    const terms = termsFor(receivedAt, local, calendars, settings);

    const behaviour = Boolean(request.aboutEmployeeBehaviour);
    const persons = personsOf(request);
    const accusedUserIds = accountsOf(persons);
    if (accusedUserIds.length) await assertStaffAccounts(strapi, persons);
    // only a behaviour complaint about the manager asks whether the manager's superior takes it
    const superiorId = behaviour && accusedUserIds.length ? await getService(strapi, 'access').superiorFor(department, accusedUserIds) : null;
    const handlerId = initialHandler({ aboutEmployeeBehaviour: behaviour, accusedUserIds }, department?.managerId ?? null, superiorId);
    const year = local.year;
    const receivedOn = local.toISODate() as string;
    const fields = {
      channel: request.channel,
      receivedAt: receivedAt.toISOString(),
      receivedOn,
      preferredLanguage: request.preferredLanguage ?? 'nl',
      complainantName: request.complainantName,
      complainantEmail: request.complainantEmail,
      complainantPhone: request.complainantPhone,
      complainantAddress: request.complainantAddress,
      complainantPostalCode: request.complainantPostalCode,
      complainantCity: request.complainantCity,
      complainantClientNumber: request.complainantClientNumber,
      ...representativeOf(request),
      categoryId: category.id,
      departmentId: department?.id ?? null,
      aboutEmployeeBehaviour: Boolean(request.aboutEmployeeBehaviour),
      description: request.description,
      desiredOutcome: request.desiredOutcome,
      status: 'received' as const,
      handlerId,
      termStart: terms.termStart,
      acknowledgementDue: terms.acknowledgementDue,
      handlingDueOriginal: terms.handlingDue,
      handlingDue: terms.handlingDue,
      notAdmissibleNoticeDue: terms.notAdmissibleNoticeDue,
      submissionKeyHash: request.submissionKey ? sha256(request.submissionKey) : null,
      formTokenNonce: request.formTokenNonce ?? null,
      incomingMailId: request.incomingMail?.id ?? null,
    };

    const complaint = await intakeRepository(strapi).insert({
      year,
      attributes: ({ number }) => ({ reference: formatReference(settings.referencePrefix, year, number), referenceYear: year, referenceNumber: number, ...fields }),
      receivedAt,
      at: now,
      alongside: async (stored, batch) => {
        // the persons travel with the row: the letters of this change read them before the batch is stored
        const created = { ...(stored as unknown as ComplaintRow), persons };
        batch.insert(TABLE.person, personRows(created.id, persons, now));
        const documents = request.attachments ?? [];
        const fromMail = request.incomingMail?.attachments ?? [];
        if (documents.length) getService(strapi, 'attachments').addToBatch(batch, documents, created.id, request.channel === 'online' ? 'form' : 'staff', actor, now);
        if (fromMail.length) getService(strapi, 'attachments').addToBatch(batch, fromMail, created.id, 'email', actor, now);
        const count = documents.length + fromMail.length;
        const data = {
          channel: request.channel,
          departmentId: created.departmentId,
          handlerId,
          aboutEmployeeBehaviour: Boolean(request.aboutEmployeeBehaviour),
          ...(count ? { attachments: count } : {}),
          ...(request.incomingMail ? { incomingMailId: request.incomingMail.id } : {}),
        };
        await getService(strapi, 'audit').record({ complaintId: created.id, type: 'complaint.received', fromStatus: null, toStatus: 'received', actor, data, at: now }, batch);
        await getService(strapi, 'domainEvents').emit({ type: 'complaint.received', complaintId: created.id, complaint: created, fromStatus: null, toStatus: 'received', actor, at: now, data, writes: batch });
        return created;
      },
    });

    return { complaint, trackingToken: trackingToken(statusLinkSecret(strapi), complaint.reference), fresh: true };
  },
});
