/**
 * Domain events (`complaint.received`, `complaint.acknowledged`, …), emitted by the procedure services
 * inside the transaction of the change that caused them. Subscribers (letters, reminders) run in that same
 * transaction, so what they write (outbox rows) commits or rolls back with the change.
 */
import type { WriteBatch } from '../persistence/write-batch';
import type { Actor } from './actor';

export interface DomainEvent {
  type: string;
  complaintId: number;
  /** The complaint as it is after the change (spares subscribers a read). */
  complaint?: import('./complaints').ComplaintRow;
  fromStatus: string | null;
  toStatus: string | null;
  actor: Actor;
  at: Date;
  data: Record<string, unknown>;
  /**
   * Where subscribers put the rows they write (letters): the emitter stores them in the transaction of the
   * change, with the change itself where it can (a new complaint: one statement on PostgreSQL).
   */
  writes: WriteBatch;
}

export type DomainEventHandler = (event: DomainEvent) => Promise<void> | void;

export default () => {
  const handlers = new Map<string, DomainEventHandler[]>();
  return {
    /** Subscribe to one event type, or '*' for all. Returns the unsubscribe function. */
    on(type: string, handler: DomainEventHandler): () => void {
      const list = handlers.get(type) ?? [];
      list.push(handler);
      handlers.set(type, list);
      return () => handlers.set(type, (handlers.get(type) ?? []).filter((h) => h !== handler));
    },

    async emit(event: DomainEvent): Promise<void> {
      for (const handler of [...(handlers.get(event.type) ?? []), ...(handlers.get('*') ?? [])]) {
        await handler(event);
      }
    },
  };
};
