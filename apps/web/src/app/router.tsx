import { LoadingState } from '@rapport/web-ui';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { MainLayout } from '../layout/main-layout';
import { DomainPage } from '../pages/domain/domain-page';
import { DOMAIN_MODULES } from '../pages/domain/domain-modules';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { RequireAuth } from '../session/require-auth';
import { RequireRole } from '../session/require-role';
import { HANDOVER_ROLES } from '../layout/nav-items';
import { INTAKE_ROUTES } from '../pages/intake/routes';
import { REVENUE_ROUTES } from '../pages/revenue/routes';

// Admin, sales and record pages are loaded on first visit: they carry the heavier antd pieces
// (forms, date picker, tables) and drag and drop, which the sign-in page does not need.
const lazyPage = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    // Shown while a lazy route's code loads on the very first page of a visit.
    hydrateFallbackElement: <LoadingState fullPage />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <MainLayout />,
            children: [
              { index: true, element: <Navigate to="/sales" replace /> },
              ...DOMAIN_MODULES.map((module) => ({
                path: `/${module}`,
                element: <DomainPage module={module} />,
              })),
              { path: '/sales', ...lazyPage(() => import('../pages/sales/sales-home-page')) },
              { path: '/sales/accounts', ...lazyPage(() => import('../pages/sales/accounts/accounts-page')) },
              { path: '/sales/accounts/:id', ...lazyPage(() => import('../pages/sales/accounts/account-page')) },
              { path: '/sales/contacts', ...lazyPage(() => import('../pages/sales/contacts/contacts-page')) },
              { path: '/sales/contacts/:id', ...lazyPage(() => import('../pages/sales/contacts/contact-page')) },
              { path: '/sales/opportunities', ...lazyPage(() => import('../pages/sales/opportunities/opportunities-page')) },
              { path: '/sales/opportunities/:id', ...lazyPage(() => import('../pages/sales/opportunities/opportunity-page')) },
              { path: '/sales/pipeline', ...lazyPage(() => import('../pages/sales/pipeline/pipeline-page')) },
              { path: '/sales/activities', ...lazyPage(() => import('../pages/sales/activities/activities-page')) },
              {
                path: '/sales/handover',
                element: <RequireRole roles={HANDOVER_ROLES} />,
                children: [{ index: true, ...lazyPage(() => import('../pages/sales/handover/handover-page')) }],
              },
              { path: '/leads', ...lazyPage(() => import('../pages/sales/leads/leads-page')) },
              { path: '/leads/:id', ...lazyPage(() => import('../pages/sales/leads/lead-page')) },
              ...INTAKE_ROUTES,
              ...REVENUE_ROUTES,
              { path: '/users/:id', ...lazyPage(() => import('../pages/records/user-detail-page')) },
              { path: '/teams/:id', ...lazyPage(() => import('../pages/records/team-detail-page')) },
              {
                path: '/admin',
                element: <RequireRole role="ADMIN" />,
                children: [
                  { index: true, element: <Navigate to="/admin/users" replace /> },
                  { path: 'users', ...lazyPage(() => import('../pages/admin/users/users-page')) },
                  { path: 'teams', ...lazyPage(() => import('../pages/admin/teams/teams-page')) },
                  { path: 'roles', ...lazyPage(() => import('../pages/admin/roles/roles-page')) },
                  { path: 'api-keys', ...lazyPage(() => import('../pages/admin/api-keys/api-keys-page')) },
                  { path: 'custom-fields', ...lazyPage(() => import('../pages/admin/custom-fields/custom-fields-page')) },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
