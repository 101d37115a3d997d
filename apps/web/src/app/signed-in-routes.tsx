import { Navigate, type RouteObject } from 'react-router';
import { DOMAIN_MODULES } from '../pages/domain/domain-modules';
import { AdminAccess } from '../pages/admin/admin-access';
import { lazyPage } from '@rapport/web-core';
import { INTAKE_ROUTES } from '@rapport/web-leads';
import { MARKETING_ROUTES } from '@rapport/web-marketing';
import { REVENUE_ROUTES } from '@rapport/web-revenue';
import { SALES_ROUTES } from '@rapport/web-sales';
import { SEGMENTATION_ROUTES } from '@rapport/web-segmentation';
import { PORTAL_ROUTES, SERVICE_ROUTES } from '@rapport/web-service';
import { MainLayout } from '../layout/main-layout';
import { RequireAuth } from '../session/require-auth';

/**
 * Everything behind sign-in: the session gate, the main layout and every page. The login page
 * does not load this module at all; app/router.tsx adds these routes on the first navigation to
 * a path the login page does not answer (issue 12: the login page carries none of the app).
 * The session gate and the main layout are part of this module's chunk, not loaded apart: every
 * signed-in page needs them, and what they share with the pages (antd's menus, dropdowns,
 * selects) then comes in that one file rather than in a dozen small ones that compress worse.
 */
export const signedInRoutes: RouteObject[] = [
  // The customer portal has its own frame and gate (customers, not staff): not under the main layout.
  ...PORTAL_ROUTES,
  {
    Component: RequireAuth,
    children: [
      {
        Component: MainLayout,
        children: [
          { index: true, element: <Navigate to="/sales" replace /> },
          ...DOMAIN_MODULES.map((module) => ({
            path: `/${module}`,
            lazy: async () => {
              const { DomainPage } = await import('../pages/domain/domain-page');
              return { element: <DomainPage module={module} /> };
            },
          })),
          ...SALES_ROUTES,
          ...INTAKE_ROUTES,
          ...REVENUE_ROUTES,
          ...MARKETING_ROUTES,
          ...SEGMENTATION_ROUTES,
          ...SERVICE_ROUTES,
          { path: '/users/:id', ...lazyPage(() => import('../pages/records/user-detail-page')) },
          { path: '/teams/:id', ...lazyPage(() => import('../pages/records/team-detail-page')) },
          {
            path: '/admin',
            element: <AdminAccess />,
            children: [
              { index: true, element: <Navigate to="/admin/users" replace /> },
              { path: 'users', ...lazyPage(() => import('../pages/admin/users/users-page')) },
              { path: 'teams', ...lazyPage(() => import('../pages/admin/teams/teams-page')) },
              { path: 'roles', ...lazyPage(() => import('../pages/admin/roles/roles-page')) },
              { path: 'api-keys', ...lazyPage(() => import('../pages/admin/api-keys/api-keys-page')) },
              { path: 'custom-fields', ...lazyPage(() => import('../pages/admin/custom-fields/custom-fields-page')) },
              { path: 'pipelines', ...lazyPage(() => import('../pages/admin/pipelines/pipelines-page')) },
              { path: 'picklists', ...lazyPage(() => import('../pages/admin/picklists/picklists-page')) },
              { path: 'exchange-rates', ...lazyPage(() => import('../pages/admin/exchange-rates/exchange-rates-page')) },
            ],
          },
          { path: '*', lazy: async () => ({ Component: (await import('../pages/not-found-page')).NotFoundPage }) },
        ],
      },
    ],
  },
];
