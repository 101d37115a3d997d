import { BranchesOutlined, CloudUploadOutlined, FieldTimeOutlined, FormOutlined, TrophyOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { IMPORT_ROLES, SETUP_READ_ROLES, UNANSWERED_ROLES } from './shared/intake-roles';


/**
 * Lead intake screens (issue 4): web forms, routing rules, scoring, SLA, unanswered inquiries,
 * imports. Mounted under the main layout by app/router.tsx; nav entries are added under "Leads".
 * Static segments win over `/leads/:id` in react-router's ranking, so these never open a lead.
 */
export const INTAKE_ROUTES: RouteObject[] = [
  guarded('/leads/unanswered', UNANSWERED_ROLES, lazyPage(() => import('./unanswered/unanswered-page'))),
  guarded('/leads/import', IMPORT_ROLES, lazyPage(() => import('./import/import-page'))),
  guarded('/leads/forms', SETUP_READ_ROLES, lazyPage(() => import('./forms/web-forms-page'))),
  guarded('/leads/routing', SETUP_READ_ROLES, lazyPage(() => import('./routing/routing-page'))),
  guarded('/leads/scoring', SETUP_READ_ROLES, lazyPage(() => import('./scoring/scoring-page'))),
];

export const INTAKE_NAV: NavEntry[] = [
  { key: 'leads-unanswered', path: '/leads/unanswered', roles: UNANSWERED_ROLES, label: (t) => t('intake.nav.unanswered'), icon: <FieldTimeOutlined /> },
  { key: 'leads-import', path: '/leads/import', roles: IMPORT_ROLES, label: (t) => t('intake.nav.import'), icon: <CloudUploadOutlined /> },
  { key: 'leads-forms', path: '/leads/forms', roles: SETUP_READ_ROLES, label: (t) => t('intake.nav.forms'), icon: <FormOutlined /> },
  { key: 'leads-routing', path: '/leads/routing', roles: SETUP_READ_ROLES, label: (t) => t('intake.nav.routing'), icon: <BranchesOutlined /> },
  { key: 'leads-scoring', path: '/leads/scoring', roles: SETUP_READ_ROLES, label: (t) => t('intake.nav.scoring'), icon: <TrophyOutlined /> },
];
