import { BranchesOutlined, CloudUploadOutlined, FieldTimeOutlined, FormOutlined, TrophyOutlined } from '@ant-design/icons';
import type { RouteObject } from 'react-router';
import { guarded, lazyPage, type NavEntry } from '@rapport/web-core';
import { INTAKE_NEEDS } from './shared/intake-access';


/**
 * Lead intake screens (issue 4): web forms, routing rules, scoring, SLA, unanswered inquiries,
 * imports. Mounted under the main layout by app/router.tsx; nav entries are added under "Leads".
 * Static segments win over `/leads/:id` in react-router's ranking, so these never open a lead.
 * Their words (and the lead page's intake panel's) come with them (lazy/lead-intake.<lng>.json);
 * the first screen's bundle keeps only the menu's, the bell's and the lead fields' labels.
 */
export const INTAKE_ROUTES: RouteObject[] = [
  guarded('/leads/unanswered', INTAKE_NEEDS.unanswered, lazyPage(() => import('./unanswered/unanswered-page'), 'lead-intake')),
  guarded('/leads/import', INTAKE_NEEDS.import, lazyPage(() => import('./import/import-page'), 'lead-intake')),
  guarded('/leads/forms', INTAKE_NEEDS.setupRead, lazyPage(() => import('./forms/web-forms-page'), 'lead-intake')),
  guarded('/leads/routing', INTAKE_NEEDS.setupRead, lazyPage(() => import('./routing/routing-page'), 'lead-intake')),
  guarded('/leads/scoring', INTAKE_NEEDS.setupRead, lazyPage(() => import('./scoring/scoring-page'), 'lead-intake')),
];

export const INTAKE_NAV: NavEntry[] = [
  { key: 'leads-unanswered', path: '/leads/unanswered', needs: INTAKE_NEEDS.unanswered, label: (t) => t('intake.nav.unanswered'), icon: <FieldTimeOutlined /> },
  { key: 'leads-import', path: '/leads/import', needs: INTAKE_NEEDS.import, label: (t) => t('intake.nav.import'), icon: <CloudUploadOutlined /> },
  { key: 'leads-forms', path: '/leads/forms', needs: INTAKE_NEEDS.setupRead, label: (t) => t('intake.nav.forms'), icon: <FormOutlined /> },
  { key: 'leads-routing', path: '/leads/routing', needs: INTAKE_NEEDS.setupRead, label: (t) => t('intake.nav.routing'), icon: <BranchesOutlined /> },
  { key: 'leads-scoring', path: '/leads/scoring', needs: INTAKE_NEEDS.setupRead, label: (t) => t('intake.nav.scoring'), icon: <TrophyOutlined /> },
];
