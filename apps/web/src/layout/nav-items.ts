import type { NavEntry, Permissions } from '@rapport/web-core';
import { INTAKE_NAV } from '@rapport/web-leads';
import { MARKETING_NAV } from '@rapport/web-marketing';
import { REVENUE_NAV } from '@rapport/web-revenue';
import { SALES_NAV, SALES_NEEDS } from '@rapport/web-sales';
import { CUSTOMER_VALUE_NAV, SEGMENTATION_NAV } from '@rapport/web-segmentation';
import { SERVICE_NAV } from '@rapport/web-service';
import { ADMIN_PAGES } from '../pages/admin/admin-access';

export const NAV_ENTRIES: NavEntry[] = [
  {
    key: 'sales',
    path: '/sales',
    children: [...SALES_NAV, ...REVENUE_NAV],
  },
  INTAKE_NAV.length
    ? { key: 'leads', path: '/leads', children: [{ key: 'leads-all', path: '/leads', label: (t) => t('nav.leads'), needs: SALES_NEEDS.leads }, ...INTAKE_NAV] }
    : { key: 'leads', path: '/leads', needs: SALES_NEEDS.leads },
  { key: 'marketing', path: '/marketing', children: MARKETING_NAV },
  // Service (issue 18): cases and their set-up; the placeholder page while no screen of it is there.
  SERVICE_NAV.children?.length ? SERVICE_NAV : { key: 'service', path: '/service' },
  // Segments (issue 17): its own module beside Marketing, for the roles that may read segments.
  SEGMENTATION_NAV,
  // Customer value (issue 17): the RFM grid and CLV, beside Segments, for the roles that may read it.
  CUSTOMER_VALUE_NAV,
  { key: 'reports', path: '/reports' },
  { key: 'admin', path: '/admin', children: ADMIN_PAGES },
];

/**
 * The entries the viewer's grants (`me.permissions`) open, each with its own `needs`; a group
 * whose every page is closed goes too, so nobody is offered a menu of dead ends.
 */
export function visibleEntries(entries: NavEntry[], permissions: Pick<Permissions, 'allows'>): NavEntry[] {
  return entries.flatMap((e) => {
    if (!permissions.allows(e.needs)) return [];
    if (!e.children) return [e];
    const children = visibleEntries(e.children, permissions);
    return e.children.length && !children.length ? [] : [{ ...e, children }];
  });
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
