import type { Lookups } from '../api/types';
import { useApiQuery } from './useApiQuery';

/** Departments, categories and staff for the forms (GET /complaints/lookups). */
export function useLookups() {
  return useApiQuery<Lookups>('/complaints/lookups');
}
