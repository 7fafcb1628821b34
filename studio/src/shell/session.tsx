import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { gql } from '../api/graphql';

export interface Me {
  kind: string;
  userName: string | null;
  personId: string | null;
  roles: { role: string; orgUnitId: string; orgPath: string }[];
}

interface Session {
  me: Me | null;
  loading: boolean;
  login: (userName: string, password: string, totp?: string) => Promise<void>;
  logout: () => Promise<void>;
  hasRole: (role: string) => boolean;
}

const SessionContext = createContext<Session | null>(null);
const meQuery = 'query Me { me { kind userName personId roles { role orgUnitId orgPath } } }';

/** Who is signed in, from the session cookie `login` sets; the studio keeps no token of its own. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      setMe((await gql<{ me: Me | null }>(meQuery)).me);
    } catch {
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const login = useCallback(async (userName: string, password: string, totp?: string) => {
    await gql('mutation Login($u: String!, $p: String!, $t: String) { login(userName: $u, password: $p, totp: $t) { expiresAt } }',
      { u: userName, p: password, t: totp || null });
    await refresh();
  }, [refresh]);

  const logout = useCallback(async () => {
    await gql('mutation { logout }');
    setMe(null);
  }, []);

  const hasRole = useCallback((role: string) => me?.roles.some((r) => r.role === role) ?? false, [me]);

  return <SessionContext.Provider value={{ me, loading, login, logout, hasRole }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
