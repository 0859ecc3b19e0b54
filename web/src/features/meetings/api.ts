// The meetings endpoints, through the one API client.
import { api, download } from '../../shared/api/client';
import type { Download, Items, Page } from '../../shared/api/types';
import type {
  AbsenceWarning,
  Assignment,
  AttendanceStatus,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingQuery,
  MeetingStats,
} from './types';

export function listMeetings(orgId: number, query: MeetingQuery, signal?: AbortSignal): Promise<Page<Meeting>> {
  return api.get<Page<Meeting>>(`/api/orgs/${orgId}/meetings`, { query: { ...query }, signal });
}

export function getMeeting(id: number, signal?: AbortSignal): Promise<MeetingDetail> {
  return api.get<MeetingDetail>(`/api/meetings/${id}`, { signal });
}

export function createMeeting(body: MeetingInput): Promise<Meeting> {
  return api.post<Meeting>('/api/meetings', body);
}

export function recordMeeting(id: number, body: MeetingInput): Promise<Meeting> {
  return api.post<Meeting>(`/api/meetings/${id}`, body);
}

export function voidMeeting(id: number, reason: string): Promise<void> {
  return api.post<void>(`/api/meetings/${id}/void`, { reason });
}

export function planYear(orgId: number, year: number, day: number): Promise<Items<Meeting>> {
  return api.post<Items<Meeting>>(`/api/orgs/${orgId}/meetings/plan`, { year, day });
}

/** One tap: the marks of one or more members; answers the meeting with its roster. */
export function markAttendance(id: number, marks: { member_id: number; status: AttendanceStatus }[]): Promise<MeetingDetail> {
  return api.post<MeetingDetail>(`/api/meetings/${id}/attendance`, { marks });
}

export function uploadMinutes(id: number, filename: string, content_base64: string): Promise<Meeting> {
  return api.post<Meeting>(`/api/meetings/${id}/minutes`, { filename, content_base64 });
}

export function downloadMinutes(id: number): Promise<Download> {
  return download(`/api/meetings/${id}/minutes`, {}, `bien-ban-sinh-hoat-${id}`);
}

/** The figures of the subtree for the period, with one page of its units' figures. */
export function getMeetingStats(orgId: number, period: string, page: number, pageSize: number, signal?: AbortSignal): Promise<MeetingStats> {
  return api.get<MeetingStats>(`/api/orgs/${orgId}/meeting-stats`, { query: { period, page, page_size: pageSize }, signal });
}

export function getAbsences(orgId: number, year: number, signal?: AbortSignal): Promise<Items<AbsenceWarning>> {
  return api.get<Items<AbsenceWarning>>(`/api/orgs/${orgId}/meeting-absences`, { query: { year }, signal });
}

export function listAssignments(orgId: number, all: boolean, signal?: AbortSignal): Promise<Items<Assignment>> {
  return api.get<Items<Assignment>>(`/api/orgs/${orgId}/meeting-assignments`, { query: { all: all ? 1 : undefined }, signal });
}

export function createAssignment(orgId: number, body: { member_id: number; from_on: string; note?: string }): Promise<Assignment> {
  return api.post<Assignment>(`/api/orgs/${orgId}/meeting-assignments`, body);
}

export function endAssignment(orgId: number, id: number, to_on: string): Promise<void> {
  return api.post<void>(`/api/orgs/${orgId}/meeting-assignments/${id}/end`, { to_on });
}
