import type { Role } from '@rapport/web-data-access';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';

/** Who hands over a leaving rep's book (the API checks that they manage the people involved). */
export const HANDOVER_ROLES: Role[] = ['ADMIN', 'SALES_MANAGER'];

/** Sales screens (issue 3), mounted under the main layout by the app's router. */
export const SALES_ROUTES: RouteObject[] = [
  { path: '/sales', ...lazyPage(() => import('./sales-home-page')) },
  { path: '/sales/accounts', ...lazyPage(() => import('./accounts/accounts-page')) },
  { path: '/sales/accounts/:id', ...lazyPage(() => import('./accounts/account-page')) },
  { path: '/sales/contacts', ...lazyPage(() => import('./contacts/contacts-page')) },
  { path: '/sales/contacts/:id', ...lazyPage(() => import('./contacts/contact-page')) },
  { path: '/sales/opportunities', ...lazyPage(() => import('./opportunities/opportunities-page')) },
  { path: '/sales/opportunities/:id', ...lazyPage(() => import('./opportunities/opportunity-page')) },
  { path: '/sales/pipeline', ...lazyPage(() => import('./pipeline/pipeline-page')) },
  { path: '/sales/activities', ...lazyPage(() => import('./activities/activities-page')) },
  guarded('/sales/handover', HANDOVER_ROLES, lazyPage(() => import('./handover/handover-page'))),
  { path: '/leads', ...lazyPage(() => import('./leads/leads-page')) },
  { path: '/leads/:id', ...lazyPage(() => import('./leads/lead-page')) },
];

/** The Sales menu group's own entries (labels and icons are the app menu's core ones). */
export const SALES_NAV: NavEntry[] = [
  { key: 'sales-accounts', path: '/sales/accounts' },
  { key: 'sales-contacts', path: '/sales/contacts' },
  { key: 'sales-opportunities', path: '/sales/opportunities' },
  { key: 'sales-pipeline', path: '/sales/pipeline' },
  { key: 'sales-activities', path: '/sales/activities' },
  { key: 'sales-handover', path: '/sales/handover', roles: HANDOVER_ROLES },
];
