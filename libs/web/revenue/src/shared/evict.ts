import type { ApolloCache } from '@apollo/client';

/**
 * A mutation's `update` that drops cached lists (root fields such as `quotes`), so lists on screen
 * fetch again and lists elsewhere are fresh when next shown. Naming queries in `refetchQueries`
 * only reaches the ones mounted right now (and warns about the others).
 */
export const evictLists =
  (...fieldNames: string[]) =>
  (cache: ApolloCache) => {
    for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
    cache.gc();
  };
