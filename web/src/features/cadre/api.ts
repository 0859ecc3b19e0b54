// The cadre planning endpoints, through the one API client (confidential: cadre.read).
import { api } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';
import type { CadrePlan, CadrePlanInput, CadreQuery, RoadmapInput } from './types';

export function listPlans(orgId: number, query: CadreQuery, signal?: AbortSignal): Promise<Page<CadrePlan>> {
  return api.get<Page<CadrePlan>>(`/api/orgs/${orgId}/cadre-plans`, { query: { ...query }, signal });
}

export function getPlan(id: number, signal?: AbortSignal): Promise<CadrePlan> {
  return api.get<CadrePlan>(`/api/cadre-plans/${id}`, { signal });
}

export function addPlan(orgId: number, body: CadrePlanInput): Promise<CadrePlan> {
  return api.post<CadrePlan>(`/api/orgs/${orgId}/cadre-plans`, body);
}

export function removeFromPlan(id: number, body: { removed_on: string; removed_decision_no: string; reason?: string }): Promise<CadrePlan> {
  return api.post<CadrePlan>(`/api/cadre-plans/${id}/remove`, body);
}

export function voidPlan(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/cadre-plans/${id}/void`, { reason });
}

export function addRoadmapItem(id: number, body: RoadmapInput): Promise<CadrePlan> {
  return api.post<CadrePlan>(`/api/cadre-plans/${id}/roadmap`, body);
}
