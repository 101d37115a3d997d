import type { Role } from '@rapport/web-data-access';

export interface NavEntry {
  /** Stable key: menu key and the `nav-<key>` test id. */
  key: string;
  path: string;
  children?: NavEntry[];
  /** Only these roles see the entry; the API enforces the same rule. */
  roles?: Role[];
}

export const NAV_ENTRIES: NavEntry[] = [
  {
    key: 'sales',
    path: '/sales',
    children: [
      { key: 'sales-accounts', path: '/sales/accounts' },
      { key: 'sales-contacts', path: '/sales/contacts' },
      { key: 'sales-opportunities', path: '/sales/opportunities' },
      { key: 'sales-pipeline', path: '/sales/pipeline' },
      { key: 'sales-activities', path: '/sales/activities' },
    ],
  },
  { key: 'leads', path: '/leads' },
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
    ],
  },
];

export function visibleEntries(entries: NavEntry[], role: Role): NavEntry[] {
  return entries.filter((e) => !e.roles || e.roles.includes(role));
}

/**
 * The deepest entry whose path prefixes the location, so /admin/users/… keeps "Users" lit.
 * `parentKey` is the group to open: the child's parent, or the group itself on its own page
 * (/sales shows the Sales overview with its items in view).
 */
export function activeEntry(entries: NavEntry[], pathname: string): { key?: string; parentKey?: string } {
  const matches = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  for (const entry of entries) {
    for (const child of entry.children ?? []) {
      if (matches(child.path)) return { key: child.key, parentKey: entry.key };
    }
    if (matches(entry.path)) return entry.children?.length && pathname === entry.path ? { key: entry.key, parentKey: entry.key } : { key: entry.key };
  }
  return {};
}
