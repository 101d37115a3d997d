import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SERVICE_NEEDS } from '../service-access';

export const SERVICE_DASHBOARD_PATH = '/service/dashboard';

/**
 * The service dashboard (issue 18 item 9), for the roles that read cases (a sales rep too: the
 * figures of their customers' cases). Its words are the service area's (lazy/service.<lng>.json).
 */
export const DASHBOARD_ROUTES: RouteObject[] = [guarded(SERVICE_DASHBOARD_PATH, SERVICE_NEEDS.cases, lazyPage(() => import('./dashboard-page'), 'service'))];

/** "Dashboard" in the Service group (features/service-nav). */
export const DASHBOARD_NAV: NavEntry[] = [{ key: 'service-dashboard', path: SERVICE_DASHBOARD_PATH, label: (t) => t('serviceNav.dashboard'), needs: SERVICE_NEEDS.cases }];
