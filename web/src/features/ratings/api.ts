import { api } from '../../shared/api/client';
import type { Items, Page } from '../../shared/api/types';
import type { Rating, RatingQuery, RatingRow, RatingStepInput, RatingStepResult, RatingSubject, RatingSummary } from './types';

/** Members (or organizations) of the subtree with their rating for the year. */
export function listRatings(orgId: number, query: RatingQuery, signal?: AbortSignal): Promise<Page<RatingRow>> {
  return api.get<Page<RatingRow>>(`/api/orgs/${orgId}/ratings`, { query: { ...query }, signal });
}

/** Levels, the 90% targets, the cap of each TCCSĐ and the year before. */
export function getRatingSummary(orgId: number, year: number, signal?: AbortSignal): Promise<RatingSummary> {
  return api.get<RatingSummary>(`/api/orgs/${orgId}/ratings/summary`, { query: { year }, signal });
}

/** One step of a member's (or an organization's) rating; rule refusals come as ApiError. */
export function recordRatingStep(subject: RatingSubject, id: number, step: RatingStepInput): Promise<RatingStepResult> {
  const base = subject === 'member' ? '/api/members' : '/api/orgs';
  return api.post<RatingStepResult>(`${base}/${id}/ratings`, step);
}

export function getMemberRatings(memberId: number, signal?: AbortSignal): Promise<Items<Rating>> {
  return api.get<Items<Rating>>(`/api/members/${memberId}/ratings`, { signal });
}
