import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SERVICE_NEEDS } from '../service-access';
import { CASES_PATH } from './case-paths';
import { CALL_DESK_PATH } from '../calls/call-model';

/**
 * The case screens (issue 18): the list and a case's page, for the roles that read cases (a sales
 * rep too: their customers' cases). Their words come with them (lazy/service.<lng>.json, with the
 * service server messages, lazy/server-service).
 */
export const CASE_ROUTES: RouteObject[] = [
  guarded(CASES_PATH, SERVICE_NEEDS.cases, lazyPage(() => import('./cases-page'), 'service')),
  guarded(`${CASES_PATH}/:id`, SERVICE_NEEDS.cases, lazyPage(() => import('./case-page'), 'service')),
  // The call desk opens cases, so it is for those who write them (a telephony system links here).
  guarded(CALL_DESK_PATH, SERVICE_NEEDS.caseWrite, lazyPage(() => import('../calls/call-page'), 'service')),
];

/** "Cases" in the Service group; its label is in the first screen's words (features/service-nav). */
export const CASE_NAV: NavEntry[] = [
  { key: 'service-cases', path: CASES_PATH, label: (t) => t('serviceNav.cases'), needs: SERVICE_NEEDS.cases },
  { key: 'service-call', path: CALL_DESK_PATH, label: (t) => t('serviceNav.call'), needs: SERVICE_NEEDS.caseWrite },
];
