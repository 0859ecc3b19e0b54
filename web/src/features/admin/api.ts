import { api } from '../../shared/api/client';
import type { AuditEntry, AuditQuery, Holiday, HolidayInput, NewUser, Rules, UserQuery, UserRow } from './types';
import type { Items, Page, User } from '../../shared/api/types';

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<UserRow>> {
  return api.get<Page<UserRow>>('/api/users', { query: { ...query }, signal });
}

export function createUser(user: NewUser): Promise<User> {
  return api.post<User>('/api/users', user);
}

export function resetUserPassword(id: number, password: string): Promise<void> {
  return api.post<void>(`/api/users/${id}/password`, { password });
}

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { query: { ...query }, signal });
}

export function listHolidays(year: number, signal?: AbortSignal): Promise<Items<Holiday>> {
  return api.get<Items<Holiday>>('/api/holidays', { query: { year }, signal });
}

/** Adds or changes the entry of one day (admin). */
export function saveHoliday(day: string, body: HolidayInput): Promise<Holiday> {
  return api.put<Holiday>(`/api/holidays/${day}`, body);
}

export function deleteHoliday(day: string): Promise<void> {
  return api.delete<void>(`/api/holidays/${day}`);
}

/** The rule set in force on `at` (default today). */
export function getRules(at?: string, signal?: AbortSignal): Promise<Rules> {
  return api.get<Rules>('/api/rules', { query: { at }, signal });
}
