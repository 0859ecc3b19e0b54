// The badges API's types (/api/orgs/{id}/badges, /api/members/{id}/badges, /api/badges/{id}/steps).

import type { Page } from '../../shared/api/types';

export type BadgeStatus = 'proposed' | 'decided' | 'awarded';
export type BadgeBasis = 'regular' | 'illness' | 'posthumous';

export interface PartyAge {
  years: number;
  months: number;
}

export interface Badge {
  id: number;
  member_id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  milestone: number;
  round_on: string;
  basis: BadgeBasis;
  status: BadgeStatus;
  party_age: PartyAge;
  proposed_on: string;
  proposed_by: string;
  decision_no: string;
  decision_on: string;
  decided_by: string;
  awarded_on: string;
  awarded_by: string;
  note: string;
  version: number;
}

/** A member due for a badge at a round. */
export interface BadgeDue {
  member_id: number;
  full_name: string;
  org_id: number;
  org_name: string;
  admitted_on: string;
  milestone: number;
  reached_on: string;
  round_on: string;
  party_age: PartyAge;
  hold_reason: string;
  badge_id: number | null;
  badge_status: BadgeStatus | '';
}

/** A page of a round's due list, with the whole round's counts. */
export interface BadgeDueList extends Page<BadgeDue> {
  round: string;
  /** Members due per milestone (highest first), whatever milestone was asked. */
  by_milestone: { milestone: number; count: number }[];
  /** Due and neither proposed yet nor held back. */
  to_propose: number;
}

export interface BadgeDueQuery {
  round: string;
  milestone?: number;
  page: number;
  page_size: number;
}

export interface BadgeRound {
  on: string;
  label: string;
}

export interface BadgeProposalInput {
  milestone: number;
  round_on: string;
  basis: BadgeBasis;
  proposed_on: string;
  note?: string;
}

export interface BadgeStepInput {
  step: 'decide' | 'award' | 'void';
  on?: string;
  decision_no?: string;
  reason?: string;
  version?: number;
}

export interface BadgeQuery {
  round?: string;
  status?: string;
  page?: number;
  page_size?: number;
}
