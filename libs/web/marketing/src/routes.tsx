import { FundOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { MARKETING_NEEDS } from './marketing-access';

/**
 * Marketing screens (issue 14): the campaign list and the campaign page. Mounted under the main
 * layout by app/signed-in-routes.tsx; the app's menu puts MARKETING_NAV in the "Marketing" group.
 */
export const MARKETING_ROUTES: RouteObject[] = [
  guarded('/marketing/campaigns', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaigns-page'))),
  guarded('/marketing/campaigns/:id', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaign-page'))),
];

export const MARKETING_NAV: NavEntry[] = [
  { key: 'marketing-campaigns', path: '/marketing/campaigns', needs: MARKETING_NEEDS.campaigns, label: (t) => t('campaigns.title'), icon: <FundOutlined /> },
];

export { campaignPath } from '@rapport/web-core';
