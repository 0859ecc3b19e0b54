// The endpoints of members' own space, through the one API client.
import { api } from '../../shared/api/client';
import type { User } from '../../shared/api/types';
import type { CorrectionInput, CorrectionRequest, MyFileAnswer } from './types';

export function getMyFile(signal?: AbortSignal): Promise<MyFileAnswer> {
  return api.get<MyFileAnswer>('/api/me/file', { signal });
}

export function requestCorrection(body: CorrectionInput): Promise<CorrectionRequest> {
  return api.post<CorrectionRequest>('/api/me/corrections', body);
}

export function listCorrections(orgId: number, state: string, signal?: AbortSignal): Promise<{ items: CorrectionRequest[] }> {
  return api.get<{ items: CorrectionRequest[] }>(`/api/orgs/${orgId}/corrections`, { query: { state: state || undefined }, signal });
}

export function resolveCorrection(id: number, state: 'done' | 'rejected', resolution: string): Promise<CorrectionRequest> {
  return api.post<CorrectionRequest>(`/api/corrections/${id}/resolve`, { state, resolution });
}

export function createMemberAccount(memberId: number, username: string, password: string): Promise<User> {
  return api.post<User>(`/api/members/${memberId}/account`, { username, password });
}
