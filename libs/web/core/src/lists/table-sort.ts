import type { SortDirection } from '@rapport/web-data-access';
import type { TableColumnType, TableProps } from 'antd';

type TableChange<T> = NonNullable<TableProps<T>['onChange']>;
/** The sorter argument of a Table's onChange. */
export type TableSorter<T> = Parameters<TableChange<T>>[2];
/** The filters argument of a Table's onChange (column key → picked values). */
export type TableFilters<T> = Parameters<TableChange<T>>[1];
type SortOrder = TableColumnType<unknown>['sortOrder'];

/** The column key of a custom field (`cf:<key>`, see customColumnKey): the API sorts it by `customField`. */
export type CustomSortColumn = `cf:${string}`;

const isCustomColumn = (column: string): column is CustomSortColumn => column.startsWith('cf:');

/** Which column a list is sorted by; `C` is the set of sortable column keys. */
export interface ListSort<C extends string> {
  column: C;
  descending: boolean;
}

/** antd `sortOrder` for a column under the current sort (controlled sorting). */
export function sortOrderOf<C extends string>(sort: ListSort<C>, column: C): SortOrder {
  return sort.column === column ? (sort.descending ? 'descend' : 'ascend') : null;
}

/**
 * The next sort after a header click. A third click clears antd's order, which here means "back to
 * the list's default" so the list is always in a defined order the API can page through.
 */
export function sortFromTable<C extends string, T>(
  sorter: TableSorter<T>,
  sortable: readonly C[],
  fallback: ListSort<C>,
): ListSort<C> {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = s?.columnKey;
  // Custom-field columns are sortable wherever they are shown (lists of customizable objects).
  if (s?.order && typeof key === 'string' && ((sortable as readonly string[]).includes(key) || isCustomColumn(key))) {
    return { column: key as C, descending: s.order === 'descend' };
  }
  return fallback;
}

/** `[{ field, direction }]` for the API from a list sort and the column → order-field map. */
export function orderByOf<C extends string, F extends string>(
  sort: ListSort<C>,
  fields: Record<C, F>,
): { field: F; direction: SortDirection }[] {
  return [{ field: fields[sort.column], direction: sort.descending ? 'DESC' : 'ASC' }];
}

/**
 * `orderBy` for a list of an object with custom fields: a built-in column by its order field, a
 * custom field's column (`cf:<key>`) as `{ customField: key }`.
 */
export function customizableOrderByOf<C extends string, F extends string>(
  sort: ListSort<C>,
  fields: Record<Exclude<C, CustomSortColumn>, F>,
): { field?: F; customField?: string; direction: SortDirection }[] {
  const direction: SortDirection = sort.descending ? 'DESC' : 'ASC';
  if (isCustomColumn(sort.column)) return [{ customField: sort.column.slice(3), direction }];
  return [{ field: fields[sort.column as Exclude<C, CustomSortColumn>], direction }];
}

/**
 * Column props for a server-sorted column under the current sort (none when the list is not
 * sortable, e.g. a related list). `first` is the direction of the first click.
 */
export function sortableColumn<C extends string>(
  sort: ListSort<C> | undefined,
  column: C,
  first: 'ascend' | 'descend',
): { sorter?: boolean; sortOrder?: SortOrder; sortDirections?: ('ascend' | 'descend')[] } {
  if (!sort) return {};
  return {
    sorter: true,
    sortOrder: sortOrderOf(sort, column),
    sortDirections: first === 'ascend' ? ['ascend', 'descend', 'ascend'] : ['descend', 'ascend', 'descend'],
  };
}
