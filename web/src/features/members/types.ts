import type { FieldProblem } from '../../shared/api/types';

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
