// Typed calls of the dangbo API, one function per endpoint.
import { api, ApiError, setCsrfToken } from './client';
import type { AuditEntry, AuditQuery, NewUser, Org, Page, Session, User, UserQuery, UserRow } from './types';

export async function login(username: string, password: string): Promise<Session> {
  const session = await api.post<Session>('/api/auth/login', { username, password }, { allowUnauthorized: true });
  setCsrfToken(session.csrf_token);
  return session;
}

/** The current session, or null when nobody is logged in. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/auth/me', { allowUnauthorized: true });
    setCsrfToken(session.csrf_token);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', {}, { allowUnauthorized: true });
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(current_password: string, new_password: string): Promise<void> {
  return api.post<void>('/api/auth/password', { current_password, new_password });
}

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<UserRow>> {
  return api.get<Page<UserRow>>('/api/users', { query: { ...query }, signal });
}

export function createUser(user: NewUser): Promise<User> {
  return api.post<User>('/api/users', user);
}

export function resetUserPassword(id: number, password: string): Promise<void> {
  return api.post<void>(`/api/users/${id}/password`, { password });
}

export function listOrgs(): Promise<{ items: Org[] }> {
  return api.get<{ items: Org[] }>('/api/orgs');
}

export function listAudit(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEntry>> {
  return api.get<Page<AuditEntry>>('/api/audit', { query: { ...query }, signal });
}
