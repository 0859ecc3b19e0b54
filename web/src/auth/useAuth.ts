// Who is logged in, as every page sees it; the provider that loads it is app/auth/AuthContext.
import { createContext, useContext } from 'react';
import type { RoleCode, User } from '../api/types';

export interface AuthState {
  /** undefined while the session is being checked; null when nobody is logged in. */
  user: User | null | undefined;
  /** An error checking the session other than "not logged in" (e.g. server down). */
  loadError: unknown;
  signedIn: (user: User) => void;
  signOut: () => Promise<void>;
  reload: () => void;
  hasRole: (role: RoleCode) => boolean;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
