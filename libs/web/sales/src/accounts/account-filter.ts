import type { AccountFilter, AccountOrderField, AccountTier } from '@rapport/web-data-access';
import { allOf, searchAny, type CustomSortColumn } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export interface AccountListCriteria {
  search: string;
  tiers?: AccountTier[];
  ownerId?: string;
}

const SEARCH_FIELDS = ['name', 'industry', 'territory'] as const;

export function buildAccountFilter({ search, tiers, ownerId }: AccountListCriteria): AccountFilter | undefined {
  return allOf<AccountFilter>([
    searchAny<AccountFilter, (typeof SEARCH_FIELDS)[number]>(SEARCH_FIELDS, search),
    // AccountFilter.tier is a StringFilter over the stored (lower-case) values, unlike the
    // AccountTier enum the API returns; see the sales web README.
    tiers?.length ? { tier: { in: tiers.map((tier) => tier.toLowerCase()) } } : undefined,
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const ACCOUNT_SORT_COLUMNS = ['name', 'createdAt', 'updatedAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`). */
export type AccountSortColumn = (typeof ACCOUNT_SORT_COLUMNS)[number] | CustomSortColumn;
export const ACCOUNT_ORDER_FIELDS: Record<(typeof ACCOUNT_SORT_COLUMNS)[number], AccountOrderField> = {
  name: 'NAME',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};
export const DEFAULT_ACCOUNT_SORT: ListSort<AccountSortColumn> = { column: 'name', descending: false };
