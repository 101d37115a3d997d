import type { AccountFilter, AccountOrderField, AccountTier } from '@rapport/web-data-access';
import { allOf, searchAny, type CustomSortColumn } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export interface AccountListCriteria {
  search: string;
  tiers?: AccountTier[];
  ownerId?: string;
  /** Configured industries and territories whose label (in the reader's language) contains the search text. */
  labelled?: { industry: string[]; territory: string[] };
}

const SEARCH_FIELDS = ['name', 'industry', 'territory'] as const;

/**
 * The list's filter. The search box finds an account by name, or by industry or territory as
 * stored or as the reader sees it: "制造" finds accounts in Manufacturing for a Chinese reader.
 */
export function buildAccountFilter({ search, tiers, ownerId, labelled }: AccountListCriteria): AccountFilter | undefined {
  const byLabel: AccountFilter[] = search.trim()
    ? [...(labelled?.industry.length ? [{ industry: { in: labelled.industry } }] : []), ...(labelled?.territory.length ? [{ territory: { in: labelled.territory } }] : [])]
    : [];
  const text = searchAny<AccountFilter, (typeof SEARCH_FIELDS)[number]>(SEARCH_FIELDS, search);
  return allOf<AccountFilter>([
    text && byLabel.length ? { or: [...(text.or ?? []), ...byLabel] } : text,
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
