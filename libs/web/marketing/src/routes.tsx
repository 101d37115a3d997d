import { BarChartOutlined, BranchesOutlined, FieldTimeOutlined, FormOutlined, FundOutlined, MailOutlined, NotificationOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { MARKETING_NEEDS } from './marketing-access';
import { VISITORS_NEEDS } from './visitors/visitors-access';

/**
 * Marketing screens (issue 14): the dashboard, the campaign list and the campaign page; and (issue
 * 15) the subscription types, the suppression list, the mailings (list, wizard, page) and the
 * company's contact policy, which lives under Admin (/admin/contact-policy). Mounted under
 * the main layout by app/signed-in-routes.tsx; the app's menu puts MARKETING_NAV in the "Marketing"
 * group. The dashboard's icon is one the menu already loads (the first screen is at its size budget).
 */
export const MARKETING_ROUTES: RouteObject[] = [
  guarded('/marketing/dashboard', MARKETING_NEEDS.dashboard, lazyPage(() => import('./dashboard/marketing-dashboard-page'))),
  guarded('/marketing/campaigns', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaigns-page'))),
  guarded('/marketing/campaigns/:id', MARKETING_NEEDS.campaigns, lazyPage(() => import('./campaigns/campaign-page'))),
  guarded('/marketing/subscription-types', MARKETING_NEEDS.subscriptionTypes, lazyPage(() => import('./consent/subscription-types-page'))),
  guarded('/marketing/suppressions', MARKETING_NEEDS.suppressions, lazyPage(() => import('./consent/suppressions-page'))),
  // Email templates (issue 15): campaign readers read them, campaign writers write them (as the API's emailTemplates).
  guarded('/marketing/templates', MARKETING_NEEDS.templates, lazyPage(() => import('./templates/templates-page'))),
  guarded('/marketing/templates/new', MARKETING_NEEDS.templateWrite, lazyPage(() => import('./templates/template-editor-page'))),
  guarded('/marketing/templates/:id', MARKETING_NEEDS.templates, lazyPage(() => import('./templates/template-editor-page'))),
  guarded('/marketing/mailings', MARKETING_NEEDS.mailings, lazyPage(() => import('./mailings/mailings-page'))),
  guarded('/marketing/mailings/new', MARKETING_NEEDS.mailingWrite, lazyPage(() => import('./mailings/wizard/mailing-wizard-page'))),
  guarded('/marketing/mailings/:id', MARKETING_NEEDS.mailings, lazyPage(() => import('./mailings/mailing-page'))),
  // Nurture sequences (issue 15 item 10): a way of sending mailings, so mailings' grants (ADR 0017).
  guarded('/marketing/nurtures', MARKETING_NEEDS.mailings, lazyPage(() => import('./nurtures/nurtures-page'))),
  guarded('/marketing/nurtures/new', MARKETING_NEEDS.mailingWrite, lazyPage(() => import('./nurtures/nurture-page'))),
  guarded('/marketing/nurtures/:id', MARKETING_NEEDS.mailings, lazyPage(() => import('./nurtures/nurture-page'))),
  // Events (issue 16): the list and calendar, an event's page, and the door's check-in screen (for those who change events).
  guarded('/marketing/events', MARKETING_NEEDS.events, lazyPage(() => import('./events/events-page'), 'events')),
  guarded('/marketing/events/:id', MARKETING_NEEDS.events, lazyPage(() => import('./events/event-page'), 'events')),
  guarded('/marketing/events/:id/check-in', MARKETING_NEEDS.eventWrite, lazyPage(() => import('./events/check-in-page'), 'events')),
  // Known visitors today (issue 16 item 7): for those who work leads, sales as much as marketing.
  guarded('/marketing/visitors', VISITORS_NEEDS.knownToday, lazyPage(() => import('./visitors/known-visitors-page'), 'visitors')),
  // Not under the app's /admin guard (which asks for the admin menu's grants): readers of the policy may open it.
  guarded('/admin/contact-policy', MARKETING_NEEDS.contactPolicy, lazyPage(() => import('./mailings/contact-policy-page'))),
  // Website tracking (issue 16): campaign readers may look; the menu offers it to administrators, who change it.
  guarded('/admin/web-tracking', VISITORS_NEEDS.setup, lazyPage(() => import('./visitors/tracking-setup-page'), 'visitors')),
];

export const MARKETING_NAV: NavEntry[] = [
  { key: 'marketing-dashboard', path: '/marketing/dashboard', needs: MARKETING_NEEDS.dashboard, label: (t) => t('campaigns.dashboard'), icon: <BarChartOutlined /> },
  { key: 'marketing-campaigns', path: '/marketing/campaigns', needs: MARKETING_NEEDS.campaigns, label: (t) => t('campaigns.title'), icon: <FundOutlined /> },
  // Consent (issue 15): the types for campaign readers, the suppression list for campaign writers.
  { key: 'marketing-subscription-types', path: '/marketing/subscription-types', needs: MARKETING_NEEDS.subscriptionTypes, label: (t) => t('campaigns.subscriptionTypes'), icon: <MailOutlined /> },
  { key: 'marketing-suppressions', path: '/marketing/suppressions', needs: MARKETING_NEEDS.suppressions, label: (t) => t('campaigns.suppressions'), icon: <StopOutlined /> },
  // Templates before the mailings that send them; the lead forms' icon, which the menu already loads.
  { key: 'marketing-templates', path: '/marketing/templates', needs: MARKETING_NEEDS.templates, label: (t) => t('campaigns.templates'), icon: <FormOutlined /> },
  // The group's own broadcast icon, which the menu already loads (the first screen is at its size budget).
  { key: 'marketing-mailings', path: '/marketing/mailings', needs: MARKETING_NEEDS.mailings, label: (t) => t('campaigns.mailings'), icon: <NotificationOutlined /> },
  // The lead routing's icon, which the menu already loads.
  { key: 'marketing-nurtures', path: '/marketing/nurtures', needs: MARKETING_NEEDS.mailings, label: (t) => t('campaigns.nurtures'), icon: <BranchesOutlined /> },
  // Events: the clock the leads menu already loads (the first screen is at its size budget).
  { key: 'marketing-events', path: '/marketing/events', needs: MARKETING_NEEDS.events, label: (t) => t('eventsNav.title'), icon: <FieldTimeOutlined /> },
  // Known visitors today; the admin menu's team icon, which the menu already loads (the first screen is at its size budget).
  { key: 'marketing-visitors', path: '/marketing/visitors', needs: VISITORS_NEEDS.knownToday, label: (t) => t('visitorsNav.today'), icon: <TeamOutlined /> },
];

/**
 * The contact policy's entry in the app's Admin group. The menu offers it to those who change the
 * policy (as Admin → Exchange rates does): the Admin group stays the administrators'. Its readers
 * (marketers, managers) open it from the mailing list's "Contact policy" button.
 */
export const MARKETING_ADMIN_NAV: NavEntry[] = [
  { key: 'admin-contact-policy', path: '/admin/contact-policy', needs: MARKETING_NEEDS.contactPolicyWrite, label: (t) => t('campaigns.contactPolicy') },
  { key: 'admin-web-tracking', path: '/admin/web-tracking', needs: VISITORS_NEEDS.setupWrite, label: (t) => t('visitorsNav.setup') },
];

export { campaignPath } from '@rapport/web-core';
