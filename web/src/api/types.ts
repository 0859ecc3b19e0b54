// Types of the dangbo HTTP API (JSON bodies as the server sends them).

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
}

/** A user as the admin list shows it. */
export interface UserRow extends User {
  active: boolean;
  locked_until: string | null;
  created_at: string;
}

export interface Session {
  user: User;
  csrf_token: string;
  expires_at?: string;
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
}

export type AuditOutcome = 'ok' | 'refused';

export interface AuditEntry {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | number | null;
  org_id: number | null;
  outcome: AuditOutcome;
  /** JSON of the entity before/after the change; the server may send it parsed or as text. */
  before: unknown;
  after: unknown;
  detail: string | null;
  client_addr: string | null;
  via: string;
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

export interface NewUser {
  username: string;
  display_name: string;
  org_id: number;
  roles: RoleCode[];
  password: string;
}

export interface UserQuery {
  q?: string;
  page?: number;
  page_size?: number;
}

export interface AuditQuery {
  /** Part of the actor's username or display name. */
  actor?: string;
  action?: string;
  entity?: string;
  outcome?: AuditOutcome;
  /** Dates as YYYY-MM-DD, both inclusive. */
  from?: string;
  to?: string;
  page?: number;
  page_size?: number;
}
