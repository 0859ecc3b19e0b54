// The congress targets endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { CongressTarget, IndicatorOption, TargetBoard, TargetInput } from './types';

export function getTargets(orgId: number, term: string, year: number | undefined, signal?: AbortSignal): Promise<TargetBoard> {
  return api.get<TargetBoard>(`/api/orgs/${orgId}/congress-targets`, { query: { term, year }, signal });
}

export function createTarget(orgId: number, body: TargetInput): Promise<CongressTarget> {
  return api.post<CongressTarget>(`/api/orgs/${orgId}/congress-targets`, body);
}

export function setTargetYear(id: number, year: number, body: { plan?: string; actual?: string; note?: string }): Promise<CongressTarget> {
  return api.put<CongressTarget>(`/api/congress-targets/${id}/years/${year}`, body);
}

export function voidTarget(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/congress-targets/${id}/void`, { reason });
}

/** The indicators a target may be computed from. */
export function listIndicatorOptions(signal?: AbortSignal): Promise<{ items: IndicatorOption[] }> {
  return api.get<{ items: IndicatorOption[] }>('/api/indicators', { signal });
}
