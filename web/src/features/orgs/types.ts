import type { OrgKind, Org, Decision } from '../../shared/api/types';

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
  /** Set when a later decision voided the event (a dissolution annulled on appeal). */
  voided_at?: string | null;
  void_reason?: string;
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
