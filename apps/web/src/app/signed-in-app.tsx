import type { ApolloClient } from '@apollo/client';
import { createApolloClient, MeDocument } from '@rapport/web-data-access';
import { currentLanguage, i18n } from '@rapport/web-ui';
import { Outlet, type DataRouter, type RouteObject } from 'react-router';
import { takeHandedOverSession } from '../session/session-handoff';
import { SignedInProviders } from './signed-in-providers';
import { signedInRoutes } from './signed-in-routes';

// Sign-out answers for itself; every other operation that finds the session gone sends the
// person back to the login page, remembering where they were. (Sign-in does not use Apollo.)
const PUBLIC_OPERATIONS = new Set(['Logout']);

let client: ApolloClient | undefined;

/** The one Apollo client of the page, created when the signed-in part of the app first loads. */
function appClient(router: DataRouter): ApolloClient {
  if (client) return client;
  const created = createApolloClient({
    language: currentLanguage,
    onUnauthenticated: (operationName) => {
      if (operationName && PUBLIC_OPERATIONS.has(operationName)) return;
      const { pathname, search } = router.state.location;
      if (pathname === '/login') return;
      // The customer portal has its own sign-in page (issue 19 item 4).
      if (pathname === '/portal' || pathname.startsWith('/portal/')) {
        if (!pathname.startsWith('/portal/sign-')) void router.navigate('/portal/sign-in', { replace: true });
      } else void router.navigate('/login', { replace: true, state: { from: pathname + search } });
      void created.clearStore();
    },
  });
  // Configured names (pipelines, stages) come from the API in the UI language: on a switch, the
  // screens showing them ask again; cached ones refresh when next shown (cache-and-network).
  i18n.on('languageChanged', () => {
    void created.refetchQueries({ include: 'active' });
  });
  return (client = created);
}

/**
 * A sign-in on the login page starts a new session: nothing cached for a previous one (a sign-out,
 * an expired session, another person on this browser) may show, and the session query starts
 * with the user the sign-in answered, so the first screen asks no `me` again.
 */
export async function startHandedOverSession(apollo: ApolloClient): Promise<null> {
  const user = takeHandedOverSession();
  if (user) {
    await apollo.clearStore();
    apollo.writeQuery({ query: MeDocument, data: { me: user } });
  }
  return null;
}

/**
 * The signed-in route tree with what it needs around it: app/router.tsx patches it in on the first
 * navigation past the login page. Its loader runs each time someone enters it from the login page
 * (the route is then newly matched), before the session gate renders.
 */
export function signedInTree(router: DataRouter): RouteObject[] {
  const apollo = appClient(router);
  return [
    {
      id: 'signed-in',
      loader: () => startHandedOverSession(apollo),
      // Only entering matters; moving between signed-in pages has nothing to hand over.
      shouldRevalidate: () => false,
      element: (
        <SignedInProviders client={apollo}>
          <Outlet />
        </SignedInProviders>
      ),
      children: signedInRoutes,
    },
  ];
}
