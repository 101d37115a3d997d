import type { RouteObject } from 'react-router';
import type { NavEntry } from '@rapport/web-core';
import { CASE_NAV, CASE_ROUTES } from './cases/routes';
import { SETUP_NAV, SETUP_ROUTES } from './setup/routes';
import { DASHBOARD_NAV, DASHBOARD_ROUTES } from './dashboard/routes';
import { VISIT_NAV, VISIT_ROUTES } from './work-orders/routes';
import { ROUTING_NAV, ROUTING_ROUTES } from './routing/routes';
import { CSAT_NAV, CSAT_ROUTES } from './csat/routes';
import { KNOWLEDGE_NAV, KNOWLEDGE_ROUTES } from './knowledge/routes';

/** Service (issue 18): the case screens and the set-up screens, mounted under the main layout by app/signed-in-routes.tsx. */
export const SERVICE_ROUTES: RouteObject[] = [...CASE_ROUTES, ...VISIT_ROUTES, ...DASHBOARD_ROUTES, ...ROUTING_ROUTES, ...CSAT_ROUTES, ...KNOWLEDGE_ROUTES, ...SETUP_ROUTES];

/** The app's top-level "Service" group: cases for those who read them, set-up for those who read it. */
export const SERVICE_NAV: NavEntry = { key: 'service', path: '/service', children: [...CASE_NAV, ...VISIT_NAV, ...DASHBOARD_NAV, ...ROUTING_NAV, ...CSAT_NAV, ...KNOWLEDGE_NAV, ...SETUP_NAV] };
