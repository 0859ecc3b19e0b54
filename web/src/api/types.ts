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
  /** YYYY-MM-DD; absent in a tree "as of" a date. */
  established_on?: string | null;
  /** YYYY-MM-DD once the organization has ended (merged, split, dissolved). */
  ended_on?: string | null;
  /** In a tree "as of" a date: the day this version of the organization began. */
  valid_from?: string | null;
  host_unit_id?: number | null;
  host_unit_name?: string | null;
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

// ---- Reference data (GET /api/meta) ----

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
}

// ---- Organizations ----

export interface OrgTreeQuery {
  /** YYYY-MM-DD: the tree as it was that day. */
  at?: string;
  include_ended?: boolean;
}

export interface OrgDetail extends Org {
  member_count: number;
}

export interface OrgStats {
  org: Org;
  date: string;
  /** Descendant organizations by kind. */
  orgs_by_kind: Partial<Record<OrgKind, number>>;
  /** TCCSĐ: đảng bộ cơ sở + chi bộ cơ sở. */
  grassroots: number;
  members_by_status: Record<string, number>;
  members: number;
}

export type OrgEventKind =
  | 'established'
  | 'renamed'
  | 'upgraded'
  | 'moved'
  | 'merged'
  | 'absorbed'
  | 'split'
  | 'split_from'
  | 'dissolved';

export interface OrgEvent {
  id: number;
  kind: OrgEventKind | string;
  kind_label: string;
  effective_on: string;
  decision_no: string | null;
  decision_date: string | null;
  detail: Record<string, unknown> | null;
  recorded_by: string;
  recorded_at: string;
}

/** The decision behind every change of the tree. */
export interface Decision {
  /** YYYY-MM-DD, required, not in the future. */
  effective_on: string;
  decision_no?: string;
  decision_date?: string;
}

export interface NewOrg extends Partial<Decision> {
  parent_id: number;
  kind: OrgKind;
  name: string;
  host_unit_id?: number;
}

export interface SplitPart {
  name: string;
  kind: OrgKind;
  member_ids: number[];
}

export interface HostUnit {
  id: number;
  name: string;
  kind: string;
  kind_label: string;
}

export interface NewHostUnit {
  name: string;
  kind: string;
}

export type CommitteePosition = 'secretary' | 'deputy_secretary' | 'standing_member' | 'member';

export interface CommitteeSeat {
  id: number;
  term: string;
  person_name: string;
  member_id: number | null;
  position: CommitteePosition;
  position_label: string;
  heads_host_unit: boolean;
  from_date: string | null;
  to_date: string | null;
}

export interface NewCommitteeSeat {
  term: string;
  person_name: string;
  position: CommitteePosition;
  heads_host_unit: boolean;
  member_id?: number;
  from_date?: string;
  to_date?: string;
}

// ---- Members ----

export type Sex = 'male' | 'female';

export interface MemberSummary {
  id: number;
  full_name: string;
  sex: Sex;
  birth_date: string;
  status: string;
  status_label: string;
  org_id: number;
  org_name: string;
  card_no: string;
  admitted_on: string;
  official_on: string;
  ethnicity: string;
  religion: string;
  theory_level: string;
  national_id: string;
}

export interface MemberQuery {
  /** Name words without diacritics in any order, or a card / national ID / record number. */
  q?: string;
  org_id?: number;
  /** '' = active members, 'all', or one status code. */
  status?: string;
  sex?: Sex;
  ethnicity?: string;
  religion?: string;
  theory_level?: string;
  general_education?: string;
  age_from?: number;
  age_to?: number;
  admitted_year?: number;
  page?: number;
  page_size?: number;
}

/** One line of a sub-record list (work, training, rewards, family). */
export interface SubRecord {
  from_date: string;
  to_date: string;
  title: string;
  detail: string;
}

export type SubRecordList = 'work' | 'training' | 'rewards' | 'family';

/** The scalar fields of the member file (mẫu 2-HSĐV); '' means not given. Dates are YYYY-MM-DD. */
export interface MemberFields {
  full_name: string;
  other_name: string;
  sex: Sex | '';
  birth_date: string;
  birth_place: string;
  home_town: string;
  residence: string;
  ethnicity: string;
  religion: string;
  national_id: string;
  occupation: string;
  job_title: string;
  general_education: string;
  professional_level: string;
  theory_level: string;
  state_mgmt_level: string;
  foreign_language: string;
  it_level: string;
  admitted_on: string;
  admitting_org: string;
  introducers: string;
  official_on: string;
  card_no: string;
  card_issued_on: string;
  record_no: string;
  party_position: string;
  income_note: string;
}

export type MemberFieldName = keyof MemberFields;

export interface MemberInput extends MemberFields, Record<SubRecordList, SubRecord[]> {
  org_id: number;
  /** Save although the server found a likely duplicate. */
  confirm_duplicate?: boolean;
}

export interface MemberUpdate extends MemberInput {
  version: number;
}

export interface Member extends MemberFields, Record<SubRecordList, SubRecord[]> {
  id: number;
  org_id: number;
  org_name: string;
  status: string;
  status_label: string;
  version: number;
  /** Sensitive fields (CCCD, income, family) hidden for this user. */
  masked: boolean;
  created_at: string;
  updated_at: string;
}

export interface MemberEvent {
  id: number;
  kind: string;
  kind_label: string;
  occurred_on: string;
  org_id: number | null;
  org_name: string | null;
  decision_no: string | null;
  detail: Record<string, unknown> | string | null;
  recorded_by: string;
  voided_at: string | null;
}

export type ExportFormat = 'xlsx' | 'csv';

/** A file sent for import, its content in base64. */
export interface ImportFile {
  filename: string;
  content_base64: string;
  /** The unit for rows without a "Chi bộ" column value. */
  org_id?: number;
}

export interface ImportColumn {
  index: number;
  header: string;
  /** The member field the column was mapped to; null when ignored. */
  field: string | null;
}

export interface ImportRow {
  /** 1-based line in the file. */
  row: number;
  /** The unit the row goes to (from its "Chi bộ" cell or the default); 0 when none. */
  org_id?: number;
  values: Record<string, string>;
  errors: FieldProblem[];
}

export interface ImportPreview {
  columns: ImportColumn[];
  rows: ImportRow[];
  valid: number;
  invalid: number;
}

export interface ImportCommit extends ImportFile {
  exclude_rows: number[];
}

export interface ImportResult {
  imported: number;
}

/** A file the server sent for download. */
export interface Download {
  blob: Blob;
  filename: string;
}
