/**
 * The complaint procedure and the law that frames it, as one guarded state machine.
 *
 * Pure: no Strapi, no database. Services ask `decide()` before every change and apply what it returns in
 * one transaction; the admin asks `allowedActions()` to show only what may happen now.
 */
import type { Message } from '../../../shared/messages';

import { HANDLING_STATUSES, JUDGEMENT_LABELS, judgementOfParts, NOT_ADMISSIBLE_STATUSES, OPEN_STATUSES, SKIP_REASONS_OF_SIDE, STATUS_LABELS, type AgreementStatus, type ComplaintStatus, type HeardSide, type HearingSide, type HearingSkipReason, type Judgement, type NotAdmissibleReason } from '../../../shared/procedure';
import { ACTION_NAMES, type ActionName } from '../../../shared/actions';
import { heardSides, noEmployeeSide, noResponseTermPassed, sideAlreadyHeard, sidesOf, statusAfterHearing, type HearingFact } from './hearings';
import { refuse, type Refusal } from './refusal';

// The vocabulary lives in shared/ (the admin and the form use it too); the domain's importers find it here.
export { STATUSES, STATUS_LABELS, STEP_LABELS, STEP_OF_STATUS, STATUSES_OF_STEP, FINAL_STATUSES, OPEN_STATUSES, HANDLING_STATUSES, NOT_ADMISSIBLE_STATUSES, CHANNELS, CHANNEL_LABELS, JUDGEMENTS, JUDGEMENT_LABELS, NOT_ADMISSIBLE_REASONS, NOT_ADMISSIBLE_LABELS, HEARING_SKIP_REASONS, SKIP_REASONS_OF_SIDE, HEARING_SIDES, HEARING_SIDE_LABELS, HEARING_MODES, HEARING_MODE_LABELS, AGREEMENT_STATUSES, AGREEMENT_STATUS_LABELS } from '../../../shared/procedure';
export type { ComplaintStatus, Channel, Judgement, NotAdmissibleReason, HearingSkipReason, HearingMode, HearingSide, HeardSide, AgreementStatus } from '../../../shared/procedure';
export { ACTION_NAMES, type ActionName } from '../../../shared/actions';
export { sidesToHear, sidesOf, heardSides, sideStandings, type HearingFact, type SideStanding } from './hearings';
export type { Refusal } from './refusal';

/** What the rules need to know about a complaint. */
export interface ComplaintFacts {
  status: ComplaintStatus;
  aboutEmployeeBehaviour: boolean;
  /** The admin accounts of the persons complained about (Awb 9:7). */
  accusedUserIds: readonly number[];
  handlerId: number | null;
  departmentManagerId: number | null;
  acknowledgedAt: string | Date | null;
  answerGivenInAcknowledgement: boolean;
  outcomeSentAt: string | Date | null;
  outcomeAcceptedAt: string | Date | null;
  handlingDueOriginal: string | null;
  handlingDue: string | null;
  extendedAt: string | Date | null;
  dissatisfactionDeclaredAt: string | Date | null;
  disputeEligible: boolean;
  noAgreements: boolean;
  agreementStatuses: AgreementStatus[];
  hearings: HearingFact[];
  /** Today in the organisation's zone: terms that have ended close what depends on them. */
  today: string;
  /** The last day the complainant can declare dissatisfaction (outcome + the window); null before the outcome. */
  dissatisfactionOpenUntil: string | null;
}

export interface ActionInputs extends Record<ActionName, unknown> {
  acknowledge: { answer?: string | null };
  resolveAtAcknowledgement: { hearingWaived: boolean };
  declareNotAdmissible: { reason: NotAdmissibleReason };
  planHearing: { plannedAt: Date; side: HearingSide; respondBy: string | null };
  /** `side`: whom the conversation being recorded heard. */
  recordHearing: { minutes: string; side: HearingSide };
  skipHearing: { reason: HearingSkipReason; side: HeardSide };
  sendOutcome: { judgement: Judgement | null; findings: string; agreementCount: number; noAgreements: boolean; parts?: Judgement[] };
  startMonitoring: Record<string, never>;
  recordAgreementResult: { currentStatus: AgreementStatus };
  close: Record<string, never>;
  extendHandlingTerm: { until: string; latestAllowed: string };
  recordDelayConsent: { until: string };
  assignHandler: { handlerId: number };
  transferDepartment: { departmentId: number; currentDepartmentId: number | null };
  withdraw: Record<string, never>;
  acceptOutcome: Record<string, never>;
  declareDissatisfaction: Record<string, never>;
  markDisputeEligible: Record<string, never>;
  recordCommitteeOutcome: Record<string, never>;
  forward: { organisation: string };
  reopen: { reason: string };
}


export type Decision = { allowed: true; to: ComplaintStatus; event: string } | { allowed: false; refusal: Refusal };

export interface DecisionContext {
  now: Date;
}

interface ActionRule<A extends ActionName> {
  from: readonly ComplaintStatus[];
  /** The status after the action; `null` keeps the current one. */
  to: ComplaintStatus | null | ((facts: ComplaintFacts, input: ActionInputs[A]) => ComplaintStatus);
  /** The domain event emitted (and audited) when the action is applied. */
  event: string;
  label: Message;
  /** Preconditions on the complaint alone: decide what the admin offers at all. */
  when?: (facts: ComplaintFacts) => Refusal | null;
  /** Rules on the action's input. */
  check?: (facts: ComplaintFacts, input: ActionInputs[A], ctx: DecisionContext) => Refusal | null;
}


/**
 * Who handles a new complaint: a complaint about an employee's behaviour goes straight to the department
 * manager; when the manager is among the persons complained about (Awb 9:7), to the manager's superior
 * where the department names one (and that is not complained about either), else it waits for the
 * coordinator to assign. Other complaints wait for the department to choose a handler.
 */
export function initialHandler(
  complaint: { aboutEmployeeBehaviour: boolean; accusedUserIds: readonly number[] },
  departmentManagerId: number | null,
  superiorId: number | null = null,
): number | null {
  if (!complaint.aboutEmployeeBehaviour) return null;
  const managerIsAccused = departmentManagerId !== null && complaint.accusedUserIds.includes(departmentManagerId);
  if (departmentManagerId !== null && !managerIsAccused) return departmentManagerId;
  return managerIsAccused && superiorId !== null && !complaint.accusedUserIds.includes(superiorId) ? superiorId : null;
}

/** Awb 9:7: nobody handles a complaint about their own conduct. */
function impartialHandler(facts: ComplaintFacts, handlerId: number | null): Refusal | null {
  if (handlerId !== null && facts.accusedUserIds.includes(handlerId)) {
    return refuse(
      'handler_is_accused',
      'De klacht gaat over deze medewerker: die mag de klacht niet behandelen (Awb 9:7).',
      'The complaint is about this employee, who may not handle it (Awb 9:7).',
    );
  }
  return null;
}

/** A behaviour complaint is handled by the department manager (unless the manager is the accused). */
function behaviourHandledByManager(facts: ComplaintFacts, handlerId: number | null): Refusal | null {
  if (!facts.aboutEmployeeBehaviour) return null;
  const managerIsAccused = facts.departmentManagerId !== null && facts.accusedUserIds.includes(facts.departmentManagerId);
  if (handlerId === null) {
    return refuse(
      'behaviour_needs_handler',
      'Een klacht over gedrag van een medewerker wordt behandeld door de leidinggevende van de afdeling: wijs eerst een behandelaar toe.',
      "A complaint about an employee's behaviour is handled by the department manager: assign a handler first.",
    );
  }
  if (!managerIsAccused && facts.departmentManagerId !== null && handlerId !== facts.departmentManagerId) {
    return refuse(
      'behaviour_handler_not_manager',
      'Een klacht over gedrag van een medewerker wordt behandeld door de leidinggevende van de afdeling.',
      "A complaint about an employee's behaviour is handled by the department manager.",
    );
  }
  return null;
}

/** Awb 9:11: a term is extended, or further delay consented, only before it has ended. */
function termStillRunning(facts: ComplaintFacts): Refusal | null {
  if (facts.handlingDue && facts.today > facts.handlingDue) {
    return refuse(
      'term_ended',
      `De behandeltermijn is op ${facts.handlingDue} verstreken. Verlengen of uitstel met instemming van de klager kan alleen vóór het einde van de termijn (Awb 9:11); handel de klacht zo snel mogelijk af.`,
      `The handling term ended on ${facts.handlingDue}. It can only be extended, or delayed with the complainant's consent, before it ends (Awb 9:11); handle the complaint as soon as possible.`,
    );
  }
  return null;
}

function internalProcedureDone(facts: ComplaintFacts): Refusal | null {
  if (!facts.acknowledgedAt || !facts.outcomeSentAt) {
    return refuse(
      'internal_procedure_not_done',
      'De interne klachtprocedure is nog niet doorlopen: een geschil kan pas ontstaan na ontvangstbevestiging en uitkomst.',
      'The internal complaint procedure has not been completed: a dispute can only arise after acknowledgement and outcome.',
    );
  }
  return null;
}

/** The finished statuses a complaint can be reopened from (new facts, an unhappy complainant). */
export const REOPENABLE_STATUSES: readonly ComplaintStatus[] = ['closed', 'withdrawn', 'not_admissible', 'solved_at_acknowledgement', 'forwarded'];

const RULES: { [A in ActionName]: ActionRule<A> } = {
  acknowledge: {
    from: ['received'],
    to: 'acknowledged',
    event: 'complaint.acknowledged',
    label: { nl: 'Ontvangst bevestigen', en: 'Acknowledge receipt' },
    when: (facts) => behaviourHandledByManager(facts, facts.handlerId) ?? impartialHandler(facts, facts.handlerId),
  },
  resolveAtAcknowledgement: {
    // Awb 9:5: resolved to the complainant's satisfaction at any moment before the outcome
    from: ['acknowledged', 'hearing_planned', 'hearing_held'],
    to: 'solved_at_acknowledgement',
    event: 'complaint.solved_at_acknowledgement',
    label: { nl: 'Opgelost naar tevredenheid van de klager (Awb 9:5)', en: "Resolved to the complainant's satisfaction (Awb 9:5)" },
    check: (facts, input) =>
      facts.aboutEmployeeBehaviour && !input.hearingWaived && facts.status !== 'hearing_held'
        ? refuse(
            'behaviour_requires_hearing',
            'Bij een klacht over gedrag volgt altijd een gesprek, tenzij de klager daarvan afziet.',
            'A behaviour complaint always gets a hearing unless the complainant waives it.',
          )
        : null,
  },
  declareNotAdmissible: {
    from: NOT_ADMISSIBLE_STATUSES,
    to: 'not_admissible',
    event: 'complaint.not_admissible',
    label: { nl: 'Niet in behandeling nemen (Awb 9:8)', en: 'Do not handle (Awb 9:8)' },
  },
  planHearing: {
    from: ['acknowledged', 'hearing_planned'],
    to: 'hearing_planned',
    event: 'complaint.hearing_planned',
    label: { nl: 'Gesprek plannen', en: 'Plan hearing' },
    check: (facts, input, ctx) => {
      if (input.plannedAt.getTime() <= ctx.now.getTime()) {
        return refuse('hearing_in_past', 'Een gesprek plan je in de toekomst.', 'A hearing is planned in the future.');
      }
      if (input.respondBy && input.respondBy < facts.today) {
        return refuse('respond_by_in_past', 'De termijn om te reageren ligt in het verleden.', 'The term to respond lies in the past.');
      }
      return noEmployeeSide(facts, input.side) ?? sideAlreadyHeard(facts, input.side);
    },
  },
  recordHearing: {
    from: ['hearing_planned'],
    to: (facts, input) => statusAfterHearing(facts, sidesOf(input.side)),
    event: 'complaint.hearing_held',
    label: { nl: 'Gesprek vastleggen', en: 'Record hearing' },
    check: (_facts, input) =>
      input.minutes.trim()
        ? null
        : refuse('minutes_required', 'Van het gesprek wordt een verslag gemaakt (Awb 9:10).', 'A report of the hearing is required (Awb 9:10).'),
  },
  skipHearing: {
    from: ['acknowledged', 'hearing_planned'],
    to: (facts, input) => statusAfterHearing(facts, [input.side]),
    event: 'complaint.hearing_skipped',
    label: { nl: 'Afzien van horen', en: 'Skip the hearing' },
    check: (facts, input) => {
      const notHere = noEmployeeSide(facts, input.side) ?? sideAlreadyHeard(facts, input.side);
      if (notHere) return notHere;
      if (!SKIP_REASONS_OF_SIDE[input.side].includes(input.reason)) {
        return input.side === 'complainant'
          ? refuse('skip_reason_not_for_side', 'Deze reden geldt voor de medewerker, niet voor de klager.', 'This reason is for the employee, not the complainant.')
          : refuse('skip_reason_not_for_side', 'Deze reden geldt voor de klager, niet voor de medewerker.', 'This reason is for the complainant, not the employee.');
      }
      // the procedure: a behaviour complaint always leads to a conversation, unless the complainant does not want one
      if (facts.aboutEmployeeBehaviour && input.reason === 'clearly_unfounded') {
        return refuse(
          'behaviour_hearing_not_waived',
          'Bij een klacht over gedrag mag het gesprek alleen vervallen als de klager daarvan afziet.',
          'For a behaviour complaint the hearing may only be skipped when the complainant waives it.',
        );
      }
      return input.reason === 'no_response' ? noResponseTermPassed(facts, input.side) : null;
    },
  },
  sendOutcome: {
    from: ['hearing_held'],
    to: 'agreements_sent',
    event: 'complaint.outcome_sent',
    label: { nl: 'Brief met afspraken en oordeel versturen', en: 'Send the letter with agreements and judgement' },
    check: (_facts, input) => {
      if (!input.judgement) return refuse('judgement_required', 'Geef een oordeel (Awb 9:12).', 'Give a judgement (Awb 9:12).');
      const ofParts = judgementOfParts(input.parts ?? []);
      if (ofParts && ofParts !== input.judgement) {
        return refuse(
          'judgement_not_parts',
          `Het oordeel over de klacht volgt uit de oordelen per onderdeel: ${JUDGEMENT_LABELS[ofParts].nl.toLowerCase()}.`,
          `The judgement of the complaint follows from the judgements of its parts: ${JUDGEMENT_LABELS[ofParts].en.toLowerCase()}.`,
        );
      }
      if (!input.findings.trim()) return refuse('findings_required', 'Beschrijf de bevindingen (Awb 9:12).', 'Describe the findings (Awb 9:12).');
      if (input.agreementCount === 0 && !input.noAgreements) {
        return refuse(
          'agreements_required',
          'Leg ten minste één afspraak vast, of geef aan dat er geen afspraken zijn.',
          'Record at least one agreement, or state that there are none.',
        );
      }
      if (input.agreementCount > 0 && input.noAgreements) {
        return refuse('agreements_conflict', 'Er zijn afspraken vastgelegd én "geen afspraken" gekozen.', 'Agreements were recorded and "no agreements" was chosen.');
      }
      return null;
    },
  },
  startMonitoring: {
    from: ['agreements_sent'],
    to: 'monitoring',
    event: 'complaint.monitoring_started',
    label: { nl: 'Nakomen afspraken bewaken', en: 'Monitor the agreements' },
    when: (facts) =>
      facts.agreementStatuses.length > 0
        ? null
        : refuse('no_agreements', 'Er zijn geen afspraken om te bewaken.', 'There are no agreements to monitor.'),
  },
  recordAgreementResult: {
    from: ['agreements_sent', 'monitoring'],
    to: (facts) => (facts.status === 'agreements_sent' ? 'monitoring' : facts.status),
    event: 'complaint.agreement_result',
    label: { nl: 'Afspraak afvinken', en: 'Record agreement result' },
    when: (facts) =>
      facts.agreementStatuses.includes('open')
        ? null
        : refuse('no_open_agreements', 'Alle afspraken zijn al afgehandeld.', 'Every agreement has been settled.'),
    check: (_facts, input) =>
      input.currentStatus === 'open'
        ? null
        : refuse('agreement_settled', 'Deze afspraak is al afgehandeld.', 'This agreement has already been settled.'),
  },
  close: {
    from: ['agreements_sent', 'monitoring'],
    to: 'closed',
    event: 'complaint.closed',
    label: { nl: 'Klacht afsluiten', en: 'Close the complaint' },
    when: (facts) => {
      if (facts.agreementStatuses.includes('open')) {
        return refuse(
          'agreements_open',
          'Niet alle afspraken zijn nagekomen of als niet nagekomen gemarkeerd.',
          'Not every agreement has been marked kept or not kept.',
        );
      }
      return null;
    },
  },
  extendHandlingTerm: {
    from: HANDLING_STATUSES,
    to: null,
    event: 'complaint.term_extended',
    label: { nl: 'Behandeltermijn verlengen', en: 'Extend the handling term' },
    when: (facts) =>
      (facts.extendedAt
        ? refuse(
            'already_extended',
            'De behandeltermijn is al eens verlengd; verder uitstel kan alleen met schriftelijke instemming van de klager (Awb 9:11).',
            "The handling term was already extended; further delay needs the complainant's written consent (Awb 9:11).",
          )
        : null) ?? termStillRunning(facts),
    check: (facts, input) => {
      if (facts.handlingDue && input.until <= facts.handlingDue) {
        return refuse('extension_not_later', 'De nieuwe datum ligt niet na de huidige termijn.', 'The new date is not after the current term.');
      }
      if (input.until > input.latestAllowed) {
        return refuse(
          'extension_too_long',
          `Verlengen kan met ten hoogste vier weken, tot uiterlijk ${input.latestAllowed} (Awb 9:11).`,
          `The term can be extended by at most four weeks, until ${input.latestAllowed} at the latest (Awb 9:11).`,
        );
      }
      return null;
    },
  },
  recordDelayConsent: {
    from: HANDLING_STATUSES,
    to: null,
    event: 'complaint.delay_consented',
    label: { nl: 'Verder uitstel met instemming klager', en: 'Further delay with the complainant’s consent' },
    when: (facts) =>
      (facts.extendedAt
        ? null
        : refuse('not_extended_yet', 'Verleng eerst de termijn (eenmaal, ten hoogste vier weken).', 'Extend the term first (once, at most four weeks).')) ?? termStillRunning(facts),
    check: (facts, input) =>
      facts.handlingDue && input.until <= facts.handlingDue
        ? refuse('delay_not_later', 'De nieuwe datum ligt niet na de huidige termijn.', 'The new date is not after the current term.')
        : null,
  },
  assignHandler: {
    from: OPEN_STATUSES,
    to: null,
    event: 'complaint.handler_assigned',
    label: { nl: 'Behandelaar toewijzen', en: 'Assign handler' },
    check: (facts, input) => impartialHandler(facts, input.handlerId) ?? behaviourHandledByManager(facts, input.handlerId),
  },
  transferDepartment: {
    from: OPEN_STATUSES,
    to: null,
    event: 'complaint.transferred',
    label: { nl: 'Overdragen aan een andere afdeling', en: 'Transfer to another department' },
    check: (_facts, input) =>
      input.departmentId === input.currentDepartmentId
        ? refuse('same_department', 'De klacht ligt al bij deze afdeling.', 'The complaint is with this department already.')
        : null,
  },
  withdraw: {
    from: OPEN_STATUSES.filter((s) => s !== 'dispute'),
    to: 'withdrawn',
    event: 'complaint.withdrawn',
    label: { nl: 'Klacht ingetrokken door klager', en: 'Complaint withdrawn by complainant' },
  },
  acceptOutcome: {
    from: ['agreements_sent', 'monitoring', 'closed'],
    // Accepting the letter starts monitoring (or ends the complaint when nothing is left to keep);
    // later it is only recorded.
    to: (facts) => (facts.status !== 'agreements_sent' ? facts.status : facts.agreementStatuses.length > 0 ? 'monitoring' : 'closed'),
    event: 'complaint.outcome_accepted',
    label: { nl: 'Klager akkoord met uitkomst', en: 'Complainant accepts the outcome' },
    when: (facts) => {
      if (!facts.outcomeSentAt) return refuse('no_outcome_yet', 'Er is nog geen uitkomst verstuurd.', 'No outcome has been sent yet.');
      if (facts.outcomeAcceptedAt || facts.dissatisfactionDeclaredAt) {
        return refuse('already_responded', 'De klager heeft al op de uitkomst gereageerd.', 'The complainant has already responded to the outcome.');
      }
      return null;
    },
  },
  declareDissatisfaction: {
    from: ['agreements_sent', 'monitoring', 'closed'],
    to: 'dispute',
    event: 'complaint.dissatisfaction_declared',
    label: { nl: 'Klager niet tevreden: geschil', en: 'Complainant not satisfied: dispute' },
    when: (facts) =>
      internalProcedureDone(facts) ??
      (facts.dissatisfactionDeclaredAt
        ? refuse('dissatisfaction_already_declared', 'De klager heeft al eerder ontevredenheid verklaard.', 'The complainant has already declared dissatisfaction.')
        : null) ??
      (facts.dissatisfactionOpenUntil && facts.today > facts.dissatisfactionOpenUntil
        ? refuse(
            'dissatisfaction_window_closed',
            `Laten weten dat u niet tevreden bent over de uitkomst kon tot en met ${facts.dissatisfactionOpenUntil}; die termijn is voorbij. In de brief met de uitkomst leest u waar u nog terecht kunt.`,
            `Declaring dissatisfaction with the outcome was possible until ${facts.dissatisfactionOpenUntil}; that term has passed. The outcome letter says where you can still go.`,
          )
        : null),
  },
  markDisputeEligible: {
    from: ['dispute'],
    to: null,
    event: 'complaint.dispute_eligible',
    label: { nl: 'Geschil voorleggen aan de Geschillencommissie', en: 'Refer the dispute to the disputes committee' },
    when: (facts) => {
      const notDone = internalProcedureDone(facts);
      if (notDone) return notDone;
      if (!facts.dissatisfactionDeclaredAt) {
        return refuse('no_dissatisfaction', 'De klager heeft geen ontevredenheid verklaard.', 'The complainant has not declared dissatisfaction.');
      }
      if (facts.disputeEligible) {
        return refuse('already_eligible', 'Het geschil is al voor de Geschillencommissie gemarkeerd.', 'The dispute is already marked for the committee.');
      }
      return null;
    },
  },
  recordCommitteeOutcome: {
    from: ['dispute'],
    to: 'closed',
    event: 'complaint.committee_outcome',
    label: { nl: 'Uitspraak Geschillencommissie vastleggen', en: "Record the committee's decision" },
    when: (facts) =>
      facts.disputeEligible
        ? null
        : refuse('not_eligible', 'Het geschil is niet aan de Geschillencommissie voorgelegd.', 'The dispute was not referred to the committee.'),
  },
  forward: {
    // Awb 2:3: a complaint meant for another organisation is sent on as soon as possible, before handling
    from: NOT_ADMISSIBLE_STATUSES,
    to: 'forwarded',
    event: 'complaint.forwarded',
    label: { nl: 'Doorsturen naar een andere organisatie (Awb 2:3)', en: 'Forward to another organisation (Awb 2:3)' },
    check: (_facts, input) =>
      input.organisation.trim()
        ? null
        : refuse('organisation_required', 'Noem de organisatie waarnaar de klacht gaat.', 'Name the organisation the complaint goes to.'),
  },
  reopen: {
    from: REOPENABLE_STATUSES,
    // back to where handling starts: acknowledging when receipt was never confirmed, else hearing both sides
    to: (facts) => (facts.acknowledgedAt ? 'acknowledged' : 'received'),
    event: 'complaint.reopened',
    label: { nl: 'Klacht heropenen', en: 'Reopen the complaint' },
    check: (_facts, input) =>
      input.reason.trim()
        ? null
        : refuse('reopen_reason_required', 'Geef de reden om de klacht te heropenen (nieuwe feiten, een ontevreden klager).', 'Give the reason to reopen the complaint (new facts, an unhappy complainant).'),
  },
};


export function actionLabel(action: ActionName): Message {
  return RULES[action].label;
}

function wrongStatus(action: ActionName, facts: ComplaintFacts): Refusal {
  const label = STATUS_LABELS[facts.status];
  if (action === 'declareDissatisfaction' || action === 'markDisputeEligible') {
    const notDone = internalProcedureDone(facts);
    if (notDone) return notDone;
  }
  return refuse(
    'invalid_transition',
    `"${RULES[action].label.nl}" kan niet in de status "${label.nl}".`,
    `"${RULES[action].label.en}" is not possible in status "${label.en}".`,
  );
}

/** May this action run on this complaint now (ignoring its input)? */
export function precondition(action: ActionName, facts: ComplaintFacts): Refusal | null {
  const rule = RULES[action] as ActionRule<ActionName>;
  if (!rule.from.includes(facts.status)) return wrongStatus(action, facts);
  return rule.when?.(facts) ?? null;
}

/** Decide an action: the new status and the event to emit, or why it is refused. */
export function decide<A extends ActionName>(action: A, facts: ComplaintFacts, input: ActionInputs[A], ctx: DecisionContext): Decision {
  const rule = RULES[action] as ActionRule<A>;
  const refusal = precondition(action, facts) ?? rule.check?.(facts, input, ctx) ?? null;
  if (refusal) return { allowed: false, refusal };
  const to = typeof rule.to === 'function' ? rule.to(facts, input) : (rule.to ?? facts.status);
  return { allowed: true, to, event: rule.event };
}

/** The actions the admin may offer for this complaint now. */
export function allowedActions(facts: ComplaintFacts): ActionName[] {
  return ACTION_NAMES.filter((action) => precondition(action, facts) === null);
}
