/**
 * Step 1, filing (klacht indienen): a complaint from the public form or registered by staff becomes a
 * row with its reference, terms, routing and audit event, in one transaction.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE } from '../domain/calendar';
import type { Channel } from '../domain/procedure';
import { initialTerms } from '../domain/terms';
import { InvalidInputError } from '../errors';
import { UID } from '../uids';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';
import type { ComplaintDetails } from '../validation/complaint-details';

export interface IntakeRequest extends ComplaintDetails {
  channel: Channel;
  /** The public form's idempotency key (see content-types/complaint.ts). */
  submissionKey?: string | null;
  /** When the complaint arrived (staff registration of a letter); defaults to now. */
  receivedAt?: Date;
}

export interface IntakeResult {
  complaint: ComplaintRow;
  /** The secret for the complainant's status lookup: returned once, to the complainant only. */
  trackingToken: string;
}

export function newTrackingToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The complaint an earlier attempt of the same filled-in form created, if any. */
  async findBySubmissionKey(submissionKey: string | null | undefined): Promise<IntakeResult | null> {
    if (!submissionKey) return null;
    const complaint: ComplaintRow | null = await strapi.db.query(UID.complaint).findOne({ where: { submissionKey } });
    return complaint ? { complaint, trackingToken: complaint.trackingToken } : null;
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
    let department = request.departmentId ? await catalog.department(request.departmentId) : await catalog.intakeDepartment();
    if (request.departmentId && (!department || !department.active)) {
      throw new InvalidInputError({ departmentId: { nl: 'Kies een van de afdelingen.', en: 'Choose one of the departments.' } });
    }

    const settingsService = getService(strapi, 'settings');
    const settings = await settingsService.get();
    const calendar = await settingsService.calendar();
    const terms = initialTerms(receivedAt, calendar, settings);

    // A behaviour complaint goes to the department manager, unless the manager is the one complained about.
    const accusedUserId = request.accusedUserId ?? null;
    const managerId = department?.managerId ?? null;
    const handlerId = request.aboutEmployeeBehaviour && managerId !== null && managerId !== accusedUserId ? managerId : null;
    const trackingToken = newTrackingToken();
    const year = DateTime.fromJSDate(receivedAt, { zone: ZONE }).year;

    const complaint = await strapi.db.transaction(async ({ trx }) => {
      const reference = await getService(strapi, 'reference').next(trx, year, settings.referencePrefix);
      const created: ComplaintRow = await strapi.db.query(UID.complaint).create({
        data: {
          reference: reference.reference,
          referenceYear: reference.year,
          referenceNumber: reference.number,
          channel: request.channel,
          receivedAt,
          receivedOn: DateTime.fromJSDate(receivedAt, { zone: ZONE }).toISODate(),
          preferredLanguage: request.preferredLanguage ?? 'nl',
          complainantName: request.complainantName,
          complainantEmail: request.complainantEmail,
          complainantPhone: request.complainantPhone,
          complainantAddress: request.complainantAddress,
          complainantPostalCode: request.complainantPostalCode,
          complainantCity: request.complainantCity,
          complainantClientNumber: request.complainantClientNumber,
          categoryId: category.id,
          departmentId: department?.id ?? null,
          aboutEmployeeBehaviour: request.aboutEmployeeBehaviour,
          accusedName: request.aboutEmployeeBehaviour ? request.accusedName : null,
          accusedFunction: request.aboutEmployeeBehaviour ? request.accusedFunction : null,
          accusedUserId: request.aboutEmployeeBehaviour ? accusedUserId : null,
          description: request.description,
          desiredOutcome: request.desiredOutcome,
          status: 'received',
          handlerId,
          termStart: terms.termStart,
          acknowledgementDue: terms.acknowledgementDue,
          handlingDueOriginal: terms.handlingDue,
          handlingDue: terms.handlingDue,
          notAdmissibleNoticeDue: terms.notAdmissibleNoticeDue,
          trackingToken,
          submissionKey: request.submissionKey ?? null,
        },
      });
      const data = { channel: request.channel, departmentId: created.departmentId, handlerId, aboutEmployeeBehaviour: request.aboutEmployeeBehaviour };
      await getService(strapi, 'audit').record({ complaintId: created.id, type: 'complaint.received', fromStatus: null, toStatus: 'received', actor, data, at: now });
      await getService(strapi, 'domainEvents').emit({ type: 'complaint.received', complaintId: created.id, fromStatus: null, toStatus: 'received', actor, at: now, data });
      return created;
    });

    return { complaint, trackingToken };
  },
});
