import { lazy } from 'react';

/**
 * The "Campaigns" panel the app adds to the contact, lead, account and opportunity pages, loaded
 * with the page that shows it (and its messages with the marketing area's), not with the app's
 * entry: the first screen stays within its budget.
 */
export const CampaignsPanel = lazy(() => import('./panels/campaigns-panel'));

/** The "Email consent" panel of the contact and lead pages (issue 15), loaded the same way. */
export const ConsentPanel = lazy(() => import('./consent/consent-panel'));

/** The "Website visits" panel of the contact and lead pages (issue 16), loaded the same way. */
export const WebsiteVisitsPanel = lazy(() => import('./visitors/website-visits-panel'));
