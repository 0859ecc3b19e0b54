import type { Sex } from '../members';

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
  /** While preparing: the candidate is of age only after the class certificate runs out. */
  age_notice: string;
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

export type WorkItemKind =
  | 'probation_ending'
  | 'recognition_overdue'
  | 'decision_due'
  | 'ceremony_due'
  | 'certificate_expiring'
  | 'transfer_pending'
  | 'temporary_expiring'
  | 'meeting_missing'
  | 'thematic_missing'
  | 'absence_warning'
  | 'badge_round_due';

/** A page of a worklist with the whole worklist's counts. */
export interface WorklistPage {
  items: WorkItem[];
  /** Items that match the filter asked. */
  total: number;
  /** The whole worklist, whatever was asked. */
  by_kind: { kind: WorkItemKind; count: number }[];
  overdue: number;
  all: number;
}

export interface WorklistQuery {
  at?: string;
  kind?: WorkItemKind;
  overdue?: 1;
  member_id?: number;
  page?: number;
  page_size?: number;
}

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
