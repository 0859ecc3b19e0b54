// The dues endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { Items } from '../../shared/api/types';
import type { CollectLine, DuesArrear, DuesSheet, Reconciliation } from './types';

export function getSheet(orgId: number, month: string, signal?: AbortSignal): Promise<DuesSheet> {
  return api.get<DuesSheet>(`/api/orgs/${orgId}/dues/sheet`, { query: { month }, signal });
}

export function collect(orgId: number, month: string, lines: CollectLine[]): Promise<DuesSheet> {
  return api.post<DuesSheet>(`/api/orgs/${orgId}/dues/collect`, { month, lines });
}

export function correct(
  orgId: number,
  body: { month: string; member_id: number; paid_delta: number; extra_delta: number; reason: string },
): Promise<DuesSheet> {
  return api.post<DuesSheet>(`/api/orgs/${orgId}/dues/corrections`, body);
}

export function getArrears(orgId: number, year: number, signal?: AbortSignal): Promise<Items<DuesArrear>> {
  return api.get<Items<DuesArrear>>(`/api/orgs/${orgId}/dues/arrears`, { query: { year }, signal });
}

export function getReconciliation(orgId: number, month: string, signal?: AbortSignal): Promise<Reconciliation> {
  return api.get<Reconciliation>(`/api/orgs/${orgId}/dues/reconciliation`, { query: { month }, signal });
}

export function remit(orgId: number, month: string): Promise<unknown> {
  return api.post<unknown>(`/api/orgs/${orgId}/dues/remit`, { month });
}

export function setBasis(memberId: number, body: { from_month: string; income: string; amount?: number; note?: string }): Promise<unknown> {
  return api.post<unknown>(`/api/members/${memberId}/dues/basis`, body);
}

export function addRelief(
  memberId: number,
  body: { kind: string; reason: string; percent?: number; from_month: string; to_month?: string; note?: string },
): Promise<unknown> {
  return api.post<unknown>(`/api/members/${memberId}/dues/relief`, body);
}
