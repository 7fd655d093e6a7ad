import { queries } from '../api/client';
import { useApiQuery } from './useApiQuery';

/** Departments, categories and staff for the forms. */
export function useLookups() {
  return useApiQuery(queries.lookups());
}
