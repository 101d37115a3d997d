import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { SERVICE_NEEDS } from '../service-access';
import { CALENDARS_PATH, NEW_SLA_POLICY_PATH, REPLY_TEMPLATES_PATH, SETUP_MESSAGES, SLA_POLICIES_PATH } from './setup-paths';

/**
 * The service set-up screens (issue 18 item 5, ADR 0021): business calendars and SLA policies, for
 * the roles that read service set-up (most staff: the calendars explain SLA due times); the edit
 * controls only show to those who may change it (service managers, admins). Their words come with
 * them (lazy/service-setup.<lng>.json).
 */
const loadCalendars = () => import('./calendars/calendars-page');
const loadCalendar = () => import('./calendars/calendar-page');
const loadPolicies = () => import('./sla/sla-policies-page');
const loadPolicy = () => import('./sla/sla-policy-page');
const loadTemplates = () => import('./templates/reply-templates-page');

export const SETUP_ROUTES: RouteObject[] = [
  guarded(CALENDARS_PATH, SERVICE_NEEDS.setup, lazyPage(loadCalendars, SETUP_MESSAGES)),
  guarded(`${CALENDARS_PATH}/:id`, SERVICE_NEEDS.setup, lazyPage(loadCalendar, SETUP_MESSAGES)),
  guarded(SLA_POLICIES_PATH, SERVICE_NEEDS.setup, lazyPage(loadPolicies, SETUP_MESSAGES)),
  // A new policy is the editor with nothing in it: only writers get there.
  guarded(NEW_SLA_POLICY_PATH, SERVICE_NEEDS.setupWrite, lazyPage(loadPolicy, SETUP_MESSAGES)),
  guarded(`${SLA_POLICIES_PATH}/:id`, SERVICE_NEEDS.setup, lazyPage(loadPolicy, SETUP_MESSAGES)),
  // Reply templates (issue 18 item 9): read by set-up's readers, changed in place by its writers.
  guarded(REPLY_TEMPLATES_PATH, SERVICE_NEEDS.setup, lazyPage(loadTemplates, SETUP_MESSAGES)),
];

/** "Business calendars" and "SLA policies" in the Service group; labels in the first screen's words (features/service-nav). */
export const SETUP_NAV: NavEntry[] = [
  { key: 'service-calendars', path: CALENDARS_PATH, label: (t) => t('serviceNav.calendars'), needs: SERVICE_NEEDS.setup },
  { key: 'service-sla-policies', path: SLA_POLICIES_PATH, label: (t) => t('serviceNav.slaPolicies'), needs: SERVICE_NEEDS.setup },
  { key: 'service-reply-templates', path: REPLY_TEMPLATES_PATH, label: (t) => t('serviceNav.replyTemplates'), needs: SERVICE_NEEDS.setup },
];
