// The cultural-standard units endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { CultureInput, CultureYear } from './types';

export function getCultureYear(orgId: number, year: number, signal?: AbortSignal): Promise<CultureYear> {
  return api.get<CultureYear>(`/api/orgs/${orgId}/culture/${year}`, { signal });
}

export function recordCultureYear(orgId: number, year: number, items: CultureInput[]): Promise<CultureYear> {
  return api.put<CultureYear>(`/api/orgs/${orgId}/culture/${year}`, { items });
}
