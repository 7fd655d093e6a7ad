/**
 * The procedure's events as Strapi webhooks: registered with Strapi's own webhook store, so a site owner
 * subscribes to them like to any Strapi event, and emitted on Strapi's event hub, where the webhook runner
 * picks them up. Emitted once the change is stored for good (a rolled-back change announces nothing),
 * with a payload built from an allow-list of fields: nothing of the complainant's.
 */
import type { Core } from '@strapi/strapi';
import { STEP_OF_STATUS, type ComplaintStatus } from '../../../shared/procedure';
import { WEBHOOK_EVENTS, isWebhookEvent, type WebhookEvent, type WebhookPayload } from '../../../shared/webhooks';
import type { DomainEvent } from '../services/domain-events';
import { getService } from '../services/registry';

/** The key Strapi's webhook store files an event under (unique among every plugin's). */
export function storeKey(event: WebhookEvent): string {
  return `COMPLAINTS_${event.replace(/^complaint\./, '').toUpperCase()}`;
}

/** The payload of a domain event: only what is listed here leaves the site. */
export function webhookPayload(event: DomainEvent): WebhookPayload | null {
  const complaint = event.complaint;
  if (!complaint) return null;
  const status = (event.toStatus ?? complaint.status) as ComplaintStatus;
  return {
    reference: complaint.reference,
    step: STEP_OF_STATUS[status] ?? null,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    at: event.at.toISOString(),
    receivedOn: complaint.receivedOn ?? null,
    acknowledgementDue: complaint.acknowledgementDue ?? null,
    handlingDue: complaint.handlingDue ?? null,
    departmentId: complaint.departmentId ?? null,
    categoryId: complaint.categoryId ?? null,
    channel: complaint.channel ?? null,
  };
}

/** In register: makes the events known to the webhook store (before the runner loads the stored webhooks). */
export function registerWebhookEvents(strapi: Core.Strapi): void {
  const store = strapi.get('webhookStore') as { addAllowedEvent(key: string, value: string): void };
  for (const event of Object.keys(WEBHOOK_EVENTS) as WebhookEvent[]) store.addAllowedEvent(storeKey(event), event);
}

/** In bootstrap: every domain event with a webhook name goes out once its change is stored. */
export function emitWebhooks(strapi: Core.Strapi): void {
  getService(strapi, 'domainEvents').on('*', (event) => {
    if (!isWebhookEvent(event.type)) return;
    const payload = webhookPayload(event);
    if (!payload) return;
    event.writes.afterWrite(() => {
      strapi.eventHub.emit(event.type, payload).catch((error: unknown) => {
        strapi.log.error(`[complaints] webhook event ${event.type} for ${payload.reference} not handed over: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
  });
}
