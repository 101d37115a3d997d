import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SALES_NEEDS } from './sales-access';

export { SALES_NEEDS };

/** Sales screens (issue 3), mounted under the main layout by the app's router. */
export const SALES_ROUTES: RouteObject[] = [
  { path: '/sales', ...lazyPage(() => import('./sales-home-page')) },
  guarded('/sales/accounts', SALES_NEEDS.accounts, lazyPage(() => import('./accounts/accounts-page'))),
  guarded('/sales/accounts/:id', SALES_NEEDS.accounts, lazyPage(() => import('./accounts/account-page'))),
  guarded('/sales/contacts', SALES_NEEDS.contacts, lazyPage(() => import('./contacts/contacts-page'))),
  guarded('/sales/contacts/:id', SALES_NEEDS.contacts, lazyPage(() => import('./contacts/contact-page'))),
  guarded('/sales/opportunities', SALES_NEEDS.opportunities, lazyPage(() => import('./opportunities/opportunities-page'))),
  guarded('/sales/opportunities/:id', SALES_NEEDS.opportunities, lazyPage(() => import('./opportunities/opportunity-page'))),
  guarded('/sales/pipeline', SALES_NEEDS.pipeline, lazyPage(() => import('./pipeline/pipeline-page'))),
  guarded('/sales/activities', SALES_NEEDS.activities, lazyPage(() => import('./activities/activities-page'))),
  guarded('/sales/handover', SALES_NEEDS.handover, lazyPage(() => import('./handover/handover-page'))),
  guarded('/leads', SALES_NEEDS.leads, lazyPage(() => import('./leads/leads-page'))),
  guarded('/leads/:id', SALES_NEEDS.leads, lazyPage(() => import('./leads/lead-page'))),
];

/** The Sales menu group's own entries (labels and icons are the app menu's core ones). */
export const SALES_NAV: NavEntry[] = [
  { key: 'sales-accounts', path: '/sales/accounts', needs: SALES_NEEDS.accounts },
  { key: 'sales-contacts', path: '/sales/contacts', needs: SALES_NEEDS.contacts },
  { key: 'sales-opportunities', path: '/sales/opportunities', needs: SALES_NEEDS.opportunities },
  { key: 'sales-pipeline', path: '/sales/pipeline', needs: SALES_NEEDS.pipeline },
  { key: 'sales-activities', path: '/sales/activities', needs: SALES_NEEDS.activities },
  { key: 'sales-handover', path: '/sales/handover', needs: SALES_NEEDS.handover },
];
