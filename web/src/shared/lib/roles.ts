import type { RoleCode } from '../api/types';

export const ROLE_COLORS: Record<RoleCode, string> = {
  admin: 'red',
  org_staff: 'blue',
  inspection_staff: 'purple',
  propaganda_staff: 'gold',
  secretary: 'green',
  member: 'default',
};

/** Staff of the party committee (not a branch secretary or a member): may look at any organization they see. */
export function isStaff(roles: readonly RoleCode[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'org_staff' || r === 'inspection_staff' || r === 'propaganda_staff');
}
