/**
 * A site webhook's events with the complaint events chosen here: Strapi's own events (and other
 * plugins') stay as they are, the complaint events become exactly the chosen ones.
 */
import { isWebhookEvent, WEBHOOK_EVENTS, type WebhookEvent } from '../../../shared/webhooks';

export const COMPLAINT_EVENTS = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

export function withComplaintEvents(current: readonly string[], chosen: ReadonlySet<string>): string[] {
  const others = current.filter((event) => !isWebhookEvent(event));
  return [...others, ...COMPLAINT_EVENTS.filter((event) => chosen.has(event))];
}

/** The complaint events a webhook already receives. */
export function complaintEventsOf(events: readonly string[]): Set<WebhookEvent> {
  return new Set(events.filter(isWebhookEvent));
}
