import { queries } from '../api/client';
import { useApiQuery } from './useApiQuery';

/** Active admin users to choose as a department's manager or staff (editors only). */
export function useStaffUsers() {
  return useApiQuery(queries.staff());
}
