// The inspection and supervision endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { Items, Page } from '../../shared/api/types';
import type { ConclusionInput, InspectionCase, InspectionInput, InspectionQuery, Programme } from './types';

export function listInspections(orgId: number, query: InspectionQuery, signal?: AbortSignal): Promise<Page<InspectionCase>> {
  return api.get<Page<InspectionCase>>(`/api/orgs/${orgId}/inspections`, { query: { ...query }, signal });
}

export function getInspection(id: number, signal?: AbortSignal): Promise<InspectionCase> {
  return api.get<InspectionCase>(`/api/inspections/${id}`, { signal });
}

export function createInspection(orgId: number, body: InspectionInput): Promise<InspectionCase> {
  return api.post<InspectionCase>(`/api/orgs/${orgId}/inspections`, body);
}

export function concludeInspection(id: number, body: ConclusionInput): Promise<InspectionCase> {
  return api.post<InspectionCase>(`/api/inspections/${id}/conclusion`, body);
}

export function recordFollowUp(id: number, body: { on: string; note: string; close?: boolean }): Promise<InspectionCase> {
  return api.post<InspectionCase>(`/api/inspections/${id}/steps`, body);
}

export function voidInspection(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/inspections/${id}/void`, { reason });
}

export function listProgrammes(orgId: number, signal?: AbortSignal): Promise<Items<Programme>> {
  return api.get<Items<Programme>>(`/api/orgs/${orgId}/inspection-programmes`, { signal });
}

export function createProgramme(orgId: number, body: { year: number; title: string; decision_no?: string; approved_on?: string }): Promise<Programme> {
  return api.post<Programme>(`/api/orgs/${orgId}/inspection-programmes`, body);
}
