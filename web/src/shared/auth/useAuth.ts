// Who is logged in, as every page sees it; the provider that loads it is app/auth/AuthContext.
import { createContext, useContext } from 'react';
import type { Action, RoleCode, Session, User } from '../api/types';

export interface AuthState {
  /** undefined while the session is being checked; null when nobody is logged in. */
  user: User | null | undefined;
  /** An error checking the session other than "not logged in" (e.g. server down). */
  loadError: unknown;
  /** After a login: the session the server answered. */
  signedIn: (session: Pick<Session, 'user' | 'actions'>) => void;
  signOut: () => Promise<void>;
  reload: () => void;
  hasRole: (role: RoleCode) => boolean;
  /**
   * Whether the user may take `action`: the session's `actions` when the server sends them,
   * else the role table of shared/lib/roles.ts. Hides what the server would refuse; the
   * server still decides (and checks the subtree).
   */
  can: (action: Action) => boolean;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
