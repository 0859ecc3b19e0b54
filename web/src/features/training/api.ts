// The training endpoints, through the one API client.
import { api } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';
import type { PersonOption, ResultInput, TrainingClass, TrainingClassInput, TrainingLearner, TrainingQuery } from './types';

export function listClasses(orgId: number, query: TrainingQuery, signal?: AbortSignal): Promise<Page<TrainingClass>> {
  return api.get<Page<TrainingClass>>(`/api/orgs/${orgId}/training-classes`, { query: { ...query }, signal });
}

export function getClass(id: number, signal?: AbortSignal): Promise<TrainingClass> {
  return api.get<TrainingClass>(`/api/training-classes/${id}`, { signal });
}

export function createClass(orgId: number, body: TrainingClassInput): Promise<TrainingClass> {
  return api.post<TrainingClass>(`/api/orgs/${orgId}/training-classes`, body);
}

export function updateClass(id: number, body: TrainingClassInput): Promise<TrainingClass> {
  return api.post<TrainingClass>(`/api/training-classes/${id}`, body);
}

export function voidClass(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/training-classes/${id}/void`, { reason });
}

export function addLearners(id: number, member_ids: number[], candidate_ids: number[]): Promise<TrainingClass> {
  return api.post<TrainingClass>(`/api/training-classes/${id}/learners`, { member_ids, candidate_ids });
}

export function recordResult(id: number, learnerId: number, body: ResultInput): Promise<TrainingLearner> {
  return api.post<TrainingLearner>(`/api/training-classes/${id}/learners/${learnerId}/result`, body);
}

export function removeLearner(id: number, learnerId: number, reason: string): Promise<void> {
  return api.post<void>(`/api/training-classes/${id}/learners/${learnerId}/remove`, { reason });
}

export function voidCertificate(id: number, learnerId: number, reason: string): Promise<void> {
  return api.post<void>(`/api/training-classes/${id}/learners/${learnerId}/void-certificate`, { reason });
}

/** Members (or, for candidate classes, candidates in progress) of a subtree whose name matches. */
export function searchPeople(orgId: number, q: string, candidates: boolean, signal?: AbortSignal): Promise<Page<PersonOption>> {
  const path = candidates ? '/api/candidates' : '/api/members';
  return api.get<Page<PersonOption>>(path, { query: { org_id: orgId, q, page_size: 20 }, signal });
}
