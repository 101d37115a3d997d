import type { OpportunityFilter, OpportunityOrderField, PipelinesQuery } from '@rapport/web-data-access';
import { allOf, oneOf, searchAny, type CustomSortColumn } from '@rapport/web-core';
import type { ListSort } from '@rapport/web-core';

export type DealState = 'open' | 'won' | 'lost';
type Pipelines = PipelinesQuery['pipelines'];

export interface OpportunityListCriteria {
  search: string;
  stageIds?: string[];
  states?: DealState[];
  ownerId?: string;
  /** Needed to turn won/lost into the stages that mean it. */
  pipelines?: Pipelines;
}

/** Open deals are "not closed"; won and lost are the pipelines' won/lost stages. */
function stateFilter(states: DealState[], pipelines: Pipelines): OpportunityFilter | undefined {
  const stages = pipelines.flatMap((p) => p.stages);
  const parts: OpportunityFilter[] = states.map((state) => {
    if (state === 'open') return { isClosed: { eq: false } };
    const ids = stages.filter((s) => (state === 'won' ? s.isWon : s.isLost)).map((s) => s.id);
    return { stageId: { in: ids } };
  });
  if (parts.length === 0 || states.length === 3) return undefined;
  return parts.length === 1 ? parts[0] : { or: parts };
}

export function buildOpportunityFilter({ search, stageIds, states, ownerId, pipelines = [] }: OpportunityListCriteria): OpportunityFilter | undefined {
  return allOf<OpportunityFilter>([
    searchAny<OpportunityFilter, 'name'>(['name'], search),
    stageIds?.length ? { stageId: oneOf(stageIds) } : undefined,
    states?.length ? stateFilter(states, pipelines) : undefined,
    ownerId ? { ownerId: { eq: ownerId } } : undefined,
  ]);
}

export const OPPORTUNITY_SORT_COLUMNS = ['name', 'amount', 'closeDate', 'createdAt'] as const;
/** A built-in sortable column, or a custom field's (`cf:<key>`). */
export type OpportunitySortColumn = (typeof OPPORTUNITY_SORT_COLUMNS)[number] | CustomSortColumn;
export const OPPORTUNITY_ORDER_FIELDS: Record<(typeof OPPORTUNITY_SORT_COLUMNS)[number], OpportunityOrderField> = {
  name: 'NAME',
  amount: 'AMOUNT',
  closeDate: 'CLOSE_DATE',
  createdAt: 'CREATED_AT',
};
export const DEFAULT_OPPORTUNITY_SORT: ListSort<OpportunitySortColumn> = { column: 'closeDate', descending: false };
