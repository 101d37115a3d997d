import type { CurrentUserFragment } from '@rapport/web-data-access';

/**
 * The person the login page just signed in, waiting for the signed-in part of the app. The login
 * page signs in without Apollo (it must not download it: issue 12); the signed-in tree creates the
 * Apollo client and, before its first screen renders, empties its cache (nothing of a previous
 * session may show) and seeds the session query with this user, so entering the app costs no extra
 * request (app/signed-in-providers.tsx). Holds no Apollo code on purpose: it is in the entry chunk.
 */
let pending: CurrentUserFragment | undefined;

export function handOverSession(user: CurrentUserFragment): void {
  pending = user;
}

/** The user handed over since the last call, once. */
export function takeHandedOverSession(): CurrentUserFragment | undefined {
  const user = pending;
  pending = undefined;
  return user;
}
