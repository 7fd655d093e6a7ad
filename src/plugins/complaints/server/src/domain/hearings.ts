/**
 * Hoor en wederhoor (Awb 9:10) per side: who must be heard, who has been, and where the complaint stands
 * after a conversation is held or a side is not heard. Pure, as the rest of domain/.
 */
import type { ComplaintStatus, HeardSide, HearingSide } from '../../../shared/procedure';
import type { ComplaintFacts } from './procedure';
import { refuse, type Refusal } from './refusal';

/** A conversation of the current round (since the complaint was last reopened), as the rules see it. */
export interface HearingFact {
  side: HearingSide;
  state: 'planned' | 'held' | 'skipped';
  /** The day by which the invitation asked the invitee to answer; the "no response" ground needs it passed. */
  respondBy: string | null;
}

/**
 * Awb 9:10: who must be given the chance to be heard. The complainant always; the employee whose behaviour
 * the complaint is about too, and their right stays when the complainant waives theirs.
 */
export function sidesToHear(facts: Pick<ComplaintFacts, 'aboutEmployeeBehaviour'>): HeardSide[] {
  return facts.aboutEmployeeBehaviour ? ['complainant', 'accused'] : ['complainant'];
}

/** The sides a conversation hears. */
export function sidesOf(side: HearingSide): HeardSide[] {
  return side === 'both' ? ['complainant', 'accused'] : [side];
}

/** The sides heard already, or not heard on a ground of the law, in this round. */
export function heardSides(facts: Pick<ComplaintFacts, 'hearings'>): Set<HeardSide> {
  return new Set(facts.hearings.filter((h) => h.state !== 'planned').flatMap((h) => sidesOf(h.side)));
}

/**
 * Where a complaint stands once `heardNow` are heard (or skipped): every side done is hoor en wederhoor
 * completed; a conversation still planned for a side not done keeps it planned; else the next conversation
 * is still to be planned.
 */
export function statusAfterHearing(facts: ComplaintFacts, heardNow: HeardSide[]): ComplaintStatus {
  const done = heardSides(facts);
  for (const side of heardNow) done.add(side);
  if (sidesToHear(facts).every((side) => done.has(side))) return 'hearing_held';
  const stillPlanned = facts.hearings.some((h) => h.state === 'planned' && sidesOf(h.side).some((side) => !done.has(side)));
  return stillPlanned ? 'hearing_planned' : 'acknowledged';
}

export function sideAlreadyHeard(facts: ComplaintFacts, side: HearingSide): Refusal | null {
  const done = heardSides(facts);
  const heard = sidesOf(side).filter((s) => done.has(s));
  if (!heard.length) return null;
  return heard.includes('complainant')
    ? refuse('side_already_heard', 'De klager is in deze behandeling al gehoord (of daarvan is afgezien).', 'The complainant has been heard in this round already (or the hearing was skipped).')
    : refuse('side_already_heard', 'De medewerker is in deze behandeling al gehoord (of daarvan is afgezien).', 'The employee has been heard in this round already (or the hearing was skipped).');
}

export function noEmployeeSide(facts: ComplaintFacts, side: HearingSide): Refusal | null {
  return side !== 'complainant' && !facts.aboutEmployeeBehaviour
    ? refuse('no_employee_side', 'Deze klacht gaat niet over het gedrag van een medewerker: er is geen medewerker om te horen.', "This complaint is not about an employee's behaviour: there is no employee to hear.")
    : null;
}

/** Awb 9:10 lid 2 c: "no response" only once the term the invitation set for that side has passed. */
export function noResponseTermPassed(facts: ComplaintFacts, side: HeardSide): Refusal | null {
  const terms = facts.hearings.filter((h) => sidesOf(h.side).includes(side) && h.respondBy).map((h) => h.respondBy as string);
  if (!terms.length) {
    return refuse(
      'no_response_without_term',
      'Afzien omdat er geen reactie kwam, kan pas als de uitnodiging een termijn noemde om te reageren (Awb 9:10): nodig uit met "Reageren vóór".',
      'Skipping for lack of response needs an invitation that set a term to respond (Awb 9:10): invite with "Respond by".',
    );
  }
  const last = terms.sort().at(-1) as string;
  return facts.today > last
    ? null
    : refuse('no_response_term_running', `De termijn om te reageren loopt tot en met ${last}.`, `The term to respond runs until ${last} inclusive.`);
}


/** Where a side stands in this round: the dossier shows one line per side that has to be heard. */
export interface SideStanding {
  side: HeardSide;
  state: 'to_plan' | 'planned' | 'heard' | 'not_heard';
}

export function sideStandings(facts: Pick<ComplaintFacts, 'aboutEmployeeBehaviour' | 'hearings'>): SideStanding[] {
  return sidesToHear(facts).map((side) => {
    const mine = facts.hearings.filter((h) => sidesOf(h.side).includes(side));
    const state = mine.some((h) => h.state === 'held') ? 'heard' : mine.some((h) => h.state === 'skipped') ? 'not_heard' : mine.some((h) => h.state === 'planned') ? 'planned' : 'to_plan';
    return { side, state };
  });
}
