import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { KNOWLEDGE_NEEDS } from './knowledge-access';
import { KNOWLEDGE_PATH, NEW_ARTICLE_PATH } from './knowledge-paths';

/**
 * The knowledge base's staff screens (issue 19 items 3, 7): the list and search, a new article, and
 * an article's page (its editor for those who may change it, the published text for the others).
 * Words: lazy/knowledge.<lng>.json.
 */
export const KNOWLEDGE_ROUTES: RouteObject[] = [
  guarded(KNOWLEDGE_PATH, KNOWLEDGE_NEEDS.read, lazyPage(() => import('./knowledge-list-page'), 'knowledge')),
  // Before `:id`: "new" is not an article's id.
  guarded(NEW_ARTICLE_PATH, KNOWLEDGE_NEEDS.write, lazyPage(() => import('./knowledge-new-page'), 'knowledge')),
  guarded(`${KNOWLEDGE_PATH}/:id`, KNOWLEDGE_NEEDS.read, lazyPage(() => import('./knowledge-article-page'), 'knowledge')),
];

/** "Knowledge base" in the Service group, for those who read articles. */
export const KNOWLEDGE_NAV: NavEntry[] = [{ key: 'service-knowledge', path: KNOWLEDGE_PATH, label: (t) => t('serviceNav.knowledge'), needs: KNOWLEDGE_NEEDS.read }];
