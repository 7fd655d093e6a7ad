/**
 * The one way a complaint changes: lock it, ask the state machine, apply the change, write the audit
 * event and emit the domain event, all in one database transaction. A refusal (HTTP 409) or any error
 * rolls everything back.
 */
import type { Core } from '@strapi/strapi';
import { decide, type ActionInputs, type ActionName, type ComplaintStatus, type Decision } from '../domain/procedure';
import { ProcedureConflictError } from '../errors';
import { WriteBatch } from '../persistence/write-batch';
import { UID } from '../uids';
import type { AccessScope } from './access';
import type { Actor } from './actor';
import type { ComplaintRow } from './complaints';
import { getService } from './registry';

export interface TransitionContext {
  complaint: ComplaintRow;
  decision: Extract<Decision, { allowed: true }>;
  trx: Core.Strapi['db']['connection'];
  now: Date;
}

export interface TransitionEffect {
  /** Complaint fields to set (the status is set from the decision). */
  changes?: Record<string, unknown>;
  note?: string | null;
  /** Extra facts for the audit event and the domain event (letters use them). */
  data?: Record<string, unknown>;
}

export interface TransitionRequest<A extends ActionName> {
  complaintId: number;
  action: A;
  actor: Actor;
  /** The caller's access scope; null for the public API and the system, which check access themselves. */
  scope: AccessScope | null;
  input: ActionInputs[A] | ((complaint: ComplaintRow) => ActionInputs[A] | Promise<ActionInputs[A]>);
  /** Writes the step's own rows (hearing, agreements …) and returns the complaint changes. */
  apply?: (ctx: TransitionContext) => Promise<TransitionEffect> | TransitionEffect;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async run<A extends ActionName>(request: TransitionRequest<A>): Promise<ComplaintRow> {
    const complaints = getService(strapi, 'complaints');
    const now = getService(strapi, 'clock').now();

    return strapi.db.transaction(async ({ trx, onCommit }) => {
      await complaints.lock(trx, request.complaintId);
      const complaint = await complaints.requireById(request.complaintId);
      getService(strapi, 'access').assertCanSee(request.scope, complaint);

      const facts = await complaints.facts(complaint);
      const input = typeof request.input === 'function' ? await (request.input as (complaint: ComplaintRow) => ActionInputs[A] | Promise<ActionInputs[A]>)(complaint) : request.input;
      const decision = decide(request.action, facts, input, { now });
      if (!decision.allowed) throw new ProcedureConflictError(decision.refusal.code, decision.refusal.message);

      const effect = (await request.apply?.({ complaint, decision, trx, now })) ?? {};
      const fromStatus: ComplaintStatus = complaint.status;
      const updated: ComplaintRow = await strapi.db.query(UID.complaint).update({
        where: { id: complaint.id },
        data: { ...(effect.changes ?? {}), status: decision.to },
      });

      await getService(strapi, 'audit').record({
        complaintId: complaint.id,
        type: decision.event,
        fromStatus,
        toStatus: decision.to,
        actor: request.actor,
        note: effect.note ?? null,
        data: effect.data ?? null,
        at: now,
      });
      // what the event's subscribers write (letters) is stored here, in this transaction
      const writes = new WriteBatch();
      await getService(strapi, 'domainEvents').emit({
        type: decision.event,
        complaintId: complaint.id,
        complaint: updated,
        fromStatus,
        toStatus: decision.to,
        actor: request.actor,
        at: now,
        data: effect.data ?? {},
        writes,
      });
      await writes.store(strapi, trx);
      onCommit(() => writes.done());
      return updated;
    });
  },
});
