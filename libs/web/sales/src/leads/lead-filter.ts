import type { LeadFilter, LeadOrderField, LeadSource, LeadStatus } from '@rapport/web-data-access';
import { allOf, oneOf, searchAny, type CustomSortColumn } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export interface LeadListCriteria {
  search: string;
  statuses?: LeadStatus[];
  sources?: LeadSource[];
  /** Only this owner's leads ("only mine"). */
  ownerId?: string;
}

const SEARCH_FIELDS = ['firstName', 'lastName', 'company', 'email', 'phone'] as const;

/** The API filter for the leads list; undefined when nothing narrows it. */
export function buildLeadFilter({ search, statuses, sources, ownerId }: LeadListCriteria): LeadFilter | undefined {
  return allOf<LeadFilter>([
    searchAny<LeadFilter, (typeof SEARCH_FIELDS)[number]>(SEARCH_FIELDS, search),
    statuses?.length ? { status: oneOf(statuses) } : undefined,
    sources?.length ? { source: oneOf(sources) } : undefined,
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const LEAD_SORT_COLUMNS = ['name', 'company', 'score', 'createdAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`). */
export type LeadSortColumn = (typeof LEAD_SORT_COLUMNS)[number] | CustomSortColumn;
export const LEAD_ORDER_FIELDS: Record<(typeof LEAD_SORT_COLUMNS)[number], LeadOrderField> = {
  name: 'LAST_NAME',
  company: 'COMPANY',
  score: 'SCORE',
  createdAt: 'CREATED_AT',
};
// Newest first: the rep's inbox.
export const DEFAULT_LEAD_SORT: ListSort<LeadSortColumn> = { column: 'createdAt', descending: true };
