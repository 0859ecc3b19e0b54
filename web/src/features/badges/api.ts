import { api, download } from '../../shared/api/client';
import type { Download, Items, Page } from '../../shared/api/types';
import type { Badge, BadgeDue, BadgeProposalInput, BadgeQuery, BadgeRound, BadgeStepInput } from './types';

/** The award rounds of a year (3/2, 19/5, 2/9, 7/11 under the rules in force). */
export function getBadgeRounds(year: number, signal?: AbortSignal): Promise<Items<BadgeRound>> {
  return api.get<Items<BadgeRound>>('/api/badge-rounds', { query: { year }, signal });
}

/** Members of the subtree due at the round. */
export function getBadgesDue(orgId: number, round: string, signal?: AbortSignal): Promise<Items<BadgeDue> & { round: string }> {
  return api.get<Items<BadgeDue> & { round: string }>(`/api/orgs/${orgId}/badges/due`, { query: { round }, signal });
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
export function exportBadgesDue(orgId: number, round: string, format: 'xlsx' | 'docx' = 'xlsx'): Promise<Download> {
  return download(`/api/orgs/${orgId}/badges/due/export`, { round, format }, `huy-hieu-dang-${round}.${format}`);
}
