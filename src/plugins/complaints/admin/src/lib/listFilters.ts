/**
 * The "Termijn" filter of the lists and the links of the overview: which list answers which count. The
 * server reads them as `overdue=acknowledgement|handling|agreements|any`, `expiring=<working days>` and
 * `disputeEligible=true|false` (server: services/inbox.ts).
 */
import { LIST_FILTER_KEYS } from '../../../shared/contracts/complaints';
import { toQueryString } from './query';

/** The list filters kept in the address (hooks/useComplaintList), each a parameter of the server's list. */
export const FILTER_KEYS = LIST_FILTER_KEYS;

/** Working days of the overview's "expiring soon" (server: inbox.overview). */
export const EXPIRING_SOON_DAYS = 5;

export type TermFilter = '' | 'acknowledgement' | 'handling' | 'agreements' | 'any' | 'expiring';

/** The choices of the term filter on a page: only the terms that run on that step. */
export function termFilterOptions(step?: number): Exclude<TermFilter, ''>[] {
  const options: Exclude<TermFilter, ''>[] = [];
  if (!step || step === 2) options.push('acknowledgement');
  if (step !== 6) options.push('handling', 'expiring');
  if (!step || step === 5) options.push('agreements');
  if (!step) options.push('any');
  return options;
}

/** The term filter as the address holds it: `expiring` is its own parameter. */
export function termFilterValue(filters: { overdue: string; expiring: string }): string {
  return filters.expiring ? 'expiring' : filters.overdue;
}

/** The address changes for a chosen term filter (one of the two parameters, never both). */
export function termFilterChanges(value: string, expiringDays: string | number = EXPIRING_SOON_DAYS): { overdue: string; expiring: string } {
  if (value === 'expiring') return { overdue: '', expiring: String(expiringDays || EXPIRING_SOON_DAYS) };
  return { overdue: value, expiring: '' };
}

/** The overview's counts and the list each opens (path relative to the plugin, with its filter). */
export const OVERVIEW_LINKS = {
  acknowledgementOverdue: { path: 'acknowledgement', query: { overdue: 'acknowledgement' } },
  handlingExpiringSoon: { path: 'complaints', query: { expiring: EXPIRING_SOON_DAYS } },
  handlingOverdue: { path: 'complaints', query: { overdue: 'handling' } },
  agreementsOverdue: { path: 'agreements', query: { overdue: 'agreements' } },
  disputesEligible: { path: 'disputes', query: { disputeEligible: 'true' } },
} as const;

export type OverviewCount = keyof typeof OVERVIEW_LINKS;

/** "agreements?overdue=agreements" */
export function overviewLink(count: OverviewCount): string {
  const { path, query } = OVERVIEW_LINKS[count];
  return `${path}?${toQueryString(query)}`;
}
