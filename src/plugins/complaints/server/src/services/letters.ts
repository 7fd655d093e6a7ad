/**
 * Letters: which domain event causes which letter to whom, the letter's context at that moment, and the
 * outbox row written in the same transaction. The outbox worker (outbox/) renders and
 * delivers them; staff download postal letters as PDF.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Locale } from '../../../shared/messages';
import { pickLocale } from '../../../shared/messages';
import { departmentName } from '../../../shared/procedure';
import {
  AGREEMENT_STATUS_LABELS,
  CHANNEL_LABELS,
  HEARING_MODE_LABELS,
  JUDGEMENT_LABELS,
  NOT_ADMISSIBLE_LABELS,
  STATUS_LABELS,
  type Judgement,
} from '../domain/procedure';
import { NotFoundError, ProcedureConflictError } from '../errors';
import type { LetterStatus } from '../content-types/letter';
import { dissatisfactionOpenUntil } from '../domain/terms';
import { complaintTermFields, nextBodyContext } from '../letters/recourse';
import type { LetterAudience, LetterBlock, LetterContext, LetterKind } from '../letters/types';
import { blocksToHtml, blocksToText } from '../letters/render';
import type { LetterPreview } from '../../../shared/contracts/letters';
import { ATTACHMENT_TYPES, type AttachmentType } from '../../../shared/contracts/attachments';
import { UID } from '../uids';
import { storedRow } from '../persistence/database';
import { WriteBatch } from '../persistence/write-batch';
import type { Actor } from './actor';
import type { Department } from '../../../shared/contracts';
import type { AgreementRow, ComplaintRow, HearingRow, PartRow } from './complaints';
import type { DomainEvent } from './domain-events';
import { namesInSentence } from './persons';
import { CURRENT_ROUND } from '../persistence/database';
import { getService } from './registry';
import { sideOf } from '../steps/hearing/rows';
import { staffName, usersRepository, type StaffUser } from '../persistence/users';
import { STAND_IN_TOKEN, statusUrl as statusLinkUrl } from '../status-link';

/** An agreement's owning department by name, in the letter's language. */
function departmentNameOf(departments: Department[], id: number | null, locale: Locale): string | null {
  const department = departments.find((d) => d.id === id);
  return department ? departmentName(department, locale) : null;
}

export interface Recipient {
  name: string;
  email: string | null;
  /** Postal address lines (for the PDF's envelope window). */
  addressLines: string[];
  locale: Locale;
}

export interface QueueOptions {
  kind: LetterKind;
  audience: LetterAudience;
  recipient: Recipient;
  channel: 'email' | 'post';
  /** At most one letter per key (reminders). */
  dedupeKey?: string;
  extra?: Partial<Pick<LetterContext['complaint'], 'previousHandlingDue'>>;
  /** The question a question letter asks, or whose answer a staff notice reports. */
  question?: LetterContext['question'];
  /** The satisfaction survey's last day (its letter only). */
  survey?: LetterContext['survey'];
  /** The complaint's documents (the copy to the person complained about). */
  documents?: LetterContext['documents'];
  /** For staff reminders about one agreement. */
  agreementId?: number;
  /** Staff reminders: leave out the hearing and agreements (unless `agreementId`). */
  light?: boolean;
  /** What a batch of letters (the sweep) read in a few queries, instead of a few queries per letter. */
  preload?: ContextPreload;
}

export interface ContextPreload {
  /** The current hearing per complaint id. */
  hearings: Map<number, HearingRow>;
  /** Agreement rows by id. */
  agreements: Map<number, AgreementRow>;
  /** Every agreement of a complaint, by due date then id, for the letters that list them all (complaint ids preloaded). */
  agreementsOf?: Map<number, AgreementRow[]>;
  /** Display names of every user the letters mention. */
  names: Map<number, string>;
}

/** A letter (outbox) row as `strapi.db.query(UID.letter)` returns it (content-types/letter.ts). */
export interface LetterRow {
  id: number;
  complaintId: number;
  kind: LetterKind;
  audience: LetterAudience;
  channel: 'email' | 'post';
  locale: Locale;
  recipientName: string | null;
  recipientEmail: string | null;
  recipientAddress: string | null;
  context: LetterContext;
  subject: string | null;
  /** Empty until the outbox has rendered the letter. */
  blocks: LetterBlock[] | null;
  status: LetterStatus;
  attempts: number;
  nextAttemptAt: string | null;
  claimedBy: string | null;
  claimedUntil: string | null;
  lastError: string | null;
  messageId: string | null;
  dedupeKey: string | null;
  sentAt: string | null;
  printedAt: string | null;
  bouncedAt: string | null;
  bounceReason: string | null;
  createdAt: string;
}

/** What staff see of a complaint's letters (the dossier and the letter actions list them). */
export const LETTER_SUMMARY_FIELDS = ['id', 'kind', 'audience', 'channel', 'locale', 'recipientName', 'recipientEmail', 'subject', 'status', 'attempts', 'lastError', 'sentAt', 'printedAt', 'bouncedAt', 'createdAt'] as const;
export type LetterSummary = Pick<LetterRow, (typeof LETTER_SUMMARY_FIELDS)[number]>;

/** The complainant's letters, by the event that causes them. */
const COMPLAINANT_LETTERS: Record<string, LetterKind> = {
  'complaint.acknowledged': 'acknowledgement',
  'complaint.hearing_planned': 'hearing_invitation',
  'complaint.not_admissible': 'not_admissible_notice',
  'complaint.outcome_sent': 'agreements_letter',
  'complaint.term_extended': 'term_extension',
  'complaint.closed': 'closure',
  'complaint.solved_at_acknowledgement': 'closure',
  'complaint.committee_outcome': 'closure',
  'complaint.dispute_eligible': 'committee_information',
  'complaint.reopened': 'reopened',
  'complaint.forwarded': 'forwarded',
};

/** Where complainants reach the site: the plugin's `publicUrl`, else Strapi's `server.url`. */
export function publicBaseUrl(strapi: Core.Strapi): string {
  const configured = (strapi.config.get('plugin::complaints.publicUrl') as string) || (strapi.config.get('server.url') as string) || '';
  return (configured || `http://localhost:${strapi.config.get('server.port', 1337)}`).replace(/\/$/, '');
}

/** A staff member as the addressee of a staff letter, in their admin language. */
function staffRecipient(user: StaffUser): Recipient {
  return { name: staffName(user), email: user.email, addressLines: [], locale: pickLocale(user.preferedLanguage) };
}

/** A postal address as a letter's address block: the street, then postal code and city. */
function addressLines(address: string | null, postalCode: string | null, city: string | null): string[] {
  return [address, [postalCode, city].filter(Boolean).join('  ')].filter((l): l is string => Boolean(l && l.trim()));
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const staffCache = new Map<string, { at: number; recipients: Recipient[] }>();
  const mailDomain = () => String(strapi.config.get('plugin::email.settings.defaultFrom') ?? 'klachten@example.nl').replace(/.*@/, '').replace(/[>\s].*$/, '') || 'klachten.local';

  return {
    /** The complainant as a recipient: by post when the complaint came by post or there is no e-mail. */
    complainant(complaint: ComplaintRow): { recipient: Recipient; channel: 'email' | 'post' } {
      const recipient = { name: complaint.complainantName ?? '', email: complaint.complainantEmail ?? null, addressLines: addressLines(complaint.complainantAddress, complaint.complainantPostalCode, complaint.complainantCity), locale: pickLocale(complaint.preferredLanguage) };
      return { recipient, channel: complaint.channel === 'post' || !recipient.email ? 'post' : 'email' };
    },

    /**
     * Whom the complainant's letters go to: the representative (gemachtigde, Awb 2:1) where there is one, by
     * e-mail or else by post, and the complainant too when there is none or a copy was asked for.
     */
    complainantSide(complaint: ComplaintRow): Array<{ recipient: Recipient; channel: 'email' | 'post' }> {
      const own = this.complainant(complaint);
      if (!complaint.representativeName) return [own];
      const email = complaint.representativeEmail ?? null;
      const lines = addressLines(complaint.representativeAddress, complaint.representativePostalCode, complaint.representativeCity);
      const representative = { recipient: { name: complaint.representativeName, email, addressLines: lines, locale: own.recipient.locale }, channel: email ? ('email' as const) : ('post' as const) };
      return complaint.representativeCopiesComplainant ? [representative, own] : [representative];
    },

    /** Admin users as recipients, with their ids (the sweep maps findings to them). */
    async staffWithIds(userIds: number[]): Promise<Array<Recipient & { id: number }>> {
      if (!userIds.length) return [];
      const users = await usersRepository(strapi).activeByIds(userIds);
      return users.map((user) => ({ id: user.id, ...staffRecipient(user) }));
    },

    /** Admin users as recipients of staff letters (cached briefly: every intake asks for the manager). */
    async staff(userIds: Array<number | null | undefined>): Promise<Recipient[]> {
      const ids = [...new Set(userIds.filter((id): id is number => typeof id === 'number'))];
      if (!ids.length) return [];
      const key = ids.sort((a, b) => a - b).join(',');
      const hit = staffCache.get(key);
      if (hit && Date.now() - hit.at < 5000) return hit.recipients.map((r) => ({ ...r }));
      const recipients = await this.loadStaff(ids);
      if (staffCache.size > 500) staffCache.clear();
      staffCache.set(key, { at: Date.now(), recipients });
      return recipients.map((r) => ({ ...r }));
    },

    async loadStaff(ids: number[]): Promise<Recipient[]> {
      const users = await usersRepository(strapi).activeByIds(ids);
      return users.map(staffRecipient);
    },

    async context(complaint: ComplaintRow, recipient: Recipient, options: Pick<QueueOptions, 'extra' | 'agreementId' | 'light' | 'preload' | 'question' | 'survey' | 'documents'> & { audience?: LetterAudience } = {}): Promise<LetterContext> {
      const locale = recipient.locale;
      const catalog = getService(strapi, 'catalog');
      const settings = await getService(strapi, 'settings').get();
      const department = await catalog.department(complaint.departmentId);
      const category = await catalog.category(complaint.categoryId);
      // A new complaint has no hearing or agreements yet, and a staff reminder needs neither: spare the
      // queries on the intake's hot path and in the sweep.
      const fresh = complaint.status === 'received' || (options.light === true && !options.agreementId);
      const { preload } = options;
      const persons = complaint.aboutEmployeeBehaviour ? await getService(strapi, 'persons').of(complaint) : [];
      // Sequential: this runs inside the caller's transaction, on one connection.
      // the complainant's letters speak of the conversation that hears them, the employee's of theirs
      const side = options.audience === 'complainant' || options.audience === 'accused' ? options.audience : null;
      const hearings = getService(strapi, 'hearing');
      const hearing: HearingRow | null = fresh ? null : preload ? (preload.hearings.get(complaint.id) ?? null) : side ? await hearings.currentFor(complaint.id, side) : await hearings.current(complaint.id);
      const agreementRows: AgreementRow[] = fresh
        ? []
        : preload && options.agreementId
          ? [preload.agreements.get(options.agreementId)].filter((a): a is AgreementRow => Boolean(a))
          : !options.agreementId && preload?.agreementsOf?.has(complaint.id)
            ? (preload.agreementsOf.get(complaint.id) as AgreementRow[])
            : await strapi.db.query(UID.agreement).findMany({ where: options.agreementId ? { id: options.agreementId } : { complaintId: complaint.id }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] });
      const names = fresh ? new Map<number, string>() : (preload?.names ?? (await getService(strapi, 'dossier').userNames([complaint.handlerId])));
      // the parts judged one by one: only a complaint with an outcome has them
      const partRows: PartRow[] =
        fresh || options.light || !complaint.judgement ? [] : await strapi.db.query(UID.part).findMany({ where: { complaintId: complaint.id, ...CURRENT_ROUND }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
      const ownerNames = fresh ? new Map<number, string>() : (preload?.names ?? (await getService(strapi, 'dossier').userNames(agreementRows.map((a) => a.ownerUserId))));
      const departments = await catalog.departments();
      const base = publicBaseUrl(strapi);
      // The complainant's own key to their dossier: in their letters only, never in a staff or accused
      // letter. Stored and previewed with a stand-in for the token (staff read those); the outbox and the
      // PDF fill in the real one.
      const statusUrl = options.audience === 'complainant' && !complaint.anonymisedAt ? statusLinkUrl(base, complaint.reference, STAND_IN_TOKEN, locale) : null;
      const date = (value: unknown) => (value ? (value instanceof Date ? value.toISOString() : String(value)) : null);
      // the letter's date: the next body's deadline counts from it
      const today = new Date(getService(strapi, 'clock').now()).toISOString();
      const nextBody = nextBodyContext(settings, today, locale);

      return {
        locale,
        today,
        regime: nextBody.regime,
        organisation: { name: settings.organisationName, address: settings.organisationAddress },
        recipient: { name: recipient.name },
        complaint: {
          reference: complaint.reference,
          receivedAt: date(complaint.receivedAt) ?? '',
          channel: CHANNEL_LABELS[complaint.channel as keyof typeof CHANNEL_LABELS]?.[locale] ?? complaint.channel,
          description: complaint.description ?? '',
          desiredOutcome: complaint.desiredOutcome ?? null,
          category: category ? (locale === 'en' ? category.nameEn : category.nameNl) : null,
          department: department ? departmentName(department, locale) : null,
          status: STATUS_LABELS[complaint.status][locale],
          acknowledgementDue: complaint.acknowledgementDue ?? null,
          handlingDue: complaint.handlingDue ?? null,
          statusUrl,
          answer: complaint.acknowledgementAnswer ?? null,
          judgement: complaint.judgement ? JUDGEMENT_LABELS[complaint.judgement][locale] : null,
          findings: complaint.findings ?? null,
          conclusions: complaint.conclusions ?? null,
          notAdmissibleReason: complaint.notAdmissibleReason ? NOT_ADMISSIBLE_LABELS[complaint.notAdmissibleReason][locale] : null,
          notAdmissibleExplanation: complaint.notAdmissibleExplanation ?? null,
          referral: complaint.notAdmissibleReferral ?? null,
          extensionReason: complaint.extensionReason ?? null,
          reopenReason: complaint.reopenReason ?? null,
          forwardedTo: complaint.forwardedTo ?? null,
          forwardReason: complaint.forwardReason ?? null,
          previousHandlingDue: options.extra?.previousHandlingDue ?? complaint.handlingDueOriginal ?? null,
          aboutEmployeeBehaviour: Boolean(complaint.aboutEmployeeBehaviour),
          accusedName: namesInSentence(persons.map((p) => p.name), locale),
          adminUrl: `${base}/admin/plugins/complaints/complaints/${complaint.id}`,
          ...complaintTermFields(complaint, settings),
        },
        complainant: {
          name: complaint.complainantName ?? '',
          address: complaint.complainantAddress ?? null,
          postalCode: complaint.complainantPostalCode ?? null,
          city: complaint.complainantCity ?? null,
          email: complaint.complainantEmail ?? null,
        },
        hearing: hearing && !hearing.skippedReason
          ? {
              plannedAt: date(hearing.plannedAt),
              heldAt: date(hearing.heldAt),
              mode: hearing.mode ? HEARING_MODE_LABELS[hearing.mode][locale] : null,
              location: hearing.location ?? null,
              attendees: hearing.attendees ?? null,
              withBoth: sideOf(hearing) === 'both',
              respondBy: hearing.respondBy ? String(hearing.respondBy).slice(0, 10) : null,
            }
          : null,
        parts: partRows.map((p) => ({ description: p.description, judgement: JUDGEMENT_LABELS[p.judgement][locale] })),
        agreements: agreementRows.map((a) => ({
          description: a.description,
          dueDate: a.dueDate,
          owner: a.ownerUserId ? (ownerNames.get(a.ownerUserId) ?? null) : departmentNameOf(departments, a.ownerDepartmentId, locale),
          status: AGREEMENT_STATUS_LABELS[a.status][locale],
        })),
        committee: nextBody.committee,
        handler: { name: complaint.handlerId ? (names.get(complaint.handlerId) ?? null) : null },
        furtherRecourse: nextBody.furtherRecourse,
        question: options.question ?? null,
        survey: options.survey ?? null,
        documents: options.documents ?? [],
      };
    },

    /** An outbox row as columns (one INSERT, no read-back: this is on the intake's hot path). */
    row(complaint: ComplaintRow, options: QueueOptions, context: LetterContext): Record<string, unknown> {
      const now = getService(strapi, 'clock').now();
      const documentId = crypto.randomBytes(12).toString('base64url');
      return storedRow(
        {
          documentId,
          complaintId: complaint.id,
          kind: options.kind,
          audience: options.audience,
          channel: options.channel,
          locale: options.recipient.locale,
          recipientName: options.recipient.name,
          recipientEmail: options.channel === 'email' ? options.recipient.email : null,
          recipientAddress: options.recipient.addressLines.join('\n') || null,
          context: JSON.stringify(context),
          status: 'queued',
          attempts: 0,
          nextAttemptAt: now,
          messageId: `<${complaint.reference.toLowerCase()}.${options.kind}.${documentId}@${mailDomain()}>`,
          dedupeKey: options.dedupeKey ?? null,
        },
        now,
      );
    },

    /**
     * The agreements letter for an outcome still being composed: the complaint's context with the draft's
     * judgement, findings, conclusions and agreements, rendered with the current template.
     */
    async previewOutcome(complaint: ComplaintRow, draft: { judgement: Judgement; findings: string; conclusions: string | null; parts?: Array<{ description: string; judgement: Judgement }>; agreements: Array<{ description: string; dueDate: string; ownerUserId: number | null; ownerDepartmentId: number | null }> }) {
      const { recipient } = this.complainant(complaint);
      const context = await this.context(complaint, recipient, { audience: 'complainant' });
      const locale = recipient.locale;
      const names = await getService(strapi, 'dossier').userNames(draft.agreements.map((a) => a.ownerUserId));
      const departments = await getService(strapi, 'catalog').departments();
      context.complaint.judgement = JUDGEMENT_LABELS[draft.judgement][locale];
      context.complaint.findings = draft.findings;
      context.complaint.conclusions = draft.conclusions;
      context.parts = (draft.parts ?? []).map((p) => ({ description: p.description, judgement: JUDGEMENT_LABELS[p.judgement][locale] }));
      // the letter goes out when it is sent: the dissatisfaction window counts from today
      const settings = await getService(strapi, 'settings').get();
      if (!context.complaint.dissatisfactionOpenUntil) context.complaint.dissatisfactionOpenUntil = dissatisfactionOpenUntil(context.today, settings.dissatisfactionWindowWeeks);
      context.agreements = draft.agreements.map((a) => ({
        description: a.description,
        dueDate: a.dueDate,
        owner: a.ownerUserId ? (names.get(a.ownerUserId) ?? null) : departmentNameOf(departments, a.ownerDepartmentId, locale),
        status: AGREEMENT_STATUS_LABELS.open[locale],
      }));
      const { subject, body } = await getService(strapi, 'letterTemplates').get('agreements_letter', 'complainant', locale);
      // rendered on a worker: an editor's template and a long text must not stall the server
      const rendered = await getService(strapi, 'work').run('renderLetter', { template: { subject, body }, context });
      return { subject: rendered.subject, html: rendered.html, text: rendered.text, channel: this.complainant(complaint).channel };
    },

    /** The letters each domain event causes. */
    async onDomainEvent(event: DomainEvent): Promise<void> {
      const found = event.complaint ?? (await getService(strapi, 'complaints').findById(event.complaintId));
      if (!found) return;
      const complaint = await getService(strapi, 'persons').withPersons(found);
      const letters: QueueOptions[] = [];
      const staffLetters = (kind: LetterKind, recipients: Recipient[]) =>
        letters.push(...recipients.filter((r) => r.email).map((recipient) => ({ kind, audience: 'staff' as const, recipient, channel: 'email' as const })));

      if (event.type === 'complaint.received') {
        if (complaint.channel === 'online' && complaint.complainantEmail) {
          letters.push({ kind: 'submission_received', audience: 'complainant', recipient: this.complainant(complaint).recipient, channel: 'email' });
        }
        staffLetters('staff_new_complaint', await this.departmentRecipients(complaint));
        if (complaint.aboutEmployeeBehaviour && complaint.handlerId) staffLetters('staff_behaviour_assigned', await this.staff([complaint.handlerId]));
      } else if (event.type === 'complaint.transferred') {
        // the new department hears of it as of a new complaint; a behaviour complaint's new handler too
        staffLetters('staff_new_complaint', await this.departmentRecipients(complaint));
        if (complaint.aboutEmployeeBehaviour && complaint.handlerId) staffLetters('staff_behaviour_assigned', await this.staff([complaint.handlerId]));
      } else if (event.type === 'complaint.mail_received') {
        // a reply by e-mail: its handler reads it (no handler yet: the department)
        if (event.data.kind === 'reply') {
          const handler = await this.staff([complaint.handlerId]);
          staffLetters('staff_reply_received', handler.length ? handler : await this.departmentRecipients(complaint));
        }
      } else if (event.type === 'complaint.handler_assigned') {
        if (complaint.aboutEmployeeBehaviour) staffLetters('staff_behaviour_assigned', await this.staff([complaint.handlerId]));
      } else if (event.type === 'complaint.hearing_planned' && event.data.side === 'accused') {
        // a conversation with the employees alone: their invitations, none to the complainant
        letters.push(...(await this.accusedLetters(complaint, 'hearing_invitation')));
      } else if (COMPLAINANT_LETTERS[event.type]) {
        const { recipient } = this.complainant(complaint);
        const extra = event.type === 'complaint.term_extended' ? { previousHandlingDue: String(event.data.from ?? '') || null } : undefined;
        for (const to of this.complainantSide(complaint)) letters.push({ kind: COMPLAINANT_LETTERS[event.type], audience: 'complainant', recipient: to.recipient, channel: to.channel, extra });
        // how satisfied the complainant is: asked by e-mail once the complaint is finished (not withdrawn)
        const survey = getService(strapi, 'survey').openUntil(complaint, event.toStatus, event.at);
        // asked once: a reopened complaint that closes again was answered already
        if (survey && complaint.complainantEmail && !complaint.surveyAnsweredAt) letters.push({ kind: 'satisfaction_survey', audience: 'complainant', recipient, channel: 'email', survey: { until: survey } });
        // Awb 9:11: the persons complained about are told of an extension too.
        if (event.type === 'complaint.term_extended') letters.push(...(await this.accusedLetters(complaint, 'term_extension', extra)));
        // Awb 9:9 and 9:12: the persons complained about get a copy of the complaint once it is taken
        // up, and the outcome
        if (event.type === 'complaint.acknowledged') letters.push(...(await this.accusedCopy(complaint)));
        // Awb 9:10: invited together with the complainant
        if (event.type === 'complaint.hearing_planned' && event.data.side === 'both') letters.push(...(await this.accusedLetters(complaint, 'hearing_invitation')));
        if (event.type === 'complaint.outcome_sent') letters.push(...(await this.accusedLetters(complaint, 'agreements_letter')));
      }
      await this.queueMany(complaint, letters, event.writes);
    },

    /**
     * The employees a behaviour complaint is about whom a letter reaches: the persons staff linked to an
     * admin account with an e-mail address.
     */
    async accusedRecipients(complaint: ComplaintRow): Promise<Array<Recipient & { id: number }>> {
      if (!complaint.aboutEmployeeBehaviour) return [];
      const accounts = await getService(strapi, 'persons').accountsOn(complaint);
      return (await this.staffWithIds(accounts)).filter((r) => r.email);
    },

    /** A letter of this kind to each of them. */
    async accusedLetters(complaint: ComplaintRow, kind: LetterKind, extra?: QueueOptions['extra']): Promise<QueueOptions[]> {
      return (await this.accusedRecipients(complaint)).map(({ id: _id, ...recipient }) => ({ kind, audience: 'accused' as const, recipient, channel: 'email' as const, extra }));
    },

    /**
     * Awb 9:9: a copy of the complaint and its documents to each employee it is about, where staff linked
     * them to an admin account; once per complaint and person.
     */
    async accusedCopy(complaint: ComplaintRow): Promise<QueueOptions[]> {
      const recipients = await this.accusedRecipients(complaint);
      if (!recipients.length) return [];
      const documents = (await getService(strapi, 'attachments').rowsOf(complaint.id)).map((row) => ({ fileName: row.fileName, type: ATTACHMENT_TYPES[row.mimeType as AttachmentType] ?? row.mimeType }));
      return recipients.map(({ id, ...recipient }) => ({ kind: 'accused_copy', audience: 'accused', recipient, channel: 'email', documents, dedupeKey: `accused_copy:${complaint.id}:${id}` }));
    },

    /**
     * Several letters of one complaint into a write batch (one INSERT): the emitter's, stored with the
     * change that caused them, or without one (tools, tests) a batch of their own in a transaction of its
     * own. The outbox is woken once they are stored for good. A row whose dedupe key exists already is
     * skipped.
     */
    async queueMany(complaint: ComplaintRow, letters: QueueOptions[], batch?: WriteBatch): Promise<void> {
      if (!letters.length) return;
      const rows: Record<string, unknown>[] = [];
      for (const options of letters) rows.push(this.row(complaint, options, await this.context(complaint, options.recipient, options)));
      const writes = batch ?? new WriteBatch();
      writes.insertLetters(rows);
      writes.afterWrite(() => getService(strapi, 'outbox').wake());
      if (batch) return;
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        await writes.store(strapi, trx);
        onCommit(() => writes.done());
      });
    },

    /** The department's address and manager, for "new complaint" notices. */
    async departmentRecipients(complaint: ComplaintRow): Promise<Recipient[]> {
      const department = await getService(strapi, 'catalog').department(complaint.departmentId);
      if (!department) return [];
      // a manager complained about hears of it through the copy the law gives them (9:9), not as its department
      const accused = department.managerId === null ? [] : await getService(strapi, 'persons').accountsOn(complaint);
      const recipients = await this.staff([department.managerId !== null && accused.includes(department.managerId) ? null : department.managerId]);
      if (department.email && !recipients.some((r) => r.email === department.email)) recipients.push({ name: department.name, email: department.email, addressLines: [], locale: 'nl' });
      return recipients;
    },

    /** Bootstrap: letters follow the procedure's domain events. */
    subscribe(): void {
      getService(strapi, 'domainEvents').on('*', (event) => this.onDomainEvent(event));
    },

    async listForComplaint(complaintId: number): Promise<LetterSummary[]> {
      return strapi.db.query(UID.letter).findMany({
        where: { complaintId },
        orderBy: { id: 'asc' },
        select: [...LETTER_SUMMARY_FIELDS],
      });
    },

    async requireLetter(letterId: number): Promise<LetterRow> {
      const letter: LetterRow | null = await strapi.db.query(UID.letter).findOne({ where: { id: letterId } });
      if (!letter) throw new NotFoundError({ nl: 'Deze brief bestaat niet.', en: 'This letter does not exist.' });
      return letter;
    },

    /**
     * A letter's text as HTML and plain text, from the blocks it was sent with. The complainant's status
     * link keeps its placeholder: staff read the letter, they do not need the complainant's key.
     */
    content(letter: LetterRow): LetterPreview {
      if (!letter.blocks) throw new ProcedureConflictError('letter_not_rendered', { nl: 'Deze brief is nog niet opgemaakt; probeer het zo opnieuw.', en: 'This letter has not been rendered yet; try again shortly.' });
      return { subject: letter.subject ?? '', html: blocksToHtml(letter.blocks), text: blocksToText(letter.blocks) };
    },

    /** Sent again: only from `failed`, decided by the UPDATE itself (see markPrinted). */
    async retry(letterId: number, actor: Actor) {
      const letter = await this.requireLetter(letterId);
      const now = getService(strapi, 'clock').now();
      await strapi.db.transaction(async ({ onCommit }) => {
        const { count } = await strapi.db
          .query(UID.letter)
          .updateMany({ where: { id: letterId, status: 'failed' }, data: { status: 'queued', attempts: 0, nextAttemptAt: now, claimedBy: null, claimedUntil: null } });
        if (count !== 1) throw new ProcedureConflictError('letter_not_failed', { nl: 'Alleen een mislukte brief kan opnieuw worden verstuurd.', en: 'Only a failed letter can be sent again.' });
        await getService(strapi, 'audit').record({ complaintId: letter.complaintId, type: 'letter.retried', actor, data: { letterId, kind: letter.kind }, at: now });
        onCommit(() => getService(strapi, 'outbox').wake());
      });
    },
  };
};
