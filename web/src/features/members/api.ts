import { api, download } from '../../shared/api/client';
import type { Download, Items, Page } from '../../shared/api/types';
import type { ExportFormat, ImportCommit, ImportFilePreview, ImportPreview, ImportResult, Member, MemberEvent, MemberInput, MemberQuery, MemberSummary, MemberUpdate } from './types';

export function listMembers(query: MemberQuery, signal?: AbortSignal): Promise<Page<MemberSummary>> {
  return api.get<Page<MemberSummary>>('/api/members', { query: { ...query }, signal });
}

/** The filtered list (no paging) as an Excel or CSV file. */
export function exportMembers(format: ExportFormat, query: MemberQuery): Promise<Download> {
  const { page: _page, page_size: _size, ...filters } = query;
  return download('/api/members/export', { format, ...filters }, `dang-vien.${format}`);
}

export function getMember(id: number, signal?: AbortSignal): Promise<Member> {
  return api.get<Member>(`/api/members/${id}`, { signal });
}

export function createMember(member: MemberInput): Promise<Member> {
  return api.post<Member>('/api/members', member);
}

export function updateMember(id: number, member: MemberUpdate): Promise<Member> {
  return api.put<Member>(`/api/members/${id}`, member);
}

export function getMemberTimeline(id: number, signal?: AbortSignal): Promise<Items<MemberEvent>> {
  return api.get<Items<MemberEvent>>(`/api/members/${id}/timeline`, { signal });
}

export function previewMemberImport(file: ImportFilePreview): Promise<ImportPreview> {
  return api.post<ImportPreview>('/api/members/import/preview', file);
}

export function commitMemberImport(body: ImportCommit): Promise<ImportResult> {
  return api.post<ImportResult>('/api/members/import/commit', body);
}
