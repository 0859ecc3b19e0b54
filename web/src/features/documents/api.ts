// The higher-level documents endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { DocumentInput, HigherDocument, Implementation, ImplementationInput } from './types';

export function listDocuments(orgId: number, year: number | undefined, signal?: AbortSignal): Promise<{ items: HigherDocument[] }> {
  return api.get<{ items: HigherDocument[] }>(`/api/orgs/${orgId}/documents`, { query: { year }, signal });
}

export function getDocument(orgId: number, id: number, signal?: AbortSignal): Promise<HigherDocument> {
  return api.get<HigherDocument>(`/api/orgs/${orgId}/documents/${id}`, { signal });
}

export function createDocument(orgId: number, body: DocumentInput): Promise<HigherDocument> {
  return api.post<HigherDocument>(`/api/orgs/${orgId}/documents`, body);
}

export function recordImplementation(orgId: number, id: number, body: ImplementationInput): Promise<Implementation> {
  return api.put<Implementation>(`/api/orgs/${orgId}/documents/${id}/implementation`, body);
}

export function voidDocument(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/documents/${id}/void`, { reason });
}
