import { api } from '../../shared/api/client';
import type { CommitteeSeat, HostUnit, NewCommitteeSeat, NewHostUnit, NewOrg, OrgDetail, OrgEvent, OrgStats, SplitPart } from './types';
import type { Decision, Items, Org } from '../../shared/api/types';

export function getOrg(id: number, signal?: AbortSignal): Promise<OrgDetail> {
  return api.get<OrgDetail>(`/api/orgs/${id}`, { signal });
}

/** Counts for the subtree of `id` as it was on `at` (YYYY-MM-DD). */
export function getOrgStats(id: number, at: string, signal?: AbortSignal): Promise<OrgStats> {
  return api.get<OrgStats>(`/api/orgs/${id}/stats`, { query: { at }, signal });
}

export function getOrgHistory(id: number, signal?: AbortSignal): Promise<Items<OrgEvent>> {
  return api.get<Items<OrgEvent>>(`/api/orgs/${id}/history`, { signal });
}

export function createOrg(org: NewOrg): Promise<Org> {
  return api.post<Org>('/api/orgs', org);
}

export function renameOrg(id: number, body: { name: string } & Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/rename`, body);
}

export function moveOrg(id: number, body: { parent_id: number } & Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/move`, body);
}

/** Chi bộ cơ sở → đảng bộ cơ sở; its members move into a new chi bộ trực thuộc. */
export function upgradeOrg(id: number, body: { first_branch_name: string } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/upgrade`, body);
}

export function mergeOrg(id: number, body: { target_id: number; target_branch_id?: number } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/merge`, body);
}

export function splitOrg(id: number, body: { parts: SplitPart[] } & Decision): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${id}/split`, body);
}

export function dissolveOrg(id: number, body: Decision): Promise<Org> {
  return api.post<Org>(`/api/orgs/${id}/dissolve`, body);
}

export function listHostUnits(signal?: AbortSignal): Promise<Items<HostUnit>> {
  return api.get<Items<HostUnit>>('/api/host-units', { signal });
}

export function createHostUnit(unit: NewHostUnit): Promise<HostUnit> {
  return api.post<HostUnit>('/api/host-units', unit);
}

export function listCommittee(orgId: number, signal?: AbortSignal): Promise<Items<CommitteeSeat>> {
  return api.get<Items<CommitteeSeat>>(`/api/orgs/${orgId}/committee`, { signal });
}

export function addCommitteeSeat(orgId: number, seat: NewCommitteeSeat): Promise<CommitteeSeat> {
  return api.post<CommitteeSeat>(`/api/orgs/${orgId}/committee`, seat);
}

export function removeCommitteeSeat(orgId: number, seatId: number): Promise<void> {
  return api.delete<void>(`/api/orgs/${orgId}/committee/${seatId}`);
}
