import type { ContactFilter, ContactOrderField } from '@rapport/web-data-access';
import { allOf, searchAny, type CustomSortColumn } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export type AccountLinkFilter = 'with' | 'without';

export interface ContactListCriteria {
  search: string;
  /** With or without an account; both or neither means no filter. */
  account?: AccountLinkFilter[];
  ownerId?: string;
}

const SEARCH_FIELDS = ['firstName', 'lastName', 'email', 'title'] as const;

export function buildContactFilter({ search, account, ownerId }: ContactListCriteria): ContactFilter | undefined {
  const linked = account?.length === 1 ? account[0] === 'with' : undefined;
  return allOf<ContactFilter>([
    searchAny<ContactFilter, (typeof SEARCH_FIELDS)[number]>(SEARCH_FIELDS, search),
    linked === undefined ? undefined : { accountId: { isNull: !linked } },
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const CONTACT_SORT_COLUMNS = ['name', 'createdAt', 'updatedAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`). */
export type ContactSortColumn = (typeof CONTACT_SORT_COLUMNS)[number] | CustomSortColumn;
export const CONTACT_ORDER_FIELDS: Record<(typeof CONTACT_SORT_COLUMNS)[number], ContactOrderField> = {
  name: 'LAST_NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};
export const DEFAULT_CONTACT_SORT: ListSort<ContactSortColumn> = { column: 'name', descending: false };
