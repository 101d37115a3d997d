import { BarChartOutlined, FundOutlined, MailOutlined, StopOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { MARKETING_NEEDS } from './marketing-access';

/**
 * Marketing screens (issue 14): the dashboard, the campaign list and the campaign page; and (issue
 * 15) the subscription types and the suppression list. Mounted under
 * the main layout by app/signed-in-routes.tsx; the app's menu puts MARKETING_NAV in the "Marketing"
 * group. The dashboard's icon is one the menu already loads (the first screen is at its size budget).
 */
export const MARKETING_ROUTES: RouteObject[] = [
  guarded('/marketing/dashboard', MARKETING_NEEDS.dashboard, lazyPage(() => import('./dashboard/marketing-dashboard-page'))),
  guarded('/marketing/campaigns', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaigns-page'))),
  guarded('/marketing/campaigns/:id', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaign-page'))),
  guarded('/marketing/subscription-types', MARKETING_NEEDS.subscriptionTypes, lazyPage(() => import('./consent/subscription-types-page'))),
  guarded('/marketing/suppressions', MARKETING_NEEDS.suppressions, lazyPage(() => import('./consent/suppressions-page'))),
];

export const MARKETING_NAV: NavEntry[] = [
  { key: 'marketing-dashboard', path: '/marketing/dashboard', needs: MARKETING_NEEDS.dashboard, label: (t) => t('campaigns.dashboard'), icon: <BarChartOutlined /> },
  { key: 'marketing-campaigns', path: '/marketing/campaigns', needs: MARKETING_NEEDS.campaigns, label: (t) => t('campaigns.title'), icon: <FundOutlined /> },
  // Consent (issue 15): the types for campaign readers, the suppression list for campaign writers.
  { key: 'marketing-subscription-types', path: '/marketing/subscription-types', needs: MARKETING_NEEDS.subscriptionTypes, label: (t) => t('campaigns.subscriptionTypes'), icon: <MailOutlined /> },
  { key: 'marketing-suppressions', path: '/marketing/suppressions', needs: MARKETING_NEEDS.suppressions, label: (t) => t('campaigns.suppressions'), icon: <StopOutlined /> },
];

export { campaignPath } from '@rapport/web-core';
