/**
 * The audit trail (complaint-event rows). Append-only: there is no route to change or delete an event,
 * and a database lifecycle guard refuses updates and deletes from any code path, the content manager
 * included (see register.ts).
 */
import type { Core } from '@strapi/strapi';
import crypto from 'crypto';
import { UID } from '../uids';
import { storedRow } from '../persistence/database';
import { insertEvent, type WriteBatch } from '../persistence/write-batch';
import type { Actor } from './actor';

export interface AuditEntry {
  complaintId: number;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  actor: Actor;
  note?: string | null;
  data?: Record<string, unknown> | null;
  at: Date;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * One INSERT without a read-back, in the caller's transaction (a nested transaction joins it); or, with
   * a batch, one row of it.
   */
  async record(entry: AuditEntry, batch?: WriteBatch): Promise<void> {
    const row = this.row(entry);
    if (batch) batch.insertEvents([row]);
    else await insertEvent(strapi, row);
  },

  /** The event as its row. */
  row(entry: AuditEntry): Record<string, unknown> {
    const at = new Date(entry.at);
    return storedRow(
      {
        documentId: crypto.randomBytes(12).toString('base64url'),
        complaintId: entry.complaintId,
        type: entry.type,
        fromStatus: entry.fromStatus ?? null,
        toStatus: entry.toStatus ?? null,
        actorType: entry.actor.type,
        actorId: entry.actor.type === 'admin' ? entry.actor.id : null,
        actorName: entry.actor.type === 'admin' ? entry.actor.name : null,
        note: entry.note ?? null,
        data: entry.data ? JSON.stringify(entry.data) : null,
        at,
      },
      at,
    );
  },

  async list(complaintId: number) {
    return strapi.db.query(UID.event).findMany({
      where: { complaintId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: ['id', 'type', 'fromStatus', 'toStatus', 'actorType', 'actorId', 'actorName', 'note', 'data', 'at'],
    });
  },
});
