// Types the whole app shares: sessions, pages of rows, problems, reference data, organizations.

export type RoleCode =
  | 'admin'
  | 'org_staff'
  | 'inspection_staff'
  | 'propaganda_staff'
  | 'secretary'
  | 'member';

export interface User {
  id: number;
  username: string;
  display_name: string;
  org_id: number | null;
  org_name: string | null;
  roles: RoleCode[];
  /** The member whose own account this is (Hồ sơ của tôi). */
  member_id?: number | null;
}

/** A permission, as the server names it (dotted codes). */
export type Action =
  | 'org.read'
  | 'org.write'
  | 'user.manage'
  | 'audit.read'
  | 'member.read'
  | 'member.write'
  | 'lifecycle.write'
  | 'global.write'
  | 'report.read'
  | 'report.freeze'
  | 'meeting.write'
  | 'rating.write'
  | 'rating.approve'
  | 'badge.write'
  | 'inspection.read'
  | 'inspection.write'
  | 'discipline.read'
  | 'discipline.write'
  | 'dues.read'
  | 'dues.collect'
  | 'dues.basis'
  | 'dues.remit'
  | 'training.write'
  | 'cadre.read'
  | 'cadre.write'
  | 'propaganda.read'
  | 'propaganda.write'
  | 'reward.write'
  | 'target.write';

export interface Session {
  user: User;
  csrf_token: string;
  expires_at?: string;
  /** What the user may do; servers before permissions-as-data send none (the roles decide). */
  actions?: string[];
}

export interface Items<T> {
  items: T[];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export type OrgKind =
  | 'superior_committee'
  | 'grassroots_committee'
  | 'grassroots_branch'
  | 'sub_committee'
  | 'branch';

export interface Org {
  id: number;
  parent_id: number | null;
  kind: OrgKind;
  kind_label?: string;
  name: string;
  path: string;
  /** YYYY-MM-DD; absent in a tree "as of" a date. */
  established_on?: string | null;
  /** YYYY-MM-DD once the organization has ended (merged, split, dissolved). */
  ended_on?: string | null;
  /** In a tree "as of" a date: the day this version of the organization began. */
  valid_from?: string | null;
  host_unit_id?: number | null;
  host_unit_name?: string | null;
}

/** One invalid field of a request (RFC 9457 extension member "errors"). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** application/problem+json body. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export interface CodeLabel<C extends string = string> {
  code: C;
  label: string;
}

/** A scalar field of the member file: JSON name, Vietnamese label, whether it is sensitive. */
export interface MemberFieldInfo {
  name: string;
  label: string;
  sensitive: boolean;
}

export interface MemberStatusInfo {
  code: string;
  label: string;
  /** Counted in its unit (dự bị, chính thức, miễn sinh hoạt). */
  active: boolean;
}

export interface Meta {
  roles: CodeLabel<RoleCode>[];
  org_kinds: CodeLabel<OrgKind>[];
  ethnicities: string[];
  religions: string[];
  theory_levels: CodeLabel[];
  host_unit_kinds: CodeLabel[];
  member_fields: MemberFieldInfo[];
  member_statuses: MemberStatusInfo[];
  /** The committee's congress terms, oldest first ("2020-2025", 1 October to 30 September). */
  congress_terms?: { code: string; label: string; from: string; to: string }[];
  /** Every coded value with its Vietnamese label (GET /api/v1/meta; absent from /api/meta). */
  vocab?: Partial<Record<string, CodeLabel[]>>;
}

export interface OrgTreeQuery {
  /** YYYY-MM-DD: the tree as it was that day. */
  at?: string;
  include_ended?: boolean;
}

/** The decision behind every change of the tree. */
export interface Decision {
  /** YYYY-MM-DD, required, not in the future. */
  effective_on: string;
  decision_no?: string;
  decision_date?: string;
}

/** A file the server sent for download. */
export interface Download {
  blob: Blob;
  filename: string;
}
