// The propaganda endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';
import type {
  Activity,
  ActivityInput,
  ActivityQuery,
  Collaborator,
  CollaboratorInput,
  Directive05Model,
  MemberOption,
  ModelInput,
} from './types';

export function listActivities(orgId: number, query: ActivityQuery, signal?: AbortSignal): Promise<Page<Activity>> {
  return api.get<Page<Activity>>(`/api/orgs/${orgId}/propaganda-activities`, { query: { ...query }, signal });
}

export function createActivity(orgId: number, body: ActivityInput): Promise<Activity> {
  return api.post<Activity>(`/api/orgs/${orgId}/propaganda-activities`, body);
}

export function updateActivity(id: number, body: ActivityInput): Promise<Activity> {
  return api.post<Activity>(`/api/propaganda-activities/${id}`, body);
}

export function voidActivity(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/propaganda-activities/${id}/void`, { reason });
}

export function listModels(orgId: number, query: { year?: number; page?: number; page_size?: number }, signal?: AbortSignal): Promise<Page<Directive05Model>> {
  return api.get<Page<Directive05Model>>(`/api/orgs/${orgId}/directive05-models`, { query: { ...query }, signal });
}

export function createModel(orgId: number, body: ModelInput): Promise<Directive05Model> {
  return api.post<Directive05Model>(`/api/orgs/${orgId}/directive05-models`, body);
}

export function updateModel(id: number, body: ModelInput): Promise<Directive05Model> {
  return api.post<Directive05Model>(`/api/directive05-models/${id}`, body);
}

export function voidModel(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/directive05-models/${id}/void`, { reason });
}

export function listCollaborators(orgId: number, query: { at?: string; page?: number; page_size?: number }, signal?: AbortSignal): Promise<Page<Collaborator>> {
  return api.get<Page<Collaborator>>(`/api/orgs/${orgId}/opinion-collaborators`, { query: { ...query }, signal });
}

export function createCollaborator(orgId: number, body: CollaboratorInput): Promise<Collaborator> {
  return api.post<Collaborator>(`/api/orgs/${orgId}/opinion-collaborators`, body);
}

export function updateCollaborator(id: number, body: CollaboratorInput): Promise<Collaborator> {
  return api.post<Collaborator>(`/api/opinion-collaborators/${id}`, body);
}

export function voidCollaborator(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/opinion-collaborators/${id}/void`, { reason });
}

/** Members of a subtree whose name matches. */
export function searchMembers(orgId: number, q: string, signal?: AbortSignal): Promise<Page<MemberOption>> {
  return api.get<Page<MemberOption>>('/api/members', { query: { org_id: orgId, q, page_size: 20 }, signal });
}
