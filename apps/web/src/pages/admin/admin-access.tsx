import type { NavEntry, Requirement } from '@rapport/web-core';
import { RequirePermission } from '@rapport/web-core';
import { useLocation } from 'react-router';

/** What each admin page needs — the grants its API operations check (users, teams, API keys, custom fields). */
export const ADMIN_PAGES: NavEntry[] = [
  { key: 'admin-users', path: '/admin/users', needs: [{ object: 'user', action: 'write' }] },
  { key: 'admin-teams', path: '/admin/teams', needs: [{ object: 'team', action: 'write' }] },
  { key: 'admin-roles', path: '/admin/roles', needs: [{ object: 'user', action: 'write' }] },
  { key: 'admin-api-keys', path: '/admin/api-keys', needs: [{ object: 'apiKey', action: 'write' }] },
  // Defining fields changes every record's form: the API asks for an all-records user grant.
  { key: 'admin-custom-fields', path: '/admin/custom-fields', needs: [{ object: 'user', action: 'write', scope: 'ALL' }] },
  // Pipeline and stage names are shared configuration: the API asks for an all-records pipeline write grant.
  { key: 'admin-pipelines', path: '/admin/pipelines', label: (t) => t('names.nav'), needs: [{ object: 'pipeline', action: 'write', scope: 'ALL' }] },
];

const needsAt = (pathname: string): Requirement[] =>
  ADMIN_PAGES.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`))?.needs ?? ADMIN_PAGES[0]!.needs!;

/** The /admin routes' guard: each page's own requirement, so the no-access page names the right one. */
export function AdminAccess() {
  const { pathname } = useLocation();
  return <RequirePermission needs={needsAt(pathname)} />;
}
