import type { StaffUser } from '../api/types';
import { useApiQuery } from './useApiQuery';

/** Active admin users to choose as a department's manager or staff (GET /complaints/settings/staff, editors). */
export function useStaffUsers() {
  return useApiQuery<StaffUser[]>('/complaints/settings/staff');
}
