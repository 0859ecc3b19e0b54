// Who is logged in, for the whole app. Loaded once from GET /api/auth/me.
import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useNavigate } from 'react-router-dom';
import { setUnauthorizedHandler } from '../../shared/api/client';
import { fetchSession, logout as apiLogout } from './api';
import type { Action, Session, User } from '../../shared/api/types';
import { AuthContext, type AuthState } from '../../shared/auth/useAuth';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [actions, setActions] = useState<readonly string[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const navigate = useNavigate();

  useEffect(() => {
    let live = true;
    fetchSession()
      .then((s) => live && (setUser(s?.user ?? null), setActions(s?.actions), setLoadError(null)))
      .catch((err: unknown) => live && (setUser(null), setLoadError(err)));
    return () => {
      live = false;
    };
  }, [attempt]);

  // A 401 from any call: the session ended; go to the login page and come back after.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      // One transition for both, as the router's own navigations are transitions: otherwise
      // the page would render once with no user at the old address.
      startTransition(() => {
        setUser(null);
        if (window.location.pathname !== '/login') {
          const next = window.location.pathname + window.location.search;
          navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true, state: { expired: true } });
        }
      });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate]);

  const signOut = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      startTransition(() => {
        setUser(null);
        navigate('/login', { replace: true });
      });
    }
  }, [navigate]);

  const allowed = useMemo<ReadonlySet<string>>(
    // The server's role × action table is the only one: the session lists the actor's actions.
    () => new Set(user && Array.isArray(actions) ? actions : []),
    [user, actions],
  );

  const value = useMemo<AuthState>(
    () => ({
      user,
      loadError,
      signedIn: (s: Pick<Session, 'user' | 'actions'>) => (setUser(s.user), setActions(s.actions), setLoadError(null)),
      signOut,
      reload: () => (setUser(undefined), setAttempt((n) => n + 1)),
      hasRole: (role) => !!user?.roles.includes(role),
      can: (action: Action) => allowed.has(action),
    }),
    [user, loadError, signOut, allowed],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
