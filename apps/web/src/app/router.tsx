import { LoadingState } from '@rapport/web-ui';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { MainLayout } from '../layout/main-layout';
import { DomainPage } from '../pages/domain/domain-page';
import { DOMAIN_MODULES } from '../pages/domain/domain-modules';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { RequireAuth } from '../session/require-auth';
import { RequireRole } from '@rapport/web-core';
import { lazyPage } from '@rapport/web-core';
import { INTAKE_ROUTES } from '@rapport/web-leads';
import { REVENUE_ROUTES } from '@rapport/web-revenue';
import { SALES_ROUTES } from '@rapport/web-sales';

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
              ...SALES_ROUTES,
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
