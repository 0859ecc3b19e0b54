import type { OrgKind, RoleCode } from '../api/types';

export const ROLE_LABELS: Record<RoleCode, string> = {
  admin: 'Quản trị hệ thống',
  org_staff: 'Cán bộ tổ chức',
  inspection_staff: 'Cán bộ kiểm tra',
  propaganda_staff: 'Cán bộ tuyên giáo',
  secretary: 'Bí thư',
  member: 'Đảng viên',
};

export const ROLE_COLORS: Record<RoleCode, string> = {
  admin: 'red',
  org_staff: 'blue',
  inspection_staff: 'purple',
  propaganda_staff: 'gold',
  secretary: 'green',
  member: 'default',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as RoleCode[]).map((code) => ({
  value: code,
  label: ROLE_LABELS[code],
}));

export function roleLabel(code: string): string {
  return ROLE_LABELS[code as RoleCode] ?? code;
}

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  superior_committee: 'Đảng bộ cấp trên cơ sở',
  grassroots_committee: 'Đảng bộ cơ sở',
  grassroots_branch: 'Chi bộ cơ sở',
  sub_committee: 'Đảng bộ bộ phận',
  branch: 'Chi bộ trực thuộc',
};

/** Who may create and change organizations (the server decides; this only hides buttons). */
export function mayChangeOrgs(roles: readonly RoleCode[]): boolean {
  return roles.includes('admin') || roles.includes('org_staff');
}

/** Who may create and edit member files. */
export function mayEditMembers(roles: readonly RoleCode[]): boolean {
  return roles.includes('admin') || roles.includes('org_staff') || roles.includes('secretary');
}

/** Staff of the party committee (not a branch secretary or a member): may look at any organization they see. */
export function isStaff(roles: readonly RoleCode[]): boolean {
  return roles.some((r) => r === 'admin' || r === 'org_staff' || r === 'inspection_staff' || r === 'propaganda_staff');
}

/** Who may set admission targets (chỉ tiêu kết nạp). */
export function maySetTargets(roles: readonly RoleCode[]): boolean {
  return roles.includes('admin') || roles.includes('org_staff');
}
