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

export interface ImportFilePreview extends ImportFile {
  /** The page of rows to return: from this index (0-based) … */
  rows_offset?: number;
  /** … this many (at most 1.000). */
  rows_limit?: number;
}

export interface ImportPreview {
  columns: ImportColumn[];
  /** One page of the file's rows (rows_offset, rows_limit); next_offset is null after the last. */
  rows: ImportRow[];
  valid: number;
  invalid: number;
  total_rows: number;
  rows_offset: number;
  rows_limit: number;
  next_offset: number | null;
  /** Every row (line number) with errors, in the whole file. */
  invalid_rows: number[];
  /** How many rows have an error in each field. */
  error_summary: { field: string; rows: number }[];
  /** The web import's limits per file. */
  limits: { max_bytes: number; max_rows: number };
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

// ---- Party development (quần chúng ưu tú → đảng viên) ----

/** '' in a query means "in progress" (preparing, voted, proposed, decided). */
export type CandidateStatus = 'preparing' | 'voted' | 'proposed' | 'decided' | 'admitted' | 'refused' | 'withdrawn';

/** A candidate's file and the dates of its steps; '' means not (yet) recorded. Dates are YYYY-MM-DD. */
export interface Candidate {
  id: number;
  org_id: number;
  org_name: string;
  status: CandidateStatus;
  full_name: string;
  sex: Sex;
  birth_date: string;
  national_id: string;
  ethnicity: string;
  religion: string;
  general_education: string;
  occupation: string;
  job_title: string;
  home_town: string;
  residence: string;
  identified_on: string;
  note: string;
  class_certificate_no: string;
  class_completed_on: string;
  dossier_completed_on: string;
  introducer1_id: number | null;
  introducer1_name: string;
  introducer1_since: string;
  introducer2_id: number | null;
  introducer2_name: string;
  introducer2_since: string;
  branch_vote_on: string;
  votes_for: number;
  votes_total: number;
  committee_proposal_on: string;
  decision_no: string;
  decision_on: string;
  ceremony_on: string;
  /** The member the ceremony made; null before. */
  member_id: number | null;
  version: number;
  /** The national ID is withheld from this user's role (as on member files). */
  masked: boolean;
  /** The last day for the admission decision (after the branch vote). */
  decision_deadline: string;
  /** The last day for the ceremony (after the decision). */
  ceremony_deadline: string;
  /** The class certificate holds until this day. */
  certificate_valid_until: string;
}

export interface CandidateQuery {
  org_id?: number;
  /** '' = in progress, 'all', or one status. */
  status?: string;
  q?: string;
  page?: number;
  page_size?: number;
}

export interface CandidateInput {
  org_id: number;
  full_name: string;
  sex: Sex;
  birth_date: string;
  national_id?: string;
  ethnicity: string;
  religion: string;
  general_education: string;
  occupation?: string;
  job_title?: string;
  home_town?: string;
  residence?: string;
  identified_on: string;
  note?: string;
}

export type CandidateStep =
  | 'class'
  | 'dossier'
  | 'introducers'
  | 'vote'
  | 'proposal'
  | 'decision'
  | 'ceremony'
  | 'refuse'
  | 'withdraw';

/** One step of a candidate's file; the fields beyond `step` and `on` depend on the step. */
export interface CandidateStepInput {
  step: CandidateStep;
  /** YYYY-MM-DD */
  on: string;
  /** The version the form was loaded with (refused with 409 when the file changed since). */
  version?: number;
  certificate_no?: string;
  introducer1_id?: number;
  introducer2_id?: number;
  introducer1_since?: string;
  introducer2_since?: string;
  votes_for?: number;
  votes_total?: number;
  decision_no?: string;
  reason?: string;
}

/** A rule the server let pass but wants a person to know about (e.g. a late ceremony). */
export interface RuleWarning {
  code: string;
  message: string;
}

export interface CandidateStepResult {
  candidate: Candidate;
  warnings: RuleWarning[];
  /** The new member after the ceremony. */
  member_id: number | null;
}

// ---- Recognition as official member ----

export interface RecognitionInput {
  /** The branch's resolution, YYYY-MM-DD. */
  resolution_on: string;
  decision_no: string;
  decision_date?: string;
  recognize: boolean;
  /** Required when not recognized. */
  reason?: string;
}

export interface RecognitionResult {
  status: 'official' | 'removed' | string;
  /** The day official membership dates from (the end of probation). */
  official_on: string;
  warnings: RuleWarning[];
}

// ---- Flows (biến động đảng viên) and targets ----

export interface Flow {
  kind: string;
  label: string;
  count: number;
}

export interface FlowReport {
  org_id: number;
  org_name: string;
  from: string;
  to: string;
  flows: Flow[];
  /** Sum of the yearly admission targets of the years in the period; 0 when none set. */
  admission_target: number;
  /** Admitted as a percentage of the target; null without a target. */
  admission_percent: number | null;
}

export interface FlowPerson {
  member_id: number;
  event_id: number;
  full_name: string;
  occurred_on: string;
  org_name: string;
  decision_no: string;
}

// ---- Worklist (việc cần làm) ----

export type WorkItemKind =
  | 'probation_ending'
  | 'recognition_overdue'
  | 'decision_due'
  | 'ceremony_due'
  | 'certificate_expiring'
  | 'transfer_pending'
  | 'temporary_expiring';

export interface WorkItem {
  kind: WorkItemKind | string;
  title: string;
  detail: string;
  due_on: string;
  overdue: boolean;
  org_name: string;
  member_id: number | null;
  candidate_id: number | null;
  transfer_id: number | null;
  /** The web route where the work is done, e.g. "/dang-vien/12/cong-nhan". */
  action: string;
}

// ---- Working-day calendar and rules ----

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

// ---- Member lifecycle: transfers and events ----

export type TransferKind = 'out' | 'in' | 'internal' | 'temporary';
export type TransferState = 'pending' | 'confirmed' | 'returned' | 'cancelled' | 'voided';

/** Giấy giới thiệu sinh hoạt đảng (both optional; the date not after the effective date). */
export interface TransferLetter {
  letter_no?: string;
  letter_date?: string;
}

export interface Transfer {
  id: number;
  member_id: number;
  member_name: string;
  member_status: string;
  kind: TransferKind;
  kind_label: string;
  state: TransferState;
  state_label: string;
  from_org_id: number | null;
  from_org_name: string;
  to_org_id: number | null;
  to_org_name: string;
  external_unit: string;
  letter_no: string;
  letter_date: string;
  decision_no: string;
  decision_date: string;
  effective_on: string;
  until_on: string;
  /** work | study for temporary stays. */
  purpose: string;
  confirmed_on: string;
  confirmed_by: string;
  returned_on: string;
  cancel_reason: string;
  note: string;
  event_id: number | null;
  return_event_id: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** A temporary stay still open after its until_on. */
  expired: boolean;
}

export interface TransferQuery {
  org_id?: number;
  side?: '' | 'incoming' | 'outgoing';
  kind?: '' | TransferKind;
  state?: '' | TransferState;
  member_id?: number;
  until_on_by?: string;
}

export interface TransferOutInput extends Decision, TransferLetter {
  external_unit: string;
  note?: string;
}

/** A new member file in the receiving unit (org_id) with the member fields, plus the transfer. */
export interface TransferInInput extends Partial<MemberFields>, Decision, TransferLetter {
  org_id: number;
  confirm_duplicate?: boolean;
  external_unit: string;
  note?: string;
}

export interface InternalTransferInput extends Decision, TransferLetter {
  to_org_id: number;
  confirm_now?: boolean;
  note?: string;
}

export interface TemporaryTransferInput extends Decision, TransferLetter {
  purpose: 'work' | 'study';
  until_on: string;
  to_org_id?: number;
  external_unit?: string;
  confirm_now?: boolean;
  note?: string;
}

/** The decision and note every member event takes (effective_on: the event's date). */
export interface EventInput extends Decision {
  note?: string;
}

export type MemberEventVerb = 'card' | 'card/reissue' | 'exempt' | 'exemption-end' | 'remove' | 'expel' | 'leave' | 'death' | 'readmit';

export interface MemberEventBody extends EventInput {
  card_no?: string;
  /** card/reissue: lost | damaged | other; exempt: free text; remove: a removal reason code. */
  reason?: string;
  reason_text?: string;
  /** readmit: the branch vote (empty = effective_on) and the unit (0 = the last one). */
  vote_on?: string;
  org_id?: number;
}

/** The member after a lifecycle event. */
export interface LifecycleResult {
  member_id: number;
  event_id: number;
  kind: string;
  kind_label: string;
  status: string;
  status_label: string;
  org_id: number;
  card_no: string;
  card_issued_on: string;
}

export interface RemovalReason {
  code: string;
  label: string;
}

export interface PartyAge {
  member_id: number;
  on: string;
  years: number;
  months: number;
  days: number;
  counted_days: number;
}
