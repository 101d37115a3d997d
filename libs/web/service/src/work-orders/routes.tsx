import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { VISITS_NEEDS, VISITS_PATH } from './visit-paths';

/**
 * The technician calendar (issue 18 item 9, ADR 0023): a week of on-site visits, for those who read
 * work orders. Its words are the service area's (lazy/service.<lng>.json).
 */
export const VISIT_ROUTES: RouteObject[] = [guarded(VISITS_PATH, VISITS_NEEDS, lazyPage(() => import('./visits-page'), 'service'))];

/** "Visits" in the Service group (features/service-nav). */
export const VISIT_NAV: NavEntry[] = [{ key: 'service-visits', path: VISITS_PATH, label: (t) => t('serviceNav.visits'), needs: VISITS_NEEDS }];
