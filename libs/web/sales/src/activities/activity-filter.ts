import type { ActivityFilter, ActivityOrderField, ActivityType } from '@rapport/web-data-access';
import { allOf, oneOf, searchAny } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export type DoneFilter = 'open' | 'done';

export interface ActivityListCriteria {
  search: string;
  types?: ActivityType[];
  done?: DoneFilter[];
  ownerId?: string;
  /** Fixed scope of a related list, e.g. `{ accountId: { eq } }`. */
  scope?: ActivityFilter;
}

export function buildActivityFilter({ search, types, done, ownerId, scope }: ActivityListCriteria): ActivityFilter | undefined {
  // Both "open" and "done" picked is the same as neither.
  const doneValue = done?.length === 1 ? done[0] === 'done' : undefined;
  return allOf<ActivityFilter>([
    scope,
    searchAny<ActivityFilter, 'subject'>(['subject'], search),
    types?.length ? { type: oneOf(types) } : undefined,
    doneValue === undefined ? undefined : { done: { eq: doneValue } },
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const ACTIVITY_SORT_COLUMNS = ['occurredAt', 'dueAt', 'createdAt'] as const;
export type ActivitySortColumn = (typeof ACTIVITY_SORT_COLUMNS)[number];
export const ACTIVITY_ORDER_FIELDS: Record<ActivitySortColumn, ActivityOrderField> = {
  occurredAt: 'OCCURRED_AT',
  dueAt: 'DUE_AT',
  createdAt: 'CREATED_AT',
};
export const DEFAULT_ACTIVITY_SORT: ListSort<ActivitySortColumn> = { column: 'occurredAt', descending: true };
