import * as React from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ComplaintListQuery } from '../../../shared/contracts';
import { queries } from '../api/client';
import { FILTER_KEYS } from '../lib/listFilters';
import { OPEN_FOR_HANDLING } from '../lib/procedure';
import { useApiQuery } from './useApiQuery';

/** The list filters, kept in the address so a filtered list can be linked to (from the overview). */
export interface ListFilterState {
  search: string;
  departmentId: string;
  status: string;
  step: string;
  overdue: string;
  /** Handling term ending within this many working days (the overview's "expiring soon" uses 5). */
  expiring: string;
  /** Step 6: referred to the committee or not ('true' | 'false'). */
  disputeEligible: string;
  sort: string;
  page: number;
  pageSize: number;
}

/** The complaints list with the filters in the address; `fixed` wins (a step page's step). */
export function useComplaintList(fixed: { step?: number; mine?: boolean } = {}, defaultPageSize = 25) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: ListFilterState = {
    search: searchParams.get('search') ?? '',
    departmentId: searchParams.get('departmentId') ?? '',
    status: searchParams.get('status') ?? '',
    step: fixed.step ? String(fixed.step) : (searchParams.get('step') ?? ''),
    overdue: searchParams.get('overdue') ?? '',
    expiring: searchParams.get('expiring') ?? '',
    disputeEligible: searchParams.get('disputeEligible') ?? '',
    sort: searchParams.get('sort') ?? '',
    page: Math.max(1, Number(searchParams.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(searchParams.get('pageSize')) || defaultPageSize)),
  };

  const params: ComplaintListQuery = { page: filters.page, pageSize: filters.pageSize };
  for (const key of FILTER_KEYS) if (filters[key]) params[key] = filters[key];
  if (fixed.mine) params.mine = 'true';
  // "open": every open status short of a dispute.
  if (filters.status === 'open') params.status = OPEN_FOR_HANDLING;
  const query = useApiQuery(queries.complaints(params));

  const setFilter = React.useCallback(
    (changes: Partial<Record<(typeof FILTER_KEYS)[number] | 'page' | 'pageSize', string | number>>) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === '' || value === undefined || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          // Another filter shows another list: start at its first page.
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { ...query, filters, setFilter };
}
