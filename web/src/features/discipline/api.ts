// The discipline endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';
import type { AppealDecisionInput, DisciplineCase, DisciplineInput, DisciplineQuery } from './types';

export function listDiscipline(orgId: number, query: DisciplineQuery, signal?: AbortSignal): Promise<Page<DisciplineCase>> {
  return api.get<Page<DisciplineCase>>(`/api/orgs/${orgId}/discipline`, { query: { ...query }, signal });
}

/** Opening a file is recorded in the audit log. */
export function getDiscipline(id: number, signal?: AbortSignal): Promise<DisciplineCase> {
  return api.get<DisciplineCase>(`/api/discipline/${id}`, { signal });
}

export function recordDiscipline(orgId: number, body: DisciplineInput): Promise<DisciplineCase> {
  return api.post<DisciplineCase>(`/api/orgs/${orgId}/discipline`, body);
}

export function lodgeAppeal(id: number, appeal_on: string, version: number): Promise<DisciplineCase> {
  return api.post<DisciplineCase>(`/api/discipline/${id}/appeal`, { appeal_on, version });
}

export function decideAppeal(id: number, body: AppealDecisionInput): Promise<DisciplineCase> {
  return api.post<DisciplineCase>(`/api/discipline/${id}/appeal-decision`, body);
}

export function voidDiscipline(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/discipline/${id}/void`, { reason });
}
