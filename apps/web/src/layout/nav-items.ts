import type { Role } from '@rapport/web-data-access';
import type { NavEntry } from '@rapport/web-core';
import { INTAKE_NAV } from '@rapport/web-leads';
import { REVENUE_NAV } from '@rapport/web-revenue';
import { SALES_NAV } from '@rapport/web-sales';

export const NAV_ENTRIES: NavEntry[] = [
  {
    key: 'sales',
    path: '/sales',
    children: [...SALES_NAV, ...REVENUE_NAV],
  },
  INTAKE_NAV.length
    ? { key: 'leads', path: '/leads', children: [{ key: 'leads-all', path: '/leads', label: (t) => t('nav.leads') }, ...INTAKE_NAV] }
    : { key: 'leads', path: '/leads' },
  { key: 'marketing', path: '/marketing' },
  { key: 'service', path: '/service' },
  { key: 'segments', path: '/segments' },
  { key: 'reports', path: '/reports' },
  {
    key: 'admin',
    path: '/admin',
    roles: ['ADMIN'],
    children: [
      { key: 'admin-users', path: '/admin/users' },
      { key: 'admin-teams', path: '/admin/teams' },
      { key: 'admin-roles', path: '/admin/roles' },
      { key: 'admin-api-keys', path: '/admin/api-keys' },
      { key: 'admin-custom-fields', path: '/admin/custom-fields' },
    ],
  },
];

export function visibleEntries(entries: NavEntry[], role: Role): NavEntry[] {
  return entries
    .filter((e) => !e.roles || e.roles.includes(role))
    .map((e) => (e.children ? { ...e, children: visibleEntries(e.children, role) } : e));
}

/**
 * The deepest entry whose path prefixes the location, so /admin/users/… keeps "Users" lit.
 * `parentKey` is the group to open: the child's parent, or the group itself on its own page
 * (/sales shows the Sales overview with its items in view).
 */
export function activeEntry(entries: NavEntry[], pathname: string): { key?: string; parentKey?: string } {
  const matches = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  // The longest matching child wins, so /leads/forms lights "Web forms", not "Leads" (/leads).
  let best: { key: string; parentKey: string; length: number } | undefined;
  for (const entry of entries) {
    for (const child of entry.children ?? []) {
      if (matches(child.path) && (!best || child.path.length > best.length)) best = { key: child.key, parentKey: entry.key, length: child.path.length };
    }
  }
  if (best) return { key: best.key, parentKey: best.parentKey };
  for (const entry of entries) {
    if (matches(entry.path)) return entry.children?.length && pathname === entry.path ? { key: entry.key, parentKey: entry.key } : { key: entry.key };
  }
  return {};
}
