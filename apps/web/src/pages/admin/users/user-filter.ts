import type { Role, UserFilter, UserOrderBy, UserOrderField } from '@rapport/web-data-access';

export interface UserListCriteria {
  search: string;
  role?: Role;
}

/** The API filter for the Users table; undefined when nothing narrows the list. */
export function buildUserFilter({ search, role }: UserListCriteria): UserFilter | undefined {
  const parts: UserFilter[] = [];
  const text = search.trim();
  if (text) parts.push({ or: [{ name: { contains: text } }, { email: { contains: text } }] });
  if (role) parts.push({ role: { eq: role } });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : { and: parts };
}

export type SortableColumn = 'name' | 'email' | 'createdAt';

const ORDER_FIELDS: Record<SortableColumn, UserOrderField> = {
  name: 'NAME',
  email: 'EMAIL',
  createdAt: 'CREATED_AT',
};

export interface UserSort {
  column: SortableColumn;
  descending: boolean;
}

export const DEFAULT_USER_SORT: UserSort = { column: 'name', descending: false };

export function buildUserOrder(sort: UserSort): UserOrderBy[] {
  return [{ field: ORDER_FIELDS[sort.column], direction: sort.descending ? 'DESC' : 'ASC' }];
}

export function isSortableColumn(key: unknown): key is SortableColumn {
  return typeof key === 'string' && key in ORDER_FIELDS;
}
