import { useCallback, useEffect, useState } from 'react';
import type { User } from '../../../preload/contract';
import { api } from '../api';

export interface Session {
  /** Null while the engine has not answered yet. */
  ready: boolean;
  user: User | null;
  /** The station has no account yet: the first one (a lead) can be created without signing in. */
  needsFirstUser: boolean;
  /** Rejects with the engine's sentence on a wrong name or password. */
  signIn: (name: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  createFirstLead: (name: string, password: string) => Promise<void>;
}

/** Who is signed in to the engine; held by the App so the header and the screens agree. */
export function useSession(): Session {
  const [ready, setReady] = useState(false);
  const [user, setUser] = useState<User | null>(null);
  const [needsFirstUser, setNeedsFirstUser] = useState(false);

  const refresh = useCallback(async () => {
    const current = await api.auth.current();
    setUser(current.user);
    setNeedsFirstUser(current.needsFirstUser);
    setReady(true);
  }, []);

  useEffect(() => {
    refresh().catch(() => setReady(true));
  }, [refresh]);

  const signIn = useCallback(async (name: string, password: string) => {
    setUser(await api.auth.signIn({ name, password }));
    setNeedsFirstUser(false);
  }, []);

  const signOut = useCallback(async () => {
    await api.auth.signOut();
    setUser(null);
  }, []);

  const createFirstLead = useCallback(
    async (name: string, password: string) => {
      await api.users.add({ name, role: 'lead', password });
      await signIn(name, password);
    },
    [signIn],
  );

  return { ready, user, needsFirstUser, signIn, signOut, createFirstLead };
}
