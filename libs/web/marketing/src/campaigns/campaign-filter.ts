import type { CampaignFilter, CampaignOrderField, CampaignStatus } from '@rapport/web-data-access';
import { allOf, searchAny, type CustomSortColumn, type ListSort } from '@rapport/web-core';

export interface CampaignListCriteria {
  search: string;
  statuses?: CampaignStatus[];
  ownerId?: string;
}

const SEARCH_FIELDS = ['name', 'channel', 'utmCampaign', 'shortCode'] as const;

/** The list's own filter: the search box, the status column's picks and "only mine". */
export function buildCampaignFilter({ search, statuses, ownerId }: CampaignListCriteria): CampaignFilter | undefined {
  return allOf<CampaignFilter>([
    searchAny<CampaignFilter, (typeof SEARCH_FIELDS)[number]>(SEARCH_FIELDS, search),
    statuses?.length ? { status: { in: statuses } } : undefined,
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const CAMPAIGN_SORT_COLUMNS = ['name', 'channel', 'dates', 'budget', 'updatedAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`, sorted by the API as `customField`). */
export type CampaignSortColumn = (typeof CAMPAIGN_SORT_COLUMNS)[number] | CustomSortColumn;
export const CAMPAIGN_ORDER_FIELDS: Record<(typeof CAMPAIGN_SORT_COLUMNS)[number], CampaignOrderField> = {
  name: 'NAME',
  channel: 'CHANNEL',
  dates: 'START_DATE',
  budget: 'BUDGET',
  updatedAt: 'UPDATED_AT',
};
/** Newest first: what a marketer works on now is what starts last. */
export const DEFAULT_CAMPAIGN_SORT: ListSort<CampaignSortColumn> = { column: 'dates', descending: true };
