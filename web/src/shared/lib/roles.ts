import type { Action, RoleCode } from '../api/types';

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

/**
 * What each role may do, for servers whose session answer carries no `actions` yet: the same
 * table as the server's `RoleAllows` (service/core/access.cc). The server has the last word;
 * this only hides what would be refused. Admins may do everything.
 */
const ROLE_ACTIONS: Record<Exclude<RoleCode, 'admin'>, readonly Action[]> = {
  org_staff: [
    'org.read',
    'org.write',
    'member.read',
    'member.write',
    'lifecycle.write',
    'report.read',
    'report.freeze',
    'meeting.write',
    'rating.write',
    'rating.approve',
    'badge.write',
  ],
  inspection_staff: ['org.read', 'member.read', 'report.read', 'report.freeze'],
  propaganda_staff: ['org.read', 'member.read', 'report.read', 'report.freeze'],
  secretary: ['org.read', 'member.read', 'member.write', 'report.read', 'report.freeze', 'meeting.write', 'rating.write'],
  member: ['org.read'],
};

export const ALL_ACTIONS: readonly Action[] = [
  'org.read',
  'org.write',
  'user.manage',
  'audit.read',
  'member.read',
  'member.write',
  'lifecycle.write',
  'global.write',
  'report.read',
  'report.freeze',
  'meeting.write',
  'rating.write',
  'rating.approve',
  'badge.write',
];

/** The actions a user with `roles` may take, by the table above. */
export function actionsOfRoles(roles: readonly RoleCode[]): Set<Action> {
  if (roles.includes('admin')) return new Set(ALL_ACTIONS);
  return new Set(roles.flatMap((r) => (r === 'admin' ? [] : ROLE_ACTIONS[r] ?? [])));
}
