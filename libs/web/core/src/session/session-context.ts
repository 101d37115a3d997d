import type { CurrentUserFragment } from '@rapport/web-data-access';
import { createContext, useContext } from 'react';

export type SessionUser = CurrentUserFragment;

export const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only call below RequireAuth. */
export function useSessionUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSessionUser() used outside <RequireAuth>');
  return user;
}

/** The signed-in user or null (e.g. on the login page). */
export function useOptionalSessionUser(): SessionUser | null {
  return useContext(SessionContext);
}
