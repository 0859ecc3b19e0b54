// The ratings API's types (GET/POST /api/orgs/{id}/ratings, /api/members/{id}/ratings).

export type RatingLevel = 'excellent' | 'good' | 'completed' | 'not_completed';
export type RatingStage = 'self' | 'proposed' | 'decided' | 'approved';
export type RatingSubject = 'member' | 'org';

export interface RatingStep {
  level: RatingLevel;
  score: number | null;
  on: string;
  by: string;
}

export interface Rating {
  id: number;
  year: number;
  subject: RatingSubject;
  member_id: number | null;
  org_id: number;
  org_name: string;
  scheme: 'quota' | 'score';
  stage: RatingStage;
  level: RatingLevel;
  self: RatingStep | null;
  proposed: RatingStep | null;
  decided: RatingStep | null;
  approved: { on: string; by: string; approval_no: string } | null;
  note: string;
  version: number;
}

/** A member (or organization) of the list with its rating for the year, if any. */
export interface RatingRow {
  subject: RatingSubject;
  id: number;
  name: string;
  org_id: number;
  org_name: string;
  rating: Rating | null;
}

export interface RatingQuery {
  year: number;
  subject: RatingSubject;
  stage?: string;
  level?: string;
  page?: number;
  page_size?: number;
}

export interface RatingStepInput {
  year: number;
  step: RatingStage;
  on: string;
  level?: string;
  score?: number;
  approval_no?: string;
  note?: string;
  version?: number;
}

export interface RatingStepResult {
  rating: Rating;
  warnings: string[];
}

export interface LevelCounts {
  rated: number;
  by_level: Record<RatingLevel, number>;
  good_or_better: number;
  good_or_better_percent: number | null;
}

export interface RatingQuota {
  grassroots_id: number;
  name: string;
  good: number;
  excellent: number;
  max_excellent: number;
  max_percent: number;
  exceeded: boolean;
}

export interface RatingSummary {
  year: number;
  scheme: 'quota' | 'score';
  rules_source: string;
  target_percent: number;
  members: LevelCounts;
  grassroots: LevelCounts;
  previous: { members: LevelCounts; grassroots: LevelCounts };
  quotas: RatingQuota[];
}
