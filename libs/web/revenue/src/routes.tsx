import { AppstoreOutlined, AuditOutlined, FileTextOutlined, FlagOutlined, LineChartOutlined, WarningOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { APPROVER_ROLES, CATALOG_ROLES, COMMITMENT_ROLES, SELLER_ROLES } from './revenue-roles';


/**
 * Revenue screens (issue 5): products and price books, quotes and approvals, forecast, commitments.
 * Mounted under the main layout by app/router.tsx; nav entries are added under "Sales".
 */
export const REVENUE_ROUTES: RouteObject[] = [
  guarded('/sales/quotes', SELLER_ROLES, lazyPage(() => import('./quotes/quotes-page'))),
  guarded('/sales/quotes/new', SELLER_ROLES, lazyPage(() => import('./quotes/new-quote-page'))),
  guarded('/sales/quotes/approvals', APPROVER_ROLES, lazyPage(() => import('./approvals/approvals-page'))),
  guarded('/sales/quotes/conflicts', SELLER_ROLES, lazyPage(() => import('./conflicts/price-conflicts-page'))),
  guarded('/sales/quotes/:id', SELLER_ROLES, lazyPage(() => import('./quotes/quote-page'))),
  guarded('/sales/forecast', SELLER_ROLES, lazyPage(() => import('./forecast/forecast-page'))),
  guarded('/sales/commitments', COMMITMENT_ROLES, lazyPage(() => import('./commitments/commitments-page'))),
  guarded('/sales/catalog', CATALOG_ROLES, lazyPage(() => import('./catalog/catalog-page'))),
];

// The menu lights the first entry whose path prefixes the location, so the two pages under
// /sales/quotes/… come before "Quotes" itself.
export const REVENUE_NAV: NavEntry[] = [
  { key: 'sales-quote-approvals', path: '/sales/quotes/approvals', roles: APPROVER_ROLES, label: (t) => t('revenue.nav.approvals'), icon: <AuditOutlined /> },
  { key: 'sales-quote-conflicts', path: '/sales/quotes/conflicts', roles: SELLER_ROLES, label: (t) => t('revenue.nav.conflicts'), icon: <WarningOutlined /> },
  { key: 'sales-quotes', path: '/sales/quotes', roles: SELLER_ROLES, label: (t) => t('revenue.nav.quotes'), icon: <FileTextOutlined /> },
  { key: 'sales-forecast', path: '/sales/forecast', roles: SELLER_ROLES, label: (t) => t('revenue.nav.forecast'), icon: <LineChartOutlined /> },
  { key: 'sales-commitments', path: '/sales/commitments', roles: COMMITMENT_ROLES, label: (t) => t('revenue.nav.commitments'), icon: <FlagOutlined /> },
  { key: 'sales-catalog', path: '/sales/catalog', roles: CATALOG_ROLES, label: (t) => t('revenue.nav.catalog'), icon: <AppstoreOutlined /> },
];
