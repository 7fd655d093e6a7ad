/**
 * The events other systems can subscribe to (Strapi's webhooks): one per step of the procedure, named as
 * the audit trail names them. Their payload carries no personal data: the reference, the event, the step,
 * the dates and the ids of department and category — what an integration needs to fetch the rest through
 * an authorised API, nothing a leaked webhook log could expose about a complainant.
 */
import type { Message } from './messages';

export const WEBHOOK_EVENTS = {
  'complaint.received': { nl: 'Klacht ontvangen', en: 'Complaint received' },
  'complaint.acknowledged': { nl: 'Ontvangst bevestigd', en: 'Receipt acknowledged' },
  'complaint.solved_at_acknowledgement': { nl: 'Opgelost naar tevredenheid (Awb 9:5)', en: 'Resolved to satisfaction (Awb 9:5)' },
  'complaint.handler_assigned': { nl: 'Behandelaar toegewezen', en: 'Handler assigned' },
  'complaint.transferred': { nl: 'Overgedragen aan een andere afdeling', en: 'Transferred to another department' },
  'complaint.not_admissible': { nl: 'Niet in behandeling genomen', en: 'Not taken into consideration' },
  'complaint.term_extended': { nl: 'Termijn verlengd', en: 'Term extended' },
  'complaint.delay_consented': { nl: 'Instemming met uitstel', en: 'Delay agreed' },
  'complaint.hearing_planned': { nl: 'Gesprek gepland', en: 'Hearing planned' },
  'complaint.hearing_held': { nl: 'Gesprek gehouden', en: 'Hearing held' },
  'complaint.hearing_skipped': { nl: 'Afgezien van horen', en: 'Hearing skipped' },
  'complaint.outcome_sent': { nl: 'Uitkomst verstuurd', en: 'Outcome sent' },
  'complaint.monitoring_started': { nl: 'Afspraken bewaakt', en: 'Agreements monitored' },
  'complaint.agreement_result': { nl: 'Afspraak nagekomen of niet', en: 'Agreement kept or not' },
  'complaint.outcome_accepted': { nl: 'Uitkomst aanvaard', en: 'Outcome accepted' },
  'complaint.dissatisfaction_declared': { nl: 'Klager ontevreden', en: 'Complainant dissatisfied' },
  'complaint.dispute_eligible': { nl: 'Naar de geschillencommissie', en: 'Open for the disputes committee' },
  'complaint.committee_outcome': { nl: 'Uitspraak geschillencommissie', en: 'Committee ruling' },
  'complaint.withdrawn': { nl: 'Ingetrokken', en: 'Withdrawn' },
  'complaint.closed': { nl: 'Afgesloten', en: 'Closed' },
  'complaint.reopened': { nl: 'Heropend', en: 'Reopened' },
  'complaint.forwarded': { nl: 'Doorgestuurd naar een andere organisatie', en: 'Forwarded to another organisation' },
  'complaint.mail_received': { nl: 'E-mail ontvangen bij de klacht', en: 'E-mail received for the complaint' },
  'complaint.letter_bounced': { nl: 'Brief onbestelbaar (e-mail kwam terug)', en: 'Letter undeliverable (e-mail bounced)' },
} as const satisfies Record<string, Message>;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;

export function isWebhookEvent(type: string): type is WebhookEvent {
  return Object.prototype.hasOwnProperty.call(WEBHOOK_EVENTS, type);
}

/** What a subscriber receives (Strapi adds `event` and `createdAt` around it). */
export interface WebhookPayload {
  reference: string;
  /** The step whose admin page lists the complaint after the event (2–6); null once it is finished. */
  step: number | null;
  fromStatus: string | null;
  toStatus: string | null;
  /** When it happened (ISO). */
  at: string;
  receivedOn: string | null;
  acknowledgementDue: string | null;
  handlingDue: string | null;
  departmentId: number | null;
  categoryId: number | null;
  channel: string | null;
}
