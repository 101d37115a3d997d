import type { DocumentNode, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  allOf,
  customizableOrderByOf,
  pickedValues,
  sortFromTable,
  useCursorStack,
  useListState,
  useListTools,
  useSessionUser,
  type ConnectionTableProps,
  type CustomSortColumn,
  type ListSort,
  type ListToolsConfig,
  type TableConnection,
} from '@rapport/web-core';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSegmentFilter } from './segment-filter';

const PAGE_SIZE = 20;

type ToolRow = { id: string; customFields: unknown; viewerCan?: { update: boolean } };

/** What a record list's query takes: a page, the filter and the order. */
interface ListVariables<F, O extends string> {
  first: number;
  after: string | null;
  filter?: F | null;
  orderBy?: ReturnType<typeof customizableOrderByOf<string, O>>;
  inSegment?: string | null;
}

/** A record type's API filter, which combines with `and` (allOf). */
type ApiFilter<F> = { and?: F[] | null; or?: F[] | null };

export interface RecordListConfig<R extends ToolRow, C extends string, F extends ApiFilter<F>, O extends string, D, K extends string>
  extends Omit<ListToolsConfig<R, C>, 'columns' | 'sort' | 'setSort' | 'orderBy' | 'lockedColumns'> {
  /** The API's order field of each built-in sortable column. */
  orderFields: Record<Exclude<C, CustomSortColumn>, O>;
  /** Keys of the columns whose header filters the page reads; `columns` and `filter` get what is picked. */
  columnFilters: readonly K[];
  columns: (sort: ListSort<C>, picked: Record<K, string[]>) => TableColumnsType<R>;
  /** The page's own filter (search, "mine", the column filters); the filter builder's is added to it. */
  filter: (criteria: { search: string; ownerId?: string; picked: Record<K, string[]> }) => F | undefined;
  query: TypedDocumentNode<D, ListVariables<F, O>>;
  connection: (data: D) => TableConnection<R>;
  /** Whether the list's query takes `inSegment` (contacts, accounts): readers of segments get the segment picker. */
  segments?: boolean;
}

/**
 * The state every record list with working tools runs on: search, sort and "mine", column filters,
 * saved views and the filter builder, the cursor pager, and the query. Returns the props ListPage
 * takes for them; the page adds its words, the create dialog and where a row leads.
 */
export function useRecordList<R extends ToolRow, C extends string, F extends ApiFilter<F>, O extends string, D, K extends string = never>(
  config: RecordListConfig<R, C, F, O, D, K>,
) {
  const me = useSessionUser();
  const list = useListState(config.defaultSort);
  const [picked, setPicked] = useState(() => pick(config.columnFilters, {}));
  const orderBy = customizableOrderByOf(list.sort, config.orderFields);
  const { orderFields: _o, columnFilters, columns, filter: quickFilter, query, connection, segments, ...toolsConfig } = config;
  const segment = useSegmentFilter();
  const inSegment = segments ? segment.segmentId : null;
  const tools = useListTools<R, C>({
    ...toolsConfig,
    columns: columns(list.sort, picked),
    lockedColumns: ['name'],
    sort: list.sort,
    setSort: list.setSort,
    orderBy,
  });
  const filter = allOf<F>([quickFilter({ search: list.search, ownerId: list.mine ? me.id : undefined, picked }), tools.builderFilter as F | undefined]);
  const cursors = useCursorStack(JSON.stringify([filter, orderBy, inSegment]));
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    // `inSegment` only when picked, so a list without one asks exactly as before.
    variables: { first: PAGE_SIZE, after: cursors.after, filter, orderBy, ...(inSegment ? { inSegment } : {}) },
    notifyOnNetworkStatusChange: true,
  });
  const onChange: ConnectionTableProps<R>['onChange'] = (_p, filters, sorter) => {
    setPicked(pick(columnFilters, filters));
    list.setSort(sortFromTable(sorter, config.sortable, config.defaultSort));
  };
  const shown = data ?? previousData;
  return {
    list,
    // Bulk changes refresh the list's own query, by its operation name.
    tools: { tools, refetchQueries: [operationName(query)] },
    filter,
    segment: segments && segment.available ? { id: inSegment, set: segment.setSegmentId } : undefined,
    connection: shown ? connection(shown) : undefined,
    loading,
    error,
    onRetry: () => void refetch(),
    cursors,
    columns: tools.tableColumns,
    rowSelection: tools.rowSelection,
    onChange,
  };
}

function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
  return operation?.kind === 'OperationDefinition' ? (operation.name?.value ?? '') : '';
}

/** The values picked in each column filter the page reads. */
function pick<K extends string>(keys: readonly K[], filters: Record<string, unknown>): Record<K, string[]> {
  return Object.fromEntries(keys.map((k) => [k, pickedValues<string>(filters, k)])) as Record<K, string[]>;
}
