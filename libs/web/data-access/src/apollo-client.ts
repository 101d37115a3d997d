import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCodeOf } from './graphql-errors';
import { POSSIBLE_TYPES } from './generated/possible-types';

export interface CreateApolloClientOptions {
  /** Same-origin by default: the dev server proxies /graphql and production serves both. */
  uri?: string;
  /**
   * Called when the API says the session is gone, with the operation that found out.
   * The app decides where to go; the client knows nothing about routes.
   */
  onUnauthenticated?: (operationName: string | undefined) => void;
  /** Replaces the HTTP link (tests, storybook-like harnesses). */
  terminatingLink?: ApolloLink;
  /**
   * The UI language, read per request and sent as `Accept-Language`: the API answers configured
   * names (pipelines, stages) in it (docs/adr/0010).
   */
  language?: () => string | undefined;
}

/** Sets `Accept-Language` on every operation to the UI language at the time it is sent. */
export function languageLink(language: () => string | undefined): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const lng = language();
    if (lng) operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'Accept-Language': lng } }));
    return forward(operation);
  });
}

export function createCache(): InMemoryCache {
  // Connections are fetched page by page with explicit cursors, so each (filter, order, after)
  // page stays its own cache entry: no merge functions on purpose.
  return new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      // Permissions have no id of their own; they only make sense inside their role.
      RoleInfo: { keyFields: ['role'] },
      // A person's web activity has no id: it belongs to its contact or lead, and a page of views
      // loaded later merges into what is there instead of replacing it.
      WebActivity: { merge: true },
    },
  });
}

export function createApolloClient(options: CreateApolloClientOptions = {}): ApolloClient {
  const http =
    options.terminatingLink ??
    new HttpLink({
      uri: options.uri ?? '/graphql',
      // The session lives in an httpOnly cookie; it must travel with every request.
      credentials: 'include',
    });

  const errors = new ErrorLink(({ error, operation }) => {
    if (errorCodeOf(error) === 'UNAUTHENTICATED') {
      options.onUnauthenticated?.(operation.operationName);
    }
  });

  return new ApolloClient({
    link: ApolloLink.from(options.language ? [errors, languageLink(options.language), http] : [errors, http]),
    cache: createCache(),
    defaultOptions: {
      // Lists are edited by other staff at the same time; show the cache, then refresh.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
