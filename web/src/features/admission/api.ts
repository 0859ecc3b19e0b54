import { api } from '../../shared/api/client';
import type { Candidate, CandidateInput, CandidateQuery, CandidateStepInput, CandidateStepResult, RecognitionInput, RecognitionResult, WorklistPage, WorklistQuery } from './types';
import type { Page } from '../../shared/api/types';

export function listCandidates(query: CandidateQuery, signal?: AbortSignal): Promise<Page<Candidate>> {
  return api.get<Page<Candidate>>('/api/candidates', { query: { ...query }, signal });
}

export function createCandidate(candidate: CandidateInput): Promise<Candidate> {
  return api.post<Candidate>('/api/candidates', candidate);
}

export function getCandidate(id: number, signal?: AbortSignal): Promise<Candidate> {
  return api.get<Candidate>(`/api/candidates/${id}`, { signal });
}

/** Records one step (or refuses / withdraws); rule refusals come as 422 ApiError with a code. */
export function recordCandidateStep(id: number, step: CandidateStepInput): Promise<CandidateStepResult> {
  return api.post<CandidateStepResult>(`/api/candidates/${id}/steps`, step);
}

/** The branch's decision on a probationary member: official, or not recognized (removed). */
export function recognizeMember(id: number, body: RecognitionInput): Promise<RecognitionResult> {
  return api.post<RecognitionResult>(`/api/members/${id}/recognition`, body);
}

/** A page of what is due in the subtree of `orgId` (on `at`, default today), most urgent first. */
export function getWorklist(orgId: number, query: WorklistQuery = {}, signal?: AbortSignal): Promise<WorklistPage> {
  return api.get<WorklistPage>(`/api/orgs/${orgId}/worklist`, { query: { ...query }, signal });
}
