import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { MainLayout } from '../layout/main-layout';
import { ApiKeysPage } from '../pages/admin/api-keys/api-keys-page';
import { RolesPage } from '../pages/admin/roles/roles-page';
import { TeamsPage } from '../pages/admin/teams/teams-page';
import { UsersPage } from '../pages/admin/users/users-page';
import { DomainPage } from '../pages/domain/domain-page';
import { DOMAIN_MODULES } from '../pages/domain/domain-modules';
import { LoginPage } from '../pages/login/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { TeamDetailPage } from '../pages/records/team-detail-page';
import { UserDetailPage } from '../pages/records/user-detail-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { RequireAuth } from '../session/require-auth';
import { RequireRole } from '../session/require-role';

export const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
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
              { path: '/users/:id', element: <UserDetailPage /> },
              { path: '/teams/:id', element: <TeamDetailPage /> },
              {
                path: '/admin',
                element: <RequireRole role="ADMIN" />,
                children: [
                  { index: true, element: <Navigate to="/admin/users" replace /> },
                  { path: 'users', element: <UsersPage /> },
                  { path: 'teams', element: <TeamsPage /> },
                  { path: 'roles', element: <RolesPage /> },
                  { path: 'api-keys', element: <ApiKeysPage /> },
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
