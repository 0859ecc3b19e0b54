import { api } from '../../shared/api/client';
import type { Items } from '../../shared/api/types';
import type { InternalTransferInput, LifecycleResult, MemberEventBody, MemberEventVerb, PartyAge, RemovalReason, TemporaryTransferInput, Transfer, TransferInInput, TransferOutInput, TransferQuery } from './types';

export function transferOut(memberId: number, body: TransferOutInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-out`, body);
}

export function transferIn(body: TransferInInput): Promise<Transfer> {
  return api.post<Transfer>('/api/transfers/in', body);
}

export function transferInternal(memberId: number, body: InternalTransferInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-internal`, body);
}

export function transferTemporary(memberId: number, body: TemporaryTransferInput): Promise<Transfer> {
  return api.post<Transfer>(`/api/members/${memberId}/transfer-temporary`, body);
}

export function listTransfers(query: TransferQuery, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>('/api/transfers', { query: { ...query }, signal });
}

export function getTransfer(id: number, signal?: AbortSignal): Promise<Transfer> {
  return api.get<Transfer>(`/api/transfers/${id}`, { signal });
}

export function confirmTransfer(id: number, note?: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/confirm`, { note });
}

export function cancelTransfer(id: number, reason: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/cancel`, { reason });
}

export function returnFromTemporary(id: number, returned_on: string, note?: string): Promise<Transfer> {
  return api.post<Transfer>(`/api/transfers/${id}/return`, { returned_on, note });
}

export function getMemberTransfers(memberId: number, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>(`/api/members/${memberId}/transfers`, { signal });
}

export function getTemporaryMembers(orgId: number, signal?: AbortSignal): Promise<Items<Transfer>> {
  return api.get<Items<Transfer>>(`/api/orgs/${orgId}/temporary-members`, { signal });
}

/** POST /api/members/{id}/card, /card/reissue, /exempt, /exemption-end, /remove, /expel, /leave, /death, /readmit. */
export function recordMemberEvent(memberId: number, verb: MemberEventVerb, body: MemberEventBody): Promise<LifecycleResult> {
  return api.post<LifecycleResult>(`/api/members/${memberId}/${verb}`, body);
}

export function voidMemberEvent(memberId: number, eventId: number, reason: string): Promise<LifecycleResult> {
  return api.post<LifecycleResult>(`/api/members/${memberId}/events/${eventId}/void`, { reason });
}

export function getPartyAge(memberId: number, on?: string, signal?: AbortSignal): Promise<PartyAge> {
  return api.get<PartyAge>(`/api/members/${memberId}/party-age`, { query: { on }, signal });
}

export function listRemovalReasons(signal?: AbortSignal): Promise<Items<RemovalReason>> {
  return api.get<Items<RemovalReason>>('/api/lifecycle/removal-reasons', { signal });
}
