import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCodeOf } from './graphql-errors';

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
}

export function createCache(): InMemoryCache {
  // Connections are fetched page by page with explicit cursors, so each (filter, order, after)
  // page stays its own cache entry: no merge functions on purpose.
  return new InMemoryCache({
    typePolicies: {
      // Permissions have no id of their own; they only make sense inside their role.
      RoleInfo: { keyFields: ['role'] },
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
    link: ApolloLink.from([errors, http]),
    cache: createCache(),
    defaultOptions: {
      // Lists are edited by other staff at the same time; show the cache, then refresh.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
