/** Hearing rows as the rules and the letters read them. Pure. */
import { sidesOf, type HearingFact, type HearingSide, type HeardSide } from '../../domain/procedure';
import type { HearingRow } from '../../services/complaints';

/** Whom a conversation hears; a row written before sides existed heard the employee when they were invited. */
export function sideOf(row: Pick<HearingRow, 'side' | 'accusedInvited'>): HearingSide {
  return row.side ?? (row.accusedInvited ? 'both' : 'complainant');
}

export function stateOf(row: Pick<HearingRow, 'heldAt' | 'skippedReason'>): HearingFact['state'] {
  return row.skippedReason ? 'skipped' : row.heldAt ? 'held' : 'planned';
}

export function hearingFact(row: HearingRow): HearingFact {
  return { side: sideOf(row), state: stateOf(row), respondBy: row.respondBy ? String(row.respondBy).slice(0, 10) : null };
}

/** Does this conversation hear `side`? */
export function hears(row: Pick<HearingRow, 'side' | 'accusedInvited'>, side: HeardSide): boolean {
  return sidesOf(sideOf(row)).includes(side);
}
