import type { RoleCode, User } from '../../shared/api/types';

/** A user as the admin list shows it. */
export interface UserRow extends User {
  active: boolean;
  locked_until: string | null;
  created_at: string;
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
  /** "Người dùng Nguyễn Văn An": what the row is about, for people. */
  entity_label?: string;
  org_id: number | null;
  outcome: AuditOutcome;
  /** JSON of the entity before/after the change; the server may send it parsed or as text. */
  before: unknown;
  after: unknown;
  detail: string | null;
  client_addr: string | null;
  via: string;
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

export type HolidayKind = 'holiday' | 'compensatory' | 'working_saturday';

export interface Holiday {
  /** YYYY-MM-DD */
  day: string;
  name: string;
  kind: HolidayKind;
  /** 'shipped' (the built-in table) or 'admin' (added or changed here). */
  source: 'shipped' | 'admin' | string;
  updated_by?: string;
}

export interface HolidayInput {
  name: string;
  kind: HolidayKind;
}

/** The rule set in force on a day. */
export interface Rules {
  effective_from: string;
  source: string;
  min_admission_age_months: number;
  max_admission_age_months: number;
  probation_months: number;
  recognition_deadline_working_days: number;
  ceremony_deadline_working_days: number;
  decision_deadline_working_days: number;
  introducer_min_months_together: number;
  readmission_min_months: number;
  candidate_certificate_valid_months: number;
}
