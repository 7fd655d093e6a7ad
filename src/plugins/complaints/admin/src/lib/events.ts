/**
 * Labels of the audit trail: every event type the server writes (audit rows of transitions, intake and
 * letters) has a translation key; an unknown type still shows, with its raw name.
 */
export const EVENT_TYPES = [
  'complaint.received',
  'complaint.acknowledged',
  'complaint.solved_at_acknowledgement',
  'complaint.not_admissible',
  'complaint.hearing_planned',
  'complaint.hearing_held',
  'complaint.hearing_skipped',
  'complaint.outcome_sent',
  'complaint.monitoring_started',
  'complaint.agreement_result',
  'complaint.closed',
  'complaint.outcome_accepted',
  'complaint.term_extended',
  'complaint.delay_consented',
  'complaint.handler_assigned',
  'complaint.transferred',
  'complaint.withdrawn',
  'complaint.dissatisfaction_declared',
  'complaint.dispute_eligible',
  'complaint.committee_outcome',
  'complaint.anonymised',
  'complaint.data_exported',
  'complaint.attachments_added',
  'complaint.attachment_infected',
  'complaint.question_asked',
  'complaint.question_answered',
  'complaint.survey_answered',
  'complaint.reopened',
  'complaint.forwarded',
  'complaint.corrected',
  'complaint.linked',
  'complaint.unlinked',
  'complaint.mail_received',
  'complaint.letter_bounced',
  'complaint.note_added',
  'letter.to_print',
  'letter.sent',
  'letter.failed',
  'letter.possibly_duplicated',
  'letter.printed',
  'letter.retried',
] as const;

const KNOWN = new Set<string>(EVENT_TYPES);

/** The translation key (without the plugin prefix) of an event type. */
export function eventLabelKey(type: string): string {
  return KNOWN.has(type) ? `event.${type.replace('.', '_')}` : 'event.unknown';
}

export interface TimelineActor {
  actorType: 'admin' | 'public' | 'system' | string;
  actorName?: string | null;
  /** The event: a complaint received from the public came through the web form, later ones through the status page. */
  type?: string;
}

/** Who did it: the staff member's name, or a translation key for the complainant and the system. */
export function actorLabel(event: TimelineActor): { name: string } | { key: string } {
  if (event.actorType === 'admin' && event.actorName) return { name: event.actorName };
  if (event.actorType === 'public') return { key: event.type === 'complaint.received' ? 'actor.publicForm' : 'actor.public' };
  if (event.actorType === 'system') return { key: 'actor.system' };
  return { key: 'actor.staff' };
}
