/**
 * The audit trail (complaint-event rows). Append-only: there is no route to change or delete an event,
 * and a database lifecycle guard refuses updates and deletes from any code path, the content manager
 * included (see register.ts).
 */
import type { Core } from '@strapi/strapi';
import { UID } from '../uids';
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
  async record(entry: AuditEntry): Promise<void> {
    await strapi.db.query(UID.event).create({
      data: {
        complaintId: entry.complaintId,
        type: entry.type,
        fromStatus: entry.fromStatus ?? null,
        toStatus: entry.toStatus ?? null,
        actorType: entry.actor.type,
        actorId: entry.actor.type === 'admin' ? entry.actor.id : null,
        actorName: entry.actor.type === 'admin' ? entry.actor.name : null,
        note: entry.note ?? null,
        data: entry.data ?? null,
        at: entry.at,
      },
    });
  },

  async list(complaintId: number) {
    return strapi.db.query(UID.event).findMany({
      where: { complaintId },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: ['id', 'type', 'fromStatus', 'toStatus', 'actorType', 'actorId', 'actorName', 'note', 'data', 'at'],
    });
  },
});
