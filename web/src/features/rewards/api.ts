// The rewards endpoints, through the one API client.
import { api, download } from '../../shared/api/client';
import type { Download, Page } from '../../shared/api/types';
import type { Emulation, EmulationInput, MemberOption, Reward, RewardInput, RewardPage, RewardQuery } from './types';

export function listRewards(orgId: number, query: RewardQuery, signal?: AbortSignal): Promise<RewardPage> {
  return api.get<RewardPage>(`/api/orgs/${orgId}/rewards`, { query: { ...query }, signal });
}

/** The whole selection (paging aside) as an Excel workbook or as the committee's Word list. */
export function exportRewards(orgId: number, query: RewardQuery, format: 'xlsx' | 'docx'): Promise<Download> {
  const { page: _page, page_size: _size, ...filters } = query;
  return download(`/api/orgs/${orgId}/rewards/export`, { ...filters, format }, `khen-thuong.${format}`);
}

export function createReward(orgId: number, body: RewardInput): Promise<Reward> {
  return api.post<Reward>(`/api/orgs/${orgId}/rewards`, body);
}

export function voidReward(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/rewards/${id}/void`, { reason });
}

export function listEmulations(orgId: number, year: number | undefined, kind: string, signal?: AbortSignal): Promise<{ items: Emulation[] }> {
  return api.get<{ items: Emulation[] }>(`/api/orgs/${orgId}/emulations`, { query: { year, kind: kind || undefined }, signal });
}

export function createEmulation(orgId: number, body: EmulationInput): Promise<Emulation> {
  return api.post<Emulation>(`/api/orgs/${orgId}/emulations`, body);
}

export function voidEmulation(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/emulations/${id}/void`, { reason });
}

/** Members of a subtree whose name matches. */
export function searchMembers(orgId: number, q: string, signal?: AbortSignal): Promise<Page<MemberOption>> {
  return api.get<Page<MemberOption>>('/api/members', { query: { org_id: orgId, q, page_size: 20 }, signal });
}
