import { AppstoreOutlined, AuditOutlined, FileTextOutlined, FlagOutlined, LineChartOutlined, WarningOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { REVENUE_NEEDS } from './revenue-access';


/**
 * Revenue screens (issue 5): products and price books, quotes and approvals, forecast, commitments.
 * Mounted under the main layout by app/router.tsx; nav entries are added under "Sales".
 */
export const REVENUE_ROUTES: RouteObject[] = [
  guarded('/sales/quotes', REVENUE_NEEDS.quotes, lazyPage(() => import('./quotes/quotes-page'), 'revenue')),
  guarded('/sales/quotes/new', REVENUE_NEEDS.newQuote, lazyPage(() => import('./quotes/new-quote-page'), 'revenue')),
  guarded('/sales/quotes/approvals', REVENUE_NEEDS.approvals, lazyPage(() => import('./approvals/approvals-page'), 'revenue')),
  guarded('/sales/quotes/conflicts', REVENUE_NEEDS.quotes, lazyPage(() => import('./conflicts/price-conflicts-page'), 'revenue')),
  guarded('/sales/quotes/:id', REVENUE_NEEDS.quotes, lazyPage(() => import('./quotes/quote-page'), 'revenue')),
  guarded('/sales/forecast', REVENUE_NEEDS.forecast, lazyPage(() => import('./forecast/forecast-page'), 'revenue')),
  guarded('/sales/commitments', REVENUE_NEEDS.commitments, lazyPage(() => import('./commitments/commitments-page'), 'revenue')),
  guarded('/sales/catalog', REVENUE_NEEDS.catalog, lazyPage(() => import('./catalog/catalog-page'), 'revenue')),
];

// The menu lights the first entry whose path prefixes the location, so the two pages under
// /sales/quotes/… come before "Quotes" itself.
export const REVENUE_NAV: NavEntry[] = [
  { key: 'sales-quote-approvals', path: '/sales/quotes/approvals', needs: REVENUE_NEEDS.approvals, label: (t) => t('revenueNav.approvals'), icon: <AuditOutlined /> },
  { key: 'sales-quote-conflicts', path: '/sales/quotes/conflicts', needs: REVENUE_NEEDS.quotes, label: (t) => t('revenueNav.conflicts'), icon: <WarningOutlined /> },
  { key: 'sales-quotes', path: '/sales/quotes', needs: REVENUE_NEEDS.quotes, label: (t) => t('revenueNav.quotes'), icon: <FileTextOutlined /> },
  { key: 'sales-forecast', path: '/sales/forecast', needs: REVENUE_NEEDS.forecast, label: (t) => t('revenueNav.forecast'), icon: <LineChartOutlined /> },
  { key: 'sales-commitments', path: '/sales/commitments', needs: REVENUE_NEEDS.commitments, label: (t) => t('revenueNav.commitments'), icon: <FlagOutlined /> },
  { key: 'sales-catalog', path: '/sales/catalog', needs: REVENUE_NEEDS.catalog, label: (t) => t('revenueNav.catalog'), icon: <AppstoreOutlined /> },
];
