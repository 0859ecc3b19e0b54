import { api } from '../../shared/api/client';
import type { Items } from '../../shared/api/types';
import type { FlowPerson, FlowReport } from './types';

/** The yearly admission target (chỉ tiêu kết nạp) of an organization. */
export function setAdmissionTarget(orgId: number, year: number, target: number): Promise<void> {
  return api.put<void>(`/api/orgs/${orgId}/targets/${year}`, { target });
}

/** Counts of each kind of event in the subtree of `orgId` between `from` and `to` (inclusive). */
export function getFlows(orgId: number, from: string, to: string, signal?: AbortSignal): Promise<FlowReport> {
  return api.get<FlowReport>(`/api/orgs/${orgId}/flows`, { query: { from, to }, signal });
}

/** The people behind one count of the flows report. */
export function getFlowPeople(orgId: number, kind: string, from: string, to: string, signal?: AbortSignal): Promise<Items<FlowPerson>> {
  return api.get<Items<FlowPerson>>(`/api/orgs/${orgId}/flows/${encodeURIComponent(kind)}`, { query: { from, to }, signal });
}
