import { api, download } from '../../shared/api/client';
import type { Download, Items, Page } from '../../shared/api/types';
import type { Badge, BadgeDueList, BadgeDueQuery, BadgeProposalInput, BadgeQuery, BadgeRound, BadgeStepInput } from './types';

/** The award rounds of a year (3/2, 19/5, 2/9, 7/11 under the rules in force). */
export function getBadgeRounds(year: number, signal?: AbortSignal): Promise<Items<BadgeRound>> {
  return api.get<Items<BadgeRound>>('/api/badge-rounds', { query: { year }, signal });
}

/** A page of the members of the subtree due at the round (milestone first, then name). */
export function getBadgesDue(orgId: number, query: BadgeDueQuery, signal?: AbortSignal): Promise<BadgeDueList> {
  return api.get<BadgeDueList>(`/api/orgs/${orgId}/badges/due`, { query: { ...query }, signal });
}

export function listBadges(orgId: number, query: BadgeQuery, signal?: AbortSignal): Promise<Page<Badge>> {
  return api.get<Page<Badge>>(`/api/orgs/${orgId}/badges`, { query: { ...query }, signal });
}

export function proposeBadge(memberId: number, body: BadgeProposalInput): Promise<Badge> {
  return api.post<Badge>(`/api/members/${memberId}/badges`, body);
}

export function recordBadgeStep(id: number, body: BadgeStepInput): Promise<Badge> {
  return api.post<Badge>('/api/badges/steps', { badge_id: id, ...body });
}

export function getMemberBadges(memberId: number, signal?: AbortSignal): Promise<Items<Badge>> {
  return api.get<Items<Badge>>(`/api/members/${memberId}/badges`, { signal });
}

/** The round's list of members due as an Excel workbook or as the committee's Word list. */
export function exportBadgesDue(orgId: number, round: string, format: 'xlsx' | 'docx' = 'xlsx', milestone?: number): Promise<Download> {
  return download(`/api/orgs/${orgId}/badges/due/export`, { round, format, milestone }, `huy-hieu-dang-${round}.${format}`);
}
