import { api, ApiError, setCsrfToken } from '../../shared/api/client';
import type { Session } from '../../shared/api/types';

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
