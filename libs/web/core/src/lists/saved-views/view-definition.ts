import { parseColumnChoice, type ColumnChoice } from '../column-choice';
import { emptyGroup, parseFilterGroup, type ApiFilter, type FilterGroup } from '../filter-builder/filter-model';
import type { ListSort } from '../table-sort';

/** What a saved view restores on a list. */
export interface ListViewState {
  builder: FilterGroup;
  columns?: ColumnChoice;
  sort?: ListSort<string>;
}

/**
 * The stored definition. `filter`, `orderBy` and `columns` are the API's documented shape (other
 * clients can use a view without knowing this screen); `builder` and `sort` restore the editor.
 */
export function viewDefinition(state: ListViewState, filter: ApiFilter | undefined, orderBy: unknown): Record<string, unknown> {
  return {
    version: 1,
    filter: filter ?? null,
    orderBy,
    columns: state.columns?.order ?? null,
    hiddenColumns: state.columns?.hidden ?? [],
    builder: state.builder,
    sort: state.sort ?? null,
  };
}

/** A stored definition back to list state; parts that are missing or malformed are left out. */
export function parseViewDefinition(raw: unknown, sortable: readonly string[]): ListViewState {
  const def = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const columns = Array.isArray(def['columns']) ? parseColumnChoice({ order: def['columns'], hidden: def['hiddenColumns'] ?? [] }) : undefined;
  const s = def['sort'] as Partial<ListSort<string>> | null | undefined;
  const sort = s && typeof s.column === 'string' && (sortable.includes(s.column) || s.column.startsWith('cf:')) ? { column: s.column, descending: Boolean(s.descending) } : undefined;
  return { builder: parseFilterGroup(def['builder']) ?? emptyGroup(), columns, sort };
}
