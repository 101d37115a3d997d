import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SERVICE_NEEDS } from '../service-access';
import { CSAT_NEEDS, CSAT_REPORT_PATH, CSAT_SETTINGS_PATH } from './csat-paths';

/**
 * Customer satisfaction (issue 19 items 5, 7): the report for those who read CSAT (agents: their own
 * answers), the survey settings for those who read service set-up (changed by its writers). Words:
 * lazy/csat.<lng>.json (with the service area's channel names and server errors).
 */
export const CSAT_ROUTES: RouteObject[] = [
  guarded(CSAT_REPORT_PATH, CSAT_NEEDS.read, lazyPage(() => import('./csat-report-page'), 'csat')),
  guarded(CSAT_SETTINGS_PATH, SERVICE_NEEDS.setup, lazyPage(() => import('./csat-settings-page'), 'csat')),
];

/** "Satisfaction" and "Survey settings" in the Service group (features/service-nav). */
export const CSAT_NAV: NavEntry[] = [
  { key: 'service-csat', path: CSAT_REPORT_PATH, label: (t) => t('serviceNav.csat'), needs: CSAT_NEEDS.read },
  { key: 'service-csat-settings', path: CSAT_SETTINGS_PATH, label: (t) => t('serviceNav.csatSettings'), needs: SERVICE_NEEDS.setup },
];
