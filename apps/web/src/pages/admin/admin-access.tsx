import type { NavEntry, Requirement } from '@rapport/web-core';
import { RequirePermission } from '@rapport/web-core';
import { MARKETING_ADMIN_NAV } from '@rapport/web-marketing';
import { useLocation } from 'react-router';

/**
 * Exchange rates are part of the price catalog: who may read it may look at the rates (the figures
 * they read were converted with them), who may write it keeps them, as the API asks.
 */
export const EXCHANGE_RATE_NEEDS = {
  read: [{ object: 'catalog', action: 'read' }],
  write: [{ object: 'catalog', action: 'write' }],
} satisfies Record<string, Requirement[]>;

/** What each admin page needs — the grants its API operations check (users, teams, API keys, custom fields, picklists, rates). */
export const ADMIN_PAGES: NavEntry[] = [
  { key: 'admin-users', path: '/admin/users', needs: [{ object: 'user', action: 'write' }] },
  { key: 'admin-teams', path: '/admin/teams', needs: [{ object: 'team', action: 'write' }] },
  { key: 'admin-roles', path: '/admin/roles', needs: [{ object: 'user', action: 'write' }] },
  { key: 'admin-api-keys', path: '/admin/api-keys', needs: [{ object: 'apiKey', action: 'write' }] },
  // Defining fields changes every record's form: the API asks for an all-records user grant.
  { key: 'admin-custom-fields', path: '/admin/custom-fields', needs: [{ object: 'user', action: 'write', scope: 'ALL' }] },
  // Pipeline and stage names are shared configuration: the API asks for an all-records pipeline write grant.
  { key: 'admin-pipelines', path: '/admin/pipelines', label: (t) => t('names.nav'), needs: [{ object: 'pipeline', action: 'write', scope: 'ALL' }] },
  // Picklist values label every account's and product's fields: the API asks for an all-records user grant, as for custom fields.
  // No icon, like Pipelines: the first screen's budget (issue 12).
  { key: 'admin-picklists', path: '/admin/picklists', label: (t) => t('nav.adminPicklists'), needs: [{ object: 'user', action: 'write', scope: 'ALL' }] },
  // The menu offers the rates to those who keep them; readers may open the page too (ROUTE_NEEDS).
  // No icon, like Pipelines: the first screen's budget (issue 12) has no room for one more.
  { key: 'admin-exchange-rates', path: '/admin/exchange-rates', label: (t) => t('nav.adminExchangeRates'), needs: EXCHANGE_RATE_NEEDS.write },
  // The contact policy (issue 15): marketing's screen, mounted by its own route (readers of the policy may open it).
  ...MARKETING_ADMIN_NAV,
];

/** Pages whose route opens to more people than their menu entry (the Admin menu stays the administrators' own). */
const ROUTE_NEEDS: Record<string, Requirement[]> = {
  '/admin/exchange-rates': EXCHANGE_RATE_NEEDS.read,
};

const needsAt = (pathname: string): Requirement[] => {
  const page = ADMIN_PAGES.find((p) => pathname === p.path || pathname.startsWith(`${p.path}/`));
  return (page && ROUTE_NEEDS[page.path]) ?? page?.needs ?? ADMIN_PAGES[0]!.needs!;
};

/** The /admin routes' guard: each page's own requirement, so the no-access page names the right one. */
export function AdminAccess() {
  const { pathname } = useLocation();
  return <RequirePermission needs={needsAt(pathname)} />;
}
